// The types of the values a flow works with, as Meta's validator sees them: data fields (written type or
// inferred from the example), form values (from the input component), references, literals and
// expressions. Checks ask `typesOf(flow)`; results are memoised per node, so every lookup is O(1) after
// the first and a check stays linear in the size of the flow.
import type * as A from '../ast.js';
import type { BoundFlow, BoundScreen, ComponentUse } from './bind.js';

export type FlowType =
  | { readonly kind: 'string' }
  | { readonly kind: 'number' }
  | { readonly kind: 'integer' }
  | { readonly kind: 'boolean' }
  /** `items` absent: a list of anything (an empty example, a schema without items). */
  | { readonly kind: 'array'; readonly items?: FlowType }
  /** `properties` absent: an object of unknown shape. */
  | { readonly kind: 'object'; readonly properties?: ReadonlyMap<string, FlowType> }
  /** The value of a PhotoPicker or DocumentPicker: a list of uploaded files. */
  | { readonly kind: 'media' }
  /** Not known at compile time (a backtick expression, a schema type, an input-type binding): fits anything. */
  | { readonly kind: 'unknown' };

export const STRING: FlowType = { kind: 'string' };
export const NUMBER: FlowType = { kind: 'number' };
export const INTEGER: FlowType = { kind: 'integer' };
export const BOOLEAN: FlowType = { kind: 'boolean' };
export const MEDIA: FlowType = { kind: 'media' };
export const UNKNOWN: FlowType = { kind: 'unknown' };
export const STRING_ARRAY: FlowType = { kind: 'array', items: STRING };

export const isNumeric = (t: FlowType): boolean => t.kind === 'number' || t.kind === 'integer';
export const isKnown = (t: FlowType): boolean => t.kind !== 'unknown';

/** What a reference points at. */
export interface ResolvedReference {
  readonly type: FlowType;
  /** The screen whose data or form the reference reads. */
  readonly screen: BoundScreen;
  /** The data field (root `data`), when declared. */
  readonly field?: A.DataField;
  /** The input(s) of that name (root `form`). */
  readonly inputs?: readonly ComponentUse[];
}

// ── Written types and examples ──────────────────────────────────────────────────────────────────────

/** The type a written type expression stands for. */
export function typeOfTypeExpression(t: A.TypeExpression): FlowType {
  switch (t.kind) {
    case 'PrimitiveType':
      return primitive(t.name) ?? (t.name === 'array' ? { kind: 'array' } : t.name === 'object' ? { kind: 'object' } : UNKNOWN);
    case 'ArrayType':
      return { kind: 'array', items: typeOfTypeExpression(t.element) };
    case 'ObjectType':
      return { kind: 'object', properties: new Map(t.fields.map((f) => [f.name.name, typeOfTypeExpression(f.type)])) };
    case 'SchemaType':
      return typeOfSchema(t.schema);
  }
}

function primitive(name: string): FlowType | undefined {
  switch (name) {
    case 'string':
      return STRING;
    case 'number':
      return NUMBER;
    case 'integer':
      return INTEGER;
    case 'boolean':
      return BOOLEAN;
    default:
      return undefined;
  }
}

/** The type a JSON Schema written as `schema { … }` describes: its `type`, `items` and `properties`. */
function typeOfSchema(schema: A.ObjectLiteral): FlowType {
  const entry = (name: string) => schema.entries.find((e) => e.key.name === name)?.value;
  const type = entry('type');
  if (type?.kind !== 'String') return UNKNOWN;
  const p = primitive(type.value);
  if (p) return p;
  if (type.value === 'array') {
    const items = entry('items');
    return items?.kind === 'Object' ? { kind: 'array', items: typeOfSchema(items) } : { kind: 'array' };
  }
  if (type.value === 'object') {
    const props = entry('properties');
    if (props?.kind !== 'Object') return { kind: 'object' };
    const properties = new Map<string, FlowType>();
    for (const e of props.entries) properties.set(e.key.name, e.value.kind === 'Object' ? typeOfSchema(e.value) : UNKNOWN);
    return { kind: 'object', properties };
  }
  return UNKNOWN;
}

/**
 * The type inferred from an example, as code generation infers the schema: a number is `number`, a
 * list's items come from its elements (objects merge their fields, in order of first appearance).
 */
export function typeOfExample(value: A.Value): FlowType {
  switch (value.kind) {
    case 'String':
    case 'Name':
      return STRING;
    case 'Number':
      return NUMBER;
    case 'Boolean':
      return BOOLEAN;
    case 'Array': {
      if (value.elements.length === 0) return { kind: 'array' };
      const types = value.elements.map(typeOfExample);
      const first = types[0]!;
      if (first.kind !== 'object') return { kind: 'array', items: first };
      const merged = new Map<string, FlowType>();
      for (const t of types) {
        if (t.kind === 'object' && t.properties) for (const [k, v] of t.properties) if (!merged.has(k)) merged.set(k, v);
      }
      return { kind: 'array', items: { kind: 'object', properties: merged } };
    }
    case 'Object':
      return { kind: 'object', properties: new Map(value.entries.map((e) => [e.key.name, typeOfExample(e.value)])) };
    default:
      return UNKNOWN;
  }
}

