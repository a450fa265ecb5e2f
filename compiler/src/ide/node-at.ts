// The AST as a tree any query can walk: the children of every kind of node, and the chain of nodes that
// contain an offset (outermost first). The AST has no parent pointers; a query that needs to know where
// a node sits (the component around a property, the list around an item) reads the chain.
import type * as A from '../ast.js';
import type { Span } from '../source.js';

/** Every kind of node the syntax tree holds. */
export type AnyNode =
  | A.FlowFile
  | A.FlowHeader
  | A.Setting
  | A.Screen
  | A.Member
  | A.SwitchCase
  | A.DataField
  | A.TypeExpression
  | A.Value
  | A.ObjectEntry
  | A.Item
  | A.Identifier;

/** The direct children of a node, in source order. */
export function childrenOf(node: AnyNode): AnyNode[] {
  const out: AnyNode[] = [];
  const add = (n: AnyNode | undefined): void => {
    if (n) out.push(n);
  };
  switch (node.kind) {
    case 'File':
      add(node.header);
      out.push(...node.screens);
      break;
    case 'Header':
      add(node.name);
      out.push(...node.settings);
      break;
    case 'Setting':
      add(node.name);
      add(node.value);
      break;
    case 'Screen':
      add(node.id);
      add(node.title);
      out.push(...node.members);
      break;
    case 'Property':
      add(node.name);
      add(node.value);
      break;
    case 'Component':
      add(node.type);
      add(node.name);
      add(node.text);
      out.push(...node.members);
      add(node.action);
      break;
    case 'If':
      add(node.keyword);
      add(node.condition);
      out.push(...node.then, ...(node.else ?? []));
      break;
    case 'Switch':
      add(node.keyword);
      add(node.value);
      out.push(...node.cases);
      break;
    case 'Case':
      add(node.key);
      out.push(...node.members);
      break;
    case 'DataBlock':
      out.push(...node.fields);
      break;
    case 'DataField':
      add(node.name);
      add(node.type);
      add(node.example);
      break;
    case 'Routes':
      out.push(...node.targets);
      break;
    case 'ArrayType':
      add(node.element);
      break;
    case 'ObjectType':
      for (const f of node.fields) out.push(f.name, f.type);
      break;
    case 'SchemaType':
      add(node.schema);
      break;
    case 'String':
      for (const p of node.parts) if (typeof p !== 'string') out.push(p);
      break;
    case 'Array':
      out.push(...node.elements);
      break;
    case 'Object':
      out.push(...node.entries);
      break;
    case 'Entry':
      add(node.key);
      add(node.value);
      break;
    case 'Reference':
      add(node.screen);
      out.push(...node.path);
      break;
    case 'Binary':
      add(node.left);
      add(node.right);
      break;
    case 'Unary':
      add(node.operand);
      break;
    case 'Action':
      add(node.target);
      add(node.payload);
      add(node.url);
      break;
    case 'ItemList':
      out.push(...node.items);
      break;
    case 'Item':
      add(node.id);
      add(node.title);
      out.push(...node.members);
      break;
    case 'Backtick':
      out.push(...node.references);
      break;
    default:
      break; // leaves: Identifier, Number, Boolean, Name, PrimitiveType
  }
  return out;
}

const contains = (span: Span, offset: number): boolean => span.start <= offset && offset < span.end;

/**
 * The nodes whose span holds `offset` (start ≤ offset < end), from the file down to the innermost.
 * Children are searched even when recovery left a parent's span short of them.
 */
export function nodePathAt(file: A.FlowFile, offset: number): AnyNode[] {
  const path: AnyNode[] = [file];
  let node: AnyNode = file;
  for (;;) {
    const next: AnyNode | undefined = childrenOf(node).find((c) => contains(c.span, offset));
    if (!next) return path;
    path.push(next);
    node = next;
  }
}

/** The innermost node of `kind` on a path, and its index there (-1 when absent). */
export function innermost<K extends AnyNode['kind']>(
  path: readonly AnyNode[],
  kind: K,
): { node: Extract<AnyNode, { kind: K }>; index: number } | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    const n = path[i]!;
    if (n.kind === kind) return { node: n as Extract<AnyNode, { kind: K }>, index: i };
  }
  return undefined;
}

/** Calls `visit` on every node under `node` (itself included), depth first in source order. */
export function walk(node: AnyNode, visit: (n: AnyNode) => void): void {
  visit(node);
  for (const c of childrenOf(node)) walk(c, visit);
}
