// A CalendarPicker's properties fit its mode. In range mode label, helper-text, required, init-value
// and error-message are { start-date, end-date } objects (label with both keys, the others with at
// least start-date; the catalogue's `fields` say which are required); in single mode they are plain
// values, and title, description, min-days and max-days (catalogue `rangeModeOnly`) are not allowed.
// When `mode` is a binding nothing is checked: the mode is known only at run time.
// Meta: INVALID_TYPE, MISSING_CALENDAR_PICKER_RANGE_MODE_PROP, UNEXPECTED_CALENDAR_PICKER_RANGE_MODE_PROP,
// INVALID_PROPERTY_NAME_FOR_CONDITION.
import type * as A from '../ast.js';
import { COMPONENTS, propertySpec } from '../catalog/components.js';
import type { ComponentSpec, PropertySpec } from '../catalog/types.js';
import { atLeast } from '../catalog/versions.js';
import { describeValue } from '../codegen/data-model.js';
import type { Fix } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../diagnostics/suggest.js';
import type { ComponentUse } from '../semantics/bind.js';
import type { Check, CheckContext } from './check.js';
import { isStaticString } from './values.js';
import { componentLabel, flowString, removalEdit, staticWord } from './written-values.js';

/** The property that picks the mode, and the value that means "a start and an end date". */
const MODE = 'mode';
const RANGE = 'range';

/** 'single', 'range', or undefined when the mode is a binding or not a valid value. */
export function calendarMode(use: ComponentUse): 'single' | 'range' | undefined {
  const written = use.properties.get(MODE);
  const spec = use.spec && propertySpec(use.spec, MODE);
  const mode = written ? staticWord(written.value) : spec?.default === undefined ? undefined : String(spec.default);
  return mode === RANGE ? 'range' : mode === 'single' ? 'single' : undefined;
}

/** Components with a range mode: the catalogue marks some of their properties range-mode only. */
const RANGE_MODE_COMPONENTS: ReadonlySet<ComponentSpec> = new Set(COMPONENTS.filter((c) => c.properties.some((p) => p.rangeModeOnly)));

const isDynamic = (v: A.Value) =>
  v.kind === 'Reference' || v.kind === 'Backtick' || v.kind === 'Binary' || v.kind === 'Unary' ||
  (v.kind === 'String' && !isStaticString(v));

export const calendarRangeMode: Check = (ctx) => {
  const { version } = ctx.flow.settings;
  for (const screen of ctx.flow.screens) {
    for (const use of screen.components) {
      const { node, spec } = use;
      if (!spec || !RANGE_MODE_COMPONENTS.has(spec) || node.kind !== 'Component' || !atLeast(version, spec.since)) continue;
      const mode = calendarMode(use);
      if (!mode) continue;
      const component = componentLabel(use);
      // each property that has a range-mode object form, with what is written for it
      const shaped: { prop: PropertySpec; written: Written }[] = [];
      for (const prop of spec.properties) {
        const written = prop.fields && writtenFor(node, use, prop);
        if (written) shaped.push({ prop, written });
      }
      if (mode === 'range') {
        for (const { prop, written } of shaped) checkRange(ctx, prop, written, component);
        continue;
      }
      for (const [name, property] of use.properties) {
        const prop = propertySpec(spec, name);
        if (!prop?.rangeModeOnly) continue;
        ctx.report('FLOW5034', property.name.span, { property: name, component }, {
          fixes: [{ title: `Remove ${name}`, edits: [removalEdit(property, node.members, ctx.flow.file.comments)] }],
        });
      }
      // objects in single mode: when every such property is an object and no mode is written, the
      // author meant range mode
      const objects = shaped.filter((w) => w.written.value?.kind === 'Object');
      const meantRange = !use.properties.has(MODE) && objects.length === shaped.length;
      for (const { prop, written } of objects) {
        const fixes: Fix[] = meantRange && written.property
          ? [{ title: 'Set mode: range', edits: [{ span: { start: shaped[0]!.written.span.start, end: shaped[0]!.written.span.start }, newText: `${MODE}: ${RANGE}; ` }] }]
          : [];
        ctx.report('FLOW5035', written.value!.span, {
          mode: 'single',
          property: prop.name,
          component,
          expected: prop.type === 'boolean' ? 'true or false' : 'a string',
          found: 'an object',
        }, { help: `write a single value, or set mode: range for a start and an end date`, fixes });
      }
    }
  }
};

interface Written {
  /** The member property; undefined for the main text after the keyword. */
  readonly property?: A.Property;
  /** undefined for a flag. */
  readonly value?: A.Value;
  /** The whole property, or the main text. */
  readonly span: A.Identifier['span'];
}

function writtenFor(node: A.Component, use: ComponentUse, prop: PropertySpec): Written | undefined {
  if (use.spec?.primary === prop.name && node.text) return { value: node.text, span: node.text.span };
  const property = use.properties.get(prop.name);
  if (!property) return undefined;
  return { property, ...(property.value ? { value: property.value } : {}), span: property.span };
}

function checkRange(ctx: CheckContext, prop: PropertySpec, written: Written, component: string): void {
  const fields = prop.fields!;
  const required = fields.filter((f) => f.required).map((f) => f.name);
  const { value, property } = written;
  if (value && isDynamic(value)) return;
  if (value?.kind === 'Object') {
    const keys = new Set(value.entries.map((e) => e.key.name));
    for (const e of value.entries) {
      if (fields.some((f) => f.name === e.key.name)) continue;
      ctx.report(
        'FLOW5037',
        e.key.span,
        { key: e.key.name, property: prop.name, keys: fields.map((f) => f.name).join(' and ') },
        didYouMean(e.key.name, fields.map((f) => f.name).filter((f) => !keys.has(f)), e.key.span),
      );
    }
    for (const key of required) {
      if (keys.has(key)) continue;
      ctx.report('FLOW5036', property?.name.span ?? value.span, { property: prop.name, component, key });
    }
    return;
  }
  const expected = required.length === fields.length
    ? `an object with ${required.join(' and ')}`
    : `an object with at least ${required.join(' and ')}`;
  const fixes: Fix[] = [];
  if (!value || value.kind === 'Boolean') {
    // `required` over a range: both dates
    const v = value?.kind === 'Boolean' ? String(value.value) : 'true';
    const text = `{ ${fields.map((f) => `${f.name}: ${v}`).join(', ')} }`;
    fixes.push({
      title: `Change to ${text}`,
      edits: [value ? { span: value.span, newText: text } : { span: written.span, newText: `${prop.name}: ${text}` }],
    });
  } else if (value.kind === 'String' && required.length < fields.length) {
    const text = `{ ${required.map((f) => `${f}: ${flowString(value.value)}`).join(', ')} }`;
    fixes.push({ title: `Change to ${text}`, edits: [{ span: value.span, newText: text }] });
  }
  ctx.report('FLOW5035', value?.span ?? property!.name.span, {
    mode: 'range',
    property: prop.name,
    component,
    expected,
    found: value ? describeValue(value) : 'true',
  }, {
    help: `write ${prop.name}: { ${fields.map((f) => `${f.name}: …`).join(', ')} }`,
    fixes,
  });
}
