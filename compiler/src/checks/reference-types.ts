// A property bound to data, a form value or an expression gets a value of the type it needs: booleans
// for visible/required/enabled, numbers for numbers, lists for lists, and for data-source, list-items and
// images a list of objects with the item's required fields. Text properties take strings and numbers
// (Meta shows both; a number in a text is how `${data.points} points` works). Meta:
// INVALID_SCREEN_DYNAMIC_DATA ("Expected '…' to be of type '…'").
import type * as A from '../ast.js';
import type { PropertySpec } from '../catalog/types.js';
import type { BoundScreen } from '../semantics/bind.js';
import { asReference, describeType, isNumeric, typesOf, type FlowType, type Types } from '../semantics/types.js';
import type { Check, CheckContext } from './check.js';
import { originOf, valueText } from './values.js';

export const referenceTypes: Check = (ctx) => {
  const types = typesOf(ctx.flow);
  for (const screen of ctx.flow.screens) {
    if (screen.node.title) checkBound(ctx, types, screen, screen.node.title, TITLE);
    for (const use of screen.components) {
      const { node, spec } = use;
      if (!spec || node.kind !== 'Component') continue;
      const byName = (name: string | undefined) => (name ? spec.properties.find((p) => p.name === name) : undefined);
      const primary = byName(spec.primary);
      if (primary && node.text) checkBound(ctx, types, screen, node.text, primary);
      for (const m of node.members) {
        if (m.kind !== 'Property' || !m.value || use.properties.get(m.name.name) !== m) continue;
        const prop = byName(m.name.name);
        if (!prop) continue;
        checkBound(ctx, types, screen, m.value, prop);
        if (prop.type === 'items' && prop.item) checkItems(ctx, types, screen, m.value, prop.item);
      }
    }
  }
};

const TITLE: PropertySpec = { name: 'title', type: 'string', dynamic: true, doc: 'Screen title.' };

/** Item properties bound to data (data-source item `enabled`, `image`, …). */
function checkItems(ctx: CheckContext, types: Types, screen: BoundScreen, value: A.Value, item: readonly PropertySpec[]): void {
  const check = (key: string, v: A.Value | undefined) => {
    const spec = item.find((p) => p.name === key);
    if (spec && v && spec.type !== 'action') checkBound(ctx, types, screen, v, spec);
  };
  if (value.kind === 'ItemList') {
    for (const it of value.items) {
      if (it.title) check('title', it.title);
      for (const m of it.members) if (m.kind === 'Property') check(m.name.name, m.value);
    }
  } else if (value.kind === 'Array') {
    for (const e of value.elements) if (e.kind === 'Object') for (const entry of e.entries) check(entry.key.name, entry.value);
  }
}

const isDynamic = (v: A.Value): boolean =>
  v.kind === 'Reference' || v.kind === 'Binary' || v.kind === 'Unary' || (v.kind === 'String' && v.parts.some((p) => typeof p !== 'string'));

/** Checks a dynamic value against the property it is written for. */
function checkBound(ctx: CheckContext, types: Types, screen: BoundScreen, value: A.Value, prop: PropertySpec): void {
  if (!isDynamic(value)) return;
  const found = types.value(value, screen);
  if (found.kind === 'unknown') return;
  const expected = expectation(prop);
  if (!expected || expected.accepts(found)) {
    if (prop.type === 'items' && prop.item) checkItemFields(ctx, types, screen, value, found, prop);
    return;
  }
  const ref = asReference(value);
  ctx.report('FLOW3020', value.span, {
    property: prop.name,
    expected: expected.text,
    value: valueText(value),
    found: describeType(found),
  }, {
    related: originOf(types, screen, value),
    help: !ref
      ? `write an expression that gives ${expected.text}`
      : ref.root === 'data'
        ? `bind '${prop.name}' to ${expected.text}, or declare data field '${ref.path[0]!.name}' as ${expected.text}`
        : `bind '${prop.name}' to ${expected.text}`,
  });
}

interface Expectation {
  readonly text: string;
  accepts(t: FlowType): boolean;
}

const isString = (t: FlowType) => t.kind === 'string';
const isStringArray = (t: FlowType) => t.kind === 'array' && (!t.items || t.items.kind === 'string' || t.items.kind === 'unknown');

function expectation(prop: PropertySpec): Expectation | undefined {
  switch (prop.type) {
    case 'boolean':
      // CalendarPicker range mode: `required` may be an object of booleans
      return prop.fields
        ? { text: 'a boolean', accepts: (t) => t.kind === 'boolean' || t.kind === 'object' }
        : { text: 'a boolean', accepts: (t) => t.kind === 'boolean' };
    case 'number':
    case 'integer':
      return { text: 'a number', accepts: isNumeric };
    case 'string':
      return { text: 'a string', accepts: (t) => isString(t) || isNumeric(t) };
    case 'text':
      // TextBody, TextCaption and RichText also take a list of paragraphs
      return prop.arrayText
        ? { text: 'a string', accepts: (t) => isString(t) || isNumeric(t) || isStringArray(t) }
        : { text: 'a string', accepts: (t) => isString(t) || isNumeric(t) };
    case 'date':
    case 'enum':
      return { text: 'a string', accepts: isString };
    case 'string-array':
    case 'date-array':
    case 'enum-array':
      return { text: 'a list of strings', accepts: isStringArray };
    case 'items':
      return { text: 'a list of objects', accepts: (t) => t.kind === 'array' && (!t.items || t.items.kind === 'object' || t.items.kind === 'unknown') };
    case 'object':
      return { text: 'an object', accepts: (t) => t.kind === 'object' };
    case 'string-or-object':
      return { text: 'a string or an object', accepts: (t) => isString(t) || isNumeric(t) || t.kind === 'object' };
    default:
      return undefined;
  }
}

/** A list bound to data-source, list-items or images: its items have the item's required fields. */
function checkItemFields(ctx: CheckContext, types: Types, screen: BoundScreen, value: A.Value, found: FlowType, prop: PropertySpec): void {
  const items = found.kind === 'array' ? found.items : undefined;
  if (items?.kind !== 'object' || !items.properties) return;
  const fields = items.properties;
  const requiredSpecs = (prop.item ?? []).filter((p) => p.required);
  const required = requiredSpecs.map((p) => p.name);
  const missing = required.filter((name) => !fields.has(name));
  if (missing.length === 0) return;
  ctx.report('FLOW3021', value.span, {
    property: prop.name,
    value: valueText(value),
    fields: required.map((n) => `'${n}'`).join(' and '),
    missing: missing.map((n) => `'${n}'`).join(' and '),
  }, {
    related: originOf(types, screen, value),
    help: `give every item ${missing.map((n) => `a '${n}'`).join(' and ')}, e.g. { ${requiredSpecs.map((p) => `${p.name}: ${p.type === 'object' ? '{ … }' : '"…"'}`).join(', ')} }`,
  });
}
