// From Flow JSON 6.0 a string written in a component is not empty and not blank (only white space):
// labels, texts, captions, option titles and ids, list entries. Screen titles from 5.0. Meta:
// MIN_CHARS_REQUIRED for "", PATTERN_MISMATCH for "   " ("… should not be blank or an empty string.").
import type * as A from '../ast.js';
import type { PropertySpec } from '../catalog/types.js';
import { atLeast } from '../catalog/versions.js';
import type { Fix } from '../diagnostics/diagnostic.js';
import type { Check, CheckContext } from './check.js';
import type { WrittenValue } from './written-values.js';
import { isStaticString } from './values.js';
import { writtenValues, removalEdit, staticItems } from './written-values.js';

/** Static strings are non-blank from 6.0 (spec §1.3, §4); screen titles from 5.0 (spec §3). */
const STRINGS_SINCE = '6.0';
const TITLES_SINCE = '5.0';

/** Property types whose values are free text (dates and enum values have checks of their own). */
const TEXT_TYPES: ReadonlySet<PropertySpec['type']> = new Set(['string', 'text', 'string-or-object', 'string-array']);

export const blankStrings: Check = (ctx) => {
  const { flow } = ctx;
  const { version } = flow.settings;
  if (atLeast(version, TITLES_SINCE)) {
    for (const screen of flow.screens) {
      const title = screen.node.title;
      if (title && isBlank(title.value)) reportBlank(ctx, title.value, title.span, 'the title', `screen '${screen.id}'`, []);
    }
  }
  if (!atLeast(version, STRINGS_SINCE)) return;
  const visit = ({ spec, value, owner, member }: WrittenValue): void => {
    if (spec.item && value.kind === 'ItemList') {
      for (const item of staticItems(value)) {
        if (isBlank(item.id!)) reportBlank(ctx, item.id!, item.idSpan, 'the id', `${item.label} of ${owner}`, []);
      }
    }
    if (!TEXT_TYPES.has(spec.type)) return;
    if (value.kind === 'Array') {
      for (const e of value.elements) {
        if (isBlankText(e)) reportBlank(ctx, e.value, e.span, `'${spec.name}'`, owner, []);
      }
    } else if (isBlankText(value)) {
      // an optional property can go, unless its partner would be left alone
      const removal: Fix[] = member && !spec.required && !spec.pairedWith
        ? [{ title: `Remove ${spec.name}`, edits: [removalEdit(member.property, member.siblings, flow.file.comments)] }]
        : [];
      reportBlank(ctx, value.value, value.span, `'${spec.name}'`, owner, removal);
    }
  };
  for (const w of writtenValues(flow)) visit(w);
};

const isBlank = (text: string): boolean => text.trim() === '';

/** A string written out in full (no ${…}) that is empty or only white space. */
function isBlankText(value: A.Value): value is A.StringLiteral {
  return value.kind === 'String' && isBlank(value.value) && isStaticString(value);
}

function reportBlank(ctx: CheckContext, text: string, span: A.Identifier['span'], what: string, owner: string, fixes: Fix[]): void {
  const args = { what, owner };
  const help = fixes.length ? 'write a text, or remove the property' : 'write a text';
  ctx.report(text === '' ? 'FLOW5053' : 'FLOW5054', span, args, { help, fixes });
}