/** The type of a data field: the written type, or the one inferred from its example. */
export function typeOfDataField(field: A.DataField): FlowType {
  if (field.type) return typeOfTypeExpression(field.type);
  return field.example ? typeOfExample(field.example) : UNKNOWN;
}

// ── Form values ──────────────────────────────────────────────────────────────────────────────────────

/** A static word or string property value (`input-type: number`, `mode: "range"`), else undefined. */
export function staticWord(value: A.Value | undefined): string | undefined {
  if (!value) return undefined;
  if (value.kind === 'Name') return value.name;
  if (value.kind === 'String' && value.parts.length === 1 && typeof value.parts[0] === 'string') return value.value;
  return undefined;
}

/** The type of `form.<name>` for one input component. */
export function typeOfInput(use: ComponentUse): FlowType {
  const type = use.node.kind === 'Component' ? use.node.type.name : '';
  switch (type) {
    case 'TextInput': {
      const p = use.properties.get('input-type');
      if (!p) return STRING;
      const inputType = staticWord(p.value);
      if (inputType === undefined) return UNKNOWN; // a binding: any of them
      if (inputType === 'number') return NUMBER;
      // Meta checks passcode init-values as numbers (spec §0 4.19) but its value is digits as text:
      // either may be expected, so neither is reported.
      if (inputType === 'passcode') return UNKNOWN;
      return STRING;
    }
    case 'TextArea':
    case 'RadioButtonsGroup':
    case 'Dropdown':
    case 'DatePicker':
      return STRING;
    case 'CheckboxGroup':
    case 'ChipsSelector':
      return STRING_ARRAY;
    case 'OptIn':
      return BOOLEAN;
    case 'CalendarPicker': {
      const p = use.properties.get('mode');
      const mode = p ? staticWord(p.value) : 'single';
      if (mode === 'single') return STRING;
      if (mode === 'range') return { kind: 'object', properties: new Map([['start-date', STRING], ['end-date', STRING]]) };
      return UNKNOWN;
    }
    case 'PhotoPicker':
    case 'DocumentPicker':
      return MEDIA;
    default:
      return UNKNOWN;
  }
}

export const isMediaInput = (use: ComponentUse): boolean =>
  use.node.kind === 'Component' && (use.node.type.name === 'PhotoPicker' || use.node.type.name === 'DocumentPicker');

// ── References, literals and expressions ─────────────────────────────────────────────────────────────

export class Types {
  private readonly fields = new WeakMap<A.DataField, FlowType>();
  private readonly inputs = new WeakMap<ComponentUse, FlowType>();

  constructor(readonly flow: BoundFlow) {}

  dataField(field: A.DataField): FlowType {
    let t = this.fields.get(field);
    if (!t) {
      t = typeOfDataField(field);
      this.fields.set(field, t);
    }
    return t;
  }

  input(use: ComponentUse): FlowType {
    let t = this.inputs.get(use);
    if (!t) {
      t = typeOfInput(use);
      this.inputs.set(use, t);
    }
    return t;
  }

  /** The screen a reference reads (`screen.S.…` or the current one), if it exists. */
  targetScreen(ref: A.Reference, current: BoundScreen): BoundScreen | undefined {
    return ref.screen ? this.flow.screenById.get(ref.screen.name) : current;
  }

  /** What `ref`, written on `current`, points at; undefined when it does not resolve. */
  resolve(ref: A.Reference, current: BoundScreen): ResolvedReference | undefined {
    const screen = this.targetScreen(ref, current);
    const first = ref.path[0];
    if (!screen || !first) return undefined;
    if (ref.root === 'data') {
      const field = screen.dataFields.get(first.name);
      if (!field) return undefined;
      return { type: walk(this.dataField(field), ref.path), screen, field };
    }
    const inputs = screen.inputs.get(first.name);
    if (!inputs || inputs.length === 0) return undefined;
    const types = inputs.map((u) => this.input(u));
    const type = types.every((t) => sameType(t, types[0]!)) ? types[0]! : UNKNOWN;
    return { type: walk(type, ref.path), screen, inputs };
  }

  /** The type of a reference, UNKNOWN when it does not resolve (known-references reports that). */
  reference(ref: A.Reference, current: BoundScreen): FlowType {
    return this.resolve(ref, current)?.type ?? UNKNOWN;
  }

