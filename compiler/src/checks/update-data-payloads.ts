// update_data (Flow JSON 6.0+) changes the current screen's data: every key is one of its data fields,
// never set to its own value, and each value has the field's type. Meta: INVALID_UPDATE_DATA_ACTION_PAYLOAD.
import type * as A from '../ast.js';
import { atLeast } from '../catalog/versions.js';
import { didYouMean } from '../diagnostics/suggest.js';
import { asReference, describeType, typesOf } from '../semantics/types.js';
import type { Check } from './check.js';
import { foundText, literalFix, misfits, originOf, valueText } from './values.js';

export const updateDataPayloads: Check = ({ flow, report }) => {
  if (!atLeast(flow.settings.version, '6.0')) return;
  const types = typesOf(flow);
  for (const screen of flow.screens) {
    for (const { action } of screen.actions) {
      if (action.name !== 'update_data' || !action.payload) continue;
      const payload = action.payload;
      payload.entries.forEach((entry, i) => {
        const name = entry.key.name;
        const field = screen.dataFields.get(name);
        if (!field) {
          const suggestion = didYouMean(name, screen.dataFields.keys(), entry.key.span);
          report('FLOW4045', entry.key.span, { screen: screen.id, name }, {
            help: suggestion.help ?? `declare it in the data block of screen '${screen.id}': data { ${name} = … }`,
            ...(suggestion.fixes ? { fixes: suggestion.fixes } : {}),
          });
          return;
        }
        const ref = asReference(entry.value);
        if (ref && ref.root === 'data' && !ref.screen && ref.path.length === 1 && ref.path[0]!.name === name) {
          report('FLOW4046', entry.value.span, { name }, {
            related: [{ span: field.name.span, message: `'${name}' is declared here` }],
            fixes: [{ title: `Remove '${name}' from the payload`, edits: [{ span: removalSpan(payload, i), newText: '' }] }],
          });
          return;
        }
        for (const m of misfits(types, screen, entry.value, types.dataField(field), name)) {
          const fix = m.isStatic ? literalFix(m.value, m.expected) : undefined;
          report('FLOW4047', m.value.span, {
            field: m.field,
            expected: describeType(m.expected),
            value: valueText(m.value),
            found: foundText(m.value, m.found),
          }, {
            related: [{ span: field.name.span, message: `'${name}' is declared here, as ${describeType(types.dataField(field))}` }, ...originOf(types, screen, m.value)],
            help: `update '${name}' with ${describeType(m.expected)}, or change its type in the data block`,
            ...(fix ? { fixes: [{ title: fix.title, edits: [{ span: m.value.span, newText: fix.newText }] }] } : {}),
          });
        }
      });
    }
  }
};

/** The text to delete to remove entry `i` with one separator, leaving a payload that still parses. */
function removalSpan(payload: A.ObjectLiteral, i: number): A.Identifier['span'] {
  const entry = payload.entries[i]!;
  const next = payload.entries[i + 1];
  const prev = payload.entries[i - 1];
  if (next) return { start: entry.span.start, end: next.span.start };
  if (prev) return { start: prev.span.end, end: entry.span.end };
  return { start: payload.span.start + 1, end: payload.span.end - 1 };
}
