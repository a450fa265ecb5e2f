// Helpers shared by the type and format checks: a walk over every value a screen emits, how to name a
// value in a message, and where a written value misfits a declared type (navigate and update_data payloads).
import type * as A from '../ast.js';
import { referencePath } from '../ast.js';
import type { RelatedInformation } from '../diagnostics/diagnostic.js';
import type { BoundScreen, ComponentUse } from '../semantics/bind.js';
import { describeType, fits, isStatic, wholeBinding, type FlowType, type Types } from '../semantics/types.js';

/**
 * Calls `visit` for every expression a screen emits (its title, screen properties, component texts,
 * properties, item lists, If conditions, Switch values, action payloads and URLs), descending into lists,
 * objects, actions and item lists but not into expressions, with where it sits: the component (if any)
 * and the property or payload key it is the value of. Data examples are not visited: they are data, not
 * text Meta interprets.
 */
export function forEachExpression(
  screen: BoundScreen,
  visit: (e: A.Expression, component: ComponentUse | undefined, property: string) => void,
): void {
  const walk = (v: A.Value | undefined, component: ComponentUse | undefined, property: string): void => {
    if (!v) return;
    switch (v.kind) {
      case 'Array':
        for (const e of v.elements) walk(e, component, property);
        return;
      case 'Object':
        for (const e of v.entries) walk(e.value, component, e.key.name);
        return;
      case 'Action':
        walk(v.url, component, 'url');
        walk(v.payload, component, property);
        return;
      case 'ItemList':
        for (const item of v.items) {
          walk(item.title, component, 'title');
          for (const m of item.members) if (m.kind === 'Property') walk(m.value, component, m.name.name);
        }
        return;
      default:
        visit(v, component, property);
    }
  };
  walk(screen.node.title, undefined, 'title');
  for (const m of screen.node.members) if (m.kind === 'Property') walk(m.value, undefined, m.name.name);
  for (const use of screen.components) {
    const node = use.node;
    if (node.kind === 'If') walk(node.condition, use, 'condition');
    else if (node.kind === 'Switch') walk(node.value, use, 'value');
    else {
      walk(node.text, use, use.spec?.primary ?? 'text');
      walk(node.action, use, use.spec?.mainAction ?? 'on-click-action');
      for (const m of node.members) if (m.kind === 'Property') walk(m.value, use, m.name.name);
    }
  }
}

/** A value named for a message: data.x, "text", 12, this list. */
export function valueText(v: A.Value): string {
  switch (v.kind) {
    case 'Reference':
      return referencePath(v);
    case 'String': {
      const ref = wholeBinding(v);
      if (ref) return referencePath(ref);
      if (v.parts.length > 1) return 'this text';
      const text = v.value.length > 40 ? `${v.value.slice(0, 39)}…` : v.value;
      return JSON.stringify(text);
    }
    case 'Number':
      return v.raw;
    case 'Boolean':
      return String(v.value);
    case 'Name':
      return v.name;
    case 'Array':
      return 'this list';
    case 'Object':
      return 'this object';
    case 'Backtick':
      return 'this backtick expression';
    case 'Binary':
    case 'Unary':
      return 'this expression';
    case 'Action':
      return `the action ${v.name}`;
    case 'ItemList':
      return 'this item list';
  }
}

/** The type of a value in words; a number literal is 'a number', not 'a whole number'. */
export function foundText(v: A.Value, found: FlowType): string {
  return v.kind === 'Number' ? 'a number' : describeType(found);
}

/** One part of a written value that does not fit the declared type. */
export interface Misfit {
  readonly value: A.Value;
  /** The field as a message names it: 'count', 'address.city', each item of 'tags'. */
  readonly field: string;
  readonly expected: FlowType;
  readonly found: FlowType;
  /** A literal (Meta checks it as static data) rather than a reference or expression. */
  readonly isStatic: boolean;
}

/**
 * The parts of `value` (written on `screen`) that do not fit `expected`. Literal lists and objects are
 * compared element by element and field by field, so the smallest wrong part is named. Picker values
 * (media) are left to the media-payloads rule.
 */
