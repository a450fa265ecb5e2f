// A property bound to data, a form value or an expression gets a value of the type it needs: booleans
// for visible/required/enabled, numbers for numbers, lists for lists, and for data-source, list-items and
// images a list of objects with the item's required fields. Text properties take strings and numbers
// (Meta shows both; a number in a text is how `${data.points} points` works). Meta:
// INVALID_SCREEN_DYNAMIC_DATA ("Expected '…' to be of type '…'").
import type * as A from '../ast.js';
import { propertySpec } from '../catalog/components.js';
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
      if (node.text && spec.primary) {
        const primary = propertySpec(spec, spec.primary);
        if (primary) checkBound(ctx, types, screen, node.text, primary);
      }
      for (const m of use.properties.values()) {
        const value = m.value;
        // only bindings and expressions have a type to check, and the items of a list written out
        if (!value || (!isDynamic(value) && value.kind !== 'ItemList' && value.kind !== 'Array')) continue;
        const prop = propertySpec(spec, m.name.name);
        if (!prop) continue;
        checkBound(ctx, types, screen, value, prop);
        if (prop.type === 'items' && prop.item) checkItems(ctx, types, screen, value, prop.item);
      }
    }
  }
};

const TITLE: PropertySpec = { name: 'title', type: 'string', dynamic: true, doc: 'Screen title.' };

/** Item properties bound to data (data-source item `enabled`, `image`, …). */
function checkItems(ctx: CheckContext, types: Types, screen: BoundScreen, value: A.Value, item: readonly PropertySpec[]): void {
  if (value.kind === 'ItemList') {
    for (const it of value.items) {
      if (it.title) checkItem(ctx, types, screen, item, 'title', it.title);
      for (const m of it.members) if (m.kind === 'Property') checkItem(ctx, types, screen, item, m.name.name, m.value);
    }
  } else if (value.kind === 'Array') {
    for (const e of value.elements) {
      if (e.kind === 'Object') for (const entry of e.entries) checkItem(ctx, types, screen, item, entry.key.name, entry.value);
    }
  }
}

function checkItem(ctx: CheckContext, types: Types, screen: BoundScreen, item: readonly PropertySpec[], key: string, v: A.Value | undefined): void {
  if (!v || !isDynamic(v)) return;
  for (const spec of item) {
    if (spec.name !== key) continue;
    if (spec.type !== 'action') checkBound(ctx, types, screen, v, spec);
    return;
  }
}

function isDynamic(v: A.Value): boolean {
  if (v.kind === 'Reference' || v.kind === 'Binary' || v.kind === 'Unary') return true;
  if (v.kind !== 'String') return false;
  for (const p of v.parts) if (typeof p !== 'string') return true;
  return false;
}

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

/** What a property bound to data accepts: the type in words, and the test (also what completion offers). */
export interface Expectation {
  readonly text: string;
  accepts(t: FlowType): boolean;
}

const isString = (t: FlowType) => t.kind === 'string';
const isStringArray = (t: FlowType) => t.kind === 'array' && (!t.items || t.items.kind === 'string' || t.items.kind === 'unknown');

const BOOLEAN: Expectation = { text: 'a boolean', accepts: (t) => t.kind === 'boolean' };
// CalendarPicker range mode: `required` may be an object of booleans
const BOOLEAN_OR_OBJECT: Expectation = { text: 'a boolean', accepts: (t) => t.kind === 'boolean' || t.kind === 'object' };
const NUMBER: Expectation = { text: 'a number', accepts: isNumeric };
const TEXT: Expectation = { text: 'a string', accepts: (t) => isString(t) || isNumeric(t) };
// TextBody, TextCaption and RichText also take a list of paragraphs
const TEXT_OR_PARAGRAPHS: Expectation = { text: 'a string', accepts: (t) => isString(t) || isNumeric(t) || isStringArray(t) };
const STRING: Expectation = { text: 'a string', accepts: isString };
const STRINGS: Expectation = { text: 'a list of strings', accepts: isStringArray };
const OBJECTS: Expectation = {
  text: 'a list of objects',
  accepts: (t) => t.kind === 'array' && (!t.items || t.items.kind === 'object' || t.items.kind === 'unknown'),
};
const OBJECT: Expectation = { text: 'an object', accepts: (t) => t.kind === 'object' };
const STRING_OR_OBJECT: Expectation = { text: 'a string or an object', accepts: (t) => isString(t) || isNumeric(t) || t.kind === 'object' };

export function expectation(prop: PropertySpec): Expectation | undefined {
  switch (prop.type) {
    case 'boolean':
      return prop.fields ? BOOLEAN_OR_OBJECT : BOOLEAN;
    case 'number':
    case 'integer':
      return NUMBER;
    case 'string':
      return TEXT;
    case 'text':
      return prop.arrayText ? TEXT_OR_PARAGRAPHS : TEXT;
    case 'date':
    case 'enum':
      return STRING;
    case 'string-array':
    case 'date-array':
    case 'enum-array':
      return STRINGS;
    case 'items':
      return OBJECTS;
    case 'object':
      return OBJECT;
    case 'string-or-object':
      return STRING_OR_OBJECT;
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
