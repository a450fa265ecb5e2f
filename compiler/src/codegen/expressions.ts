// Renders .flow expressions in Meta's expression syntax: `${data.x}` bindings, 'single-quoted'
// strings, juxtaposition for string concatenation, and the parentheses Meta's parser insists on
// (a comparison inside &&, || or another comparison must be parenthesised, spec §0 / §6.3).
import type * as A from '../ast.js';
import { BINARY_PRECEDENCE as PRECEDENCE, UNARY_PRECEDENCE, referencePath } from '../ast.js';


const isComparison = (op: A.BinaryOperator) => PRECEDENCE[op] === 3 || PRECEDENCE[op] === 4;
const isLogical = (op: A.BinaryOperator) => op === '&&' || op === '||';

export function binding(ref: A.Reference): string {
  return `\${${referencePath(ref)}}`;
}

/** A string literal of Meta's expression language. */
export function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/`/g, '\\`')}'`;
}

/** True when the expression needs Meta's backtick syntax (anything beyond a literal or one binding). */
export function needsBackticks(e: A.Expression): boolean {
  if (e.kind === 'Binary' || e.kind === 'Unary') return true;
  if (e.kind === 'String') return e.parts.length > 1;
  return false;
}

/** True when the expression uses what If conditions cannot: math or string concatenation. */
export function usesArithmeticOrConcatenation(e: A.Expression): boolean {
  switch (e.kind) {
    case 'Binary':
      return (
        PRECEDENCE[e.operator] >= 5 || usesArithmeticOrConcatenation(e.left) || usesArithmeticOrConcatenation(e.right)
      );
    case 'Unary':
      return (e.operator === '-' && e.operand.kind !== 'Number') || usesArithmeticOrConcatenation(e.operand);
    case 'String':
      return e.parts.length > 1;
    default:
      return false;
  }
}

/** Meta's text for an expression (without the surrounding backticks). */
export function renderExpression(e: A.Expression): string {
  return render(e, 0, undefined);
}

function render(e: A.Expression, parentPrecedence: number, parentOp: A.BinaryOperator | undefined): string {
  switch (e.kind) {
    case 'Reference':
      return binding(e);
    case 'String': {
      const parts = e.parts.map((p) => (typeof p === 'string' ? quote(p) : binding(p)));
      const text = parts.join(' ');
      return parts.length > 1 && parentOp !== undefined ? `(${text})` : text;
    }
    case 'Number':
      return e.raw;
    case 'Boolean':
      return String(e.value);
    case 'Name':
      return quote(e.name);
    case 'Backtick':
      return e.raw;
    case 'Unary':
      return `${e.operator}${render(e.operand, UNARY_PRECEDENCE, undefined)}`;
    case 'Binary': {
      const p = PRECEDENCE[e.operator];
      const text = `${render(e.left, p, e.operator)} ${e.operator} ${render(e.right, p + 1, e.operator)}`;
      const forced =
        parentOp !== undefined && isComparison(e.operator) && (isLogical(parentOp) || isComparison(parentOp));
      return p < parentPrecedence || forced || (parentPrecedence === UNARY_PRECEDENCE) ? `(${text})` : text;
    }
    default:
      // arrays, objects: not expressions in Meta's language; the checks report them
      return "''";
  }
}