export function misfits(types: Types, screen: BoundScreen, value: A.Value, expected: FlowType, field: string): Misfit[] {
  const out: Misfit[] = [];
  const visit = (v: A.Value, t: FlowType, path: string): void => {
    if (t.kind === 'unknown') return;
    if (v.kind === 'Object' && t.kind === 'object') {
      if (!t.properties) return;
      for (const e of v.entries) {
        const inner = t.properties.get(e.key.name);
        if (inner) visit(e.value, inner, `${path}.${e.key.name}`);
      }
      return;
    }
    if (v.kind === 'Array' && t.kind === 'array') {
      if (!t.items) return;
      for (const e of v.elements) visit(e, t.items, `${path}[]`);
      return;
    }
    const found = types.value(v, screen);
    if (found.kind === 'media') return;
    const wholeNumberMissing = t.kind === 'integer' && v.kind === 'Number' && !Number.isInteger(v.value);
    if (!fits(found, t) || wholeNumberMissing) out.push({ value: v, field: fieldLabel(path), expected: t, found, isStatic: isStatic(v) });
  };
  visit(value, expected, field);
  return out;
}

function fieldLabel(path: string): string {
  return path.endsWith('[]') ? `each item of '${path.slice(0, -2)}'` : `'${path}'`;
}

/** A mechanical fix for a literal of the wrong kind: quote a number, unquote "3" or "true". */
export function literalFix(v: A.Value, expected: FlowType): { title: string; newText: string } | undefined {
  if (expected.kind === 'string' && (v.kind === 'Number' || v.kind === 'Boolean')) {
    const text = v.kind === 'Number' ? v.raw : String(v.value);
    return { title: `Write "${text}"`, newText: `"${text}"` };
  }
  if (v.kind !== 'String' || !isStatic(v)) return undefined;
  if ((expected.kind === 'number' && /^-?\d+(\.\d+)?$/.test(v.value)) || (expected.kind === 'integer' && /^-?\d+$/.test(v.value))) {
    return { title: `Write ${v.value}`, newText: v.value };
  }
  if (expected.kind === 'boolean' && (v.value === 'true' || v.value === 'false')) {
    return { title: `Write ${v.value}`, newText: v.value };
  }
  return undefined;
}

/** A note pointing at where a reference's value comes from: its data field or its input. */
export function originOf(types: Types, screen: BoundScreen, v: A.Value): RelatedInformation[] {
  const ref = v.kind === 'Reference' ? v : v.kind === 'String' ? wholeBinding(v) : undefined;
  if (!ref) return [];
  const target = types.resolve(ref, screen);
  if (!target) return [];
  const text = referencePath(ref);
  const type = describeType(target.type);
  if (target.field) {
    const first = `${ref.screen ? `screen.${ref.screen.name}.` : ''}data.${target.field.name.name}`;
    return [{ span: target.field.name.span, message: `${first} is declared here, as ${describeType(types.dataField(target.field))}` }];
  }
  const input = target.inputs?.[0]?.node;
  if (input?.kind === 'Component' && input.name) {
    return [{ span: input.name.span, message: `${text} is the value of this ${input.type.name}: ${type}` }];
  }
  return [];
}

/** Every reference inside a value: bare, in strings, in expressions, lists and objects. */
export function referencesIn(v: A.Value | undefined, out: A.Reference[] = []): A.Reference[] {
  if (!v) return out;
  switch (v.kind) {
    case 'Reference':
      out.push(v);
      break;
    case 'String':
      for (const p of v.parts) if (typeof p !== 'string') out.push(p);
      break;
    case 'Binary':
      referencesIn(v.left, out);
      referencesIn(v.right, out);
      break;
    case 'Unary':
      referencesIn(v.operand, out);
      break;
    case 'Array':
      for (const e of v.elements) referencesIn(e, out);
      break;
    case 'Object':
      for (const e of v.entries) referencesIn(e.value, out);
      break;
    default:
      break;
  }
  return out;
}

/**
 * Calls `visit` for each field written on an item of a component's item-list properties (data-source,
 * list-items, images), written as `id "Title" { field: … }` or as a list of objects.
 */
export function forEachItemField(
  use: ComponentUse,
  visit: (field: string, value: A.Value, list: string) => void,
): void {
  if (use.node.kind !== 'Component' || !use.spec) return;
  for (const prop of use.spec.properties) {
    if (prop.type !== 'items') continue;
    const value = use.properties.get(prop.name)?.value;
    if (value?.kind === 'ItemList') {
      for (const item of value.items) {
        for (const m of item.members) if (m.kind === 'Property' && m.value) visit(m.name.name, m.value, prop.name);
      }
    } else if (value?.kind === 'Array') {
      for (const e of value.elements) if (e.kind === 'Object') for (const entry of e.entries) visit(entry.key.name, entry.value, prop.name);
    }
  }
}

/** A string with no ${…} in it. */
export const isStaticString = (v: A.Value | undefined): v is A.StringLiteral =>
  v?.kind === 'String' && v.parts.every((p) => typeof p === 'string');