  /** The type of any value: literals, references, strings with ${…}, expressions. */
  value(v: A.Value, current: BoundScreen): FlowType {
    switch (v.kind) {
      case 'String': {
        const only = wholeBinding(v);
        return only ? this.reference(only, current) : STRING;
      }
      case 'Name':
        return STRING;
      case 'Number':
        return Number.isInteger(v.value) ? INTEGER : NUMBER;
      case 'Boolean':
        return BOOLEAN;
      case 'Reference':
        return this.reference(v, current);
      case 'Array': {
        if (v.elements.length === 0) return { kind: 'array' };
        const first = this.value(v.elements[0]!, current);
        return { kind: 'array', items: first };
      }
      case 'Object':
        return { kind: 'object', properties: new Map(v.entries.map((e) => [e.key.name, this.value(e.value, current)])) };
      case 'Binary':
        return resultOf(v.operator);
      case 'Unary':
        return v.operator === '!' ? BOOLEAN : NUMBER;
      default:
        return UNKNOWN;
    }
  }
}

const CACHE = new WeakMap<BoundFlow, Types>();

/** The shared, memoised type layer of a bound flow. */
export function typesOf(flow: BoundFlow): Types {
  let t = CACHE.get(flow);
  if (!t) {
    t = new Types(flow);
    CACHE.set(flow, t);
  }
  return t;
}

/** The type an operator produces. */
export function resultOf(op: A.BinaryOperator): FlowType {
  switch (op) {
    case '+':
    case '-':
    case '*':
    case '/':
    case '%':
      return NUMBER;
    default:
      return BOOLEAN;
  }
}

/** Follows a reference path past its first name into object properties. */
function walk(type: FlowType, path: readonly A.Identifier[]): FlowType {
  let t = type;
  for (let i = 1; i < path.length; i++) {
    if (t.kind !== 'object' || !t.properties) return UNKNOWN;
    t = t.properties.get(path[i]!.name) ?? UNKNOWN;
  }
  return t;
}

/** A string that is exactly one `${reference}` (a binding, not text). */
export function wholeBinding(s: A.StringLiteral): A.Reference | undefined {
  const only = s.parts.length === 1 ? s.parts[0] : undefined;
  return only !== undefined && typeof only !== 'string' ? only : undefined;
}

/** The reference a value is, written bare (`data.x`) or as a whole binding (`"${data.x}"`). */
export function asReference(v: A.Value): A.Reference | undefined {
  if (v.kind === 'Reference') return v;
  if (v.kind === 'String') return wholeBinding(v);
  return undefined;
}

/** True for a value with no reference or expression in it: a plain literal. */
export function isStatic(v: A.Value): boolean {
  switch (v.kind) {
    case 'String':
      return v.parts.every((p) => typeof p === 'string');
    case 'Number':
    case 'Boolean':
    case 'Name':
      return true;
    case 'Array':
      return v.elements.every(isStatic);
    case 'Object':
      return v.entries.every((e) => isStatic(e.value));
    default:
      return false;
  }
}

// ── Comparing types ──────────────────────────────────────────────────────────────────────────────────

function sameType(a: FlowType, b: FlowType): boolean {
  return fits(a, b) && fits(b, a);
}

/**
 * Whether a value of type `actual` fits where `expected` is declared. Unknown fits anything; a whole
 * number fits a number; a number (from a reference) is not reported against an integer, since Meta's
 * message for that is not documented and a number-typed value may well be whole. Objects compare the
 * fields both sides know (data model schemas do not forbid extra fields or require any).
 */
export function fits(actual: FlowType, expected: FlowType): boolean {
  if (actual.kind === 'unknown' || expected.kind === 'unknown') return true;
  switch (expected.kind) {
    case 'number':
    case 'integer':
      return isNumeric(actual);
    case 'array':
      if (actual.kind !== 'array') return false;
      return !actual.items || !expected.items || fits(actual.items, expected.items);
    case 'object':
      if (actual.kind !== 'object') return false;
      if (!actual.properties || !expected.properties) return true;
      for (const [k, t] of actual.properties) {
        const e = expected.properties.get(k);
        if (e && !fits(t, e)) return false;
      }
      return true;
    default:
      return actual.kind === expected.kind;
  }
}

/** The type in the user's words: 'a string', 'a list of strings', 'an object'. */
export function describeType(t: FlowType): string {
  switch (t.kind) {
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'integer':
      return 'a whole number';
    case 'boolean':
      return 'a boolean';
    case 'array':
      return t.items && t.items.kind !== 'unknown' ? `a list of ${plural(t.items)}` : 'a list';
    case 'object':
      return 'an object';
    case 'media':
      return 'a list of uploaded files';
    case 'unknown':
      return 'a value';
  }
}

function plural(t: FlowType): string {
  switch (t.kind) {
    case 'string':
      return 'strings';
    case 'number':
      return 'numbers';
    case 'integer':
      return 'whole numbers';
    case 'boolean':
      return 'booleans';
    case 'array':
      return 'lists';
    case 'object':
      return 'objects';
    case 'media':
      return 'file lists';
    case 'unknown':
      return 'values';
  }
}

/** Meta's name for a type, as its messages write it: 'string', 'array'. */
export function metaTypeName(t: FlowType): string {
  return t.kind === 'media' ? 'array' : t.kind;
}
