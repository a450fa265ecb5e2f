// The syntax tree of a .flow file. Every node has a `kind` and a `span` (offsets into the source).
// Members keep their source order: the formatter prints them back in that order.
import type { Span } from './source.js';
import type { ActionName } from './catalog/types.js';

export interface Identifier {
  readonly kind: 'Identifier';
  readonly name: string;
  readonly span: Span;
}

export interface Comment {
  readonly kind: 'Comment';
  /** The comment's text, with its // or /* *\/ delimiters. */
  readonly text: string;
  readonly block: boolean;
  readonly span: Span;
}

export interface FlowFile {
  readonly kind: 'File';
  readonly header?: FlowHeader;
  readonly screens: readonly Screen[];
  readonly comments: readonly Comment[];
  readonly span: Span;
}

/** `flow name { version "7.3"  endpoint  limits "meta" }` */
export interface FlowHeader {
  readonly kind: 'Header';
  readonly name?: Identifier;
  readonly settings: readonly Setting[];
  readonly span: Span;
}

export interface Setting {
  readonly kind: 'Setting';
  readonly name: Identifier;
  readonly value?: StringLiteral | NumberLiteral;
  readonly span: Span;
}

/** `screen ID "Title" { members }` */
export interface Screen {
  readonly kind: 'Screen';
  readonly id: Identifier;
  readonly title?: StringLiteral;
  readonly members: readonly Member[];
  readonly span: Span;
}

/** What a screen, component, If branch or Switch case block holds. */
export type Member = Property | ComponentNode | DataBlock | RoutesDecl;
export type ComponentNode = Component | IfNode | SwitchNode;

/** `key: value`, or a bare `key` (a flag: true), or `key { item list }`. */
export interface Property {
  readonly kind: 'Property';
  readonly name: Identifier;
  /** Absent for a flag. */
  readonly value?: Value;
  readonly span: Span;
}

/** `Kind name "text" { members } -> action` */
export interface Component {
  readonly kind: 'Component';
  readonly type: Identifier;
  readonly name?: Identifier;
  /** The main text (label or text): a string, a reference or a backtick expression. */
  readonly text?: StringLiteral | Reference | BacktickLiteral;
  /** Properties and child components, in source order (empty when there is no block). */
  readonly members: readonly Member[];
  /** Span of the `{ … }` block, when written. */
  readonly block?: Span;
  /** The `-> action` (on-click-action). */
  readonly action?: Action;
  readonly span: Span;
}

/** `If condition { then } else { else }` */
export interface IfNode {
  readonly kind: 'If';
  readonly keyword: Identifier;
  readonly condition: Expression;
  readonly then: readonly Member[];
  readonly else?: readonly Member[];
  readonly elseKeyword?: Span;
  readonly span: Span;
}

/** `Switch value { case key { … } … }` */
export interface SwitchNode {
  readonly kind: 'Switch';
  readonly keyword: Identifier;
  readonly value: Expression;
  readonly cases: readonly SwitchCase[];
  readonly span: Span;
}

export interface SwitchCase {
  readonly kind: 'Case';
  readonly key: Identifier;
  readonly members: readonly Member[];
  readonly span: Span;
}

/** `data { field: type = example … }` */
export interface DataBlock {
  readonly kind: 'DataBlock';
  readonly fields: readonly DataField[];
  readonly span: Span;
}

export interface DataField {
  readonly kind: 'DataField';
  readonly name: Identifier;
  readonly type?: TypeExpression;
  readonly example?: Value;
  readonly span: Span;
}

export type TypeExpression = PrimitiveType | ArrayType | ObjectType | SchemaType;

export type PrimitiveTypeName = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array';

export interface PrimitiveType {
  readonly kind: 'PrimitiveType';
  /** Checked by the builder; an unknown word is reported and kept as written. */
  readonly name: string;
  readonly span: Span;
}

export interface ArrayType {
  readonly kind: 'ArrayType';
  readonly element: TypeExpression;
  readonly span: Span;
}

export interface ObjectType {
  readonly kind: 'ObjectType';
  readonly fields: readonly { readonly name: Identifier; readonly type: TypeExpression }[];
  readonly span: Span;
}

/** `schema { "type": "string", "enum": […] }`: a JSON Schema written out, for what types cannot say. */
export interface SchemaType {
  readonly kind: 'SchemaType';
  readonly schema: ObjectLiteral;
  readonly span: Span;
}

/** `routes A, B`: screens the endpoint may send the user to from this screen. */
export interface RoutesDecl {
  readonly kind: 'Routes';
  readonly targets: readonly Identifier[];
  readonly span: Span;
}

// ── Values ────────────────────────────────────────────────────────────────────────────────────────

export type Value = Expression | Action | ItemList;

export type Expression =
  | StringLiteral
  | NumberLiteral
  | BooleanLiteral
  | NameLiteral
  | BacktickLiteral
  | ArrayLiteral
  | ObjectLiteral
  | Reference
  | BinaryExpression
  | UnaryExpression;

/** One piece of a string: literal text, or a `${reference}`. */
export type StringPart = string | Reference;

export interface StringLiteral {
  readonly kind: 'String';
  /** The decoded text, with `${…}` kept as written. */
  readonly value: string;
  /** Literal text and interpolated references, in order (adjacent texts merged). */
  readonly parts: readonly StringPart[];
  readonly span: Span;
}

export interface NumberLiteral {
  readonly kind: 'Number';
  readonly value: number;
  readonly raw: string;
  readonly span: Span;
}

export interface BooleanLiteral {
  readonly kind: 'Boolean';
  readonly value: boolean;
  readonly span: Span;
}

/** A bare word in value position: an enum value (`input-type: email`) or a screen id. */
export interface NameLiteral {
  readonly kind: 'Name';
  readonly name: string;
  readonly span: Span;
}

/** A raw Meta backtick expression, passed through as written (between the backticks). */
export interface BacktickLiteral {
  readonly kind: 'Backtick';
  readonly raw: string;
  /** The `${data.x}`, `${form.x}`, `${screen.S.data.x}` references inside it, checked like any other. */
  readonly references: readonly Reference[];
  readonly span: Span;
}

export interface ArrayLiteral {
  readonly kind: 'Array';
  readonly elements: readonly Value[];
  readonly span: Span;
}

export interface ObjectLiteral {
  readonly kind: 'Object';
  readonly entries: readonly ObjectEntry[];
  readonly span: Span;
}

export interface ObjectEntry {
  readonly kind: 'Entry';
  readonly key: Identifier;
  /** The key was written as a "string". */
  readonly quoted: boolean;
  readonly value: Value;
  readonly span: Span;
}

/** `data.a.b`, `form.x`, `screen.S.data.a`, `screen.S.form.x` */
export interface Reference {
  readonly kind: 'Reference';
  readonly root: 'data' | 'form';
  readonly screen?: Identifier;
  readonly path: readonly Identifier[];
  readonly span: Span;
}

export type BinaryOperator = '||' | '&&' | '==' | '!=' | '<' | '<=' | '>' | '>=' | '+' | '-' | '*' | '/' | '%';

/** Binding strength of the binary operators (higher binds tighter; all are left-associative). */
export const BINARY_PRECEDENCE: Readonly<Record<BinaryOperator, number>> = {
  '||': 1,
  '&&': 2,
  '==': 3,
  '!=': 3,
  '<': 4,
  '<=': 4,
  '>': 4,
  '>=': 4,
  '+': 5,
  '-': 5,
  '*': 6,
  '/': 6,
  '%': 6,
};

/** Prefix operators bind tighter than any binary one. */
export const UNARY_PRECEDENCE = 7;

export interface BinaryExpression {
  readonly kind: 'Binary';
  readonly operator: BinaryOperator;
  readonly left: Expression;
  readonly right: Expression;
  readonly span: Span;
}

export interface UnaryExpression {
  readonly kind: 'Unary';
  readonly operator: '!' | '-';
  readonly operand: Expression;
  readonly span: Span;
}

/** `navigate S { payload }`, `complete { … }`, `data_exchange { … }`, `update_data { … }`, `open_url "…"` */
export interface Action {
  readonly kind: 'Action';
  readonly name: ActionName;
  readonly keyword: Span;
  readonly target?: Identifier;
  readonly payload?: ObjectLiteral;
  readonly url?: StringLiteral;
  readonly span: Span;
}

/** `data-source { id "Title" { props } … }` */
export interface ItemList {
  readonly kind: 'ItemList';
  readonly items: readonly Item[];
  readonly span: Span;
}

export interface Item {
  readonly kind: 'Item';
  readonly id: Identifier;
  /** How the id was written: as a word, a "string" or a number. */
  readonly idStyle: 'name' | 'string' | 'number';
  readonly title?: StringLiteral;
  readonly members: readonly Member[];
  readonly span: Span;
}

/** The textual form of a reference, as Flow JSON writes it inside ${…}. */
export function referencePath(ref: Reference): string {
  const path = ref.path.map((p) => p.name).join('.');
  return ref.screen ? `screen.${ref.screen.name}.${ref.root}.${path}` : `${ref.root}.${path}`;
}

export function isComponentNode(m: Member): m is ComponentNode {
  return m.kind === 'Component' || m.kind === 'If' || m.kind === 'Switch';
}
