// Operators get operands of the types they work on (spec §6.2, §0 6.2): + - * / % numbers, < <= > >=
// numbers, == != two values of one type (strings, numbers or booleans), && || ! booleans, unary minus a
// number; text with ${…} joins strings, numbers and booleans. `"Hi " + data.name` is the classic
// mistake: text is joined by writing it in one string, "Hi ${data.name}". Meta: INVALID_PROPERTY_VALUE.
import type * as A from '../ast.js';
import { referencePath } from '../ast.js';
import { FEATURE_SINCE, atLeast } from '../catalog/versions.js';
import type { BoundScreen } from '../semantics/bind.js';
import { BOOLEAN, NUMBER, STRING, describeType, isNumeric, typesOf, type FlowType, type Types } from '../semantics/types.js';
import type { Check, CheckContext } from './check.js';
import { forEachExpression, originOf, valueText } from './values.js';

export const expressionTypes: Check = (ctx) => {
  const types = typesOf(ctx.flow);
  // Before 6.0 only If conditions have operators (their own syntax, from 4.0); expressions elsewhere
  // are reported by expression-versions.
  const expressions = atLeast(ctx.flow.settings.version, FEATURE_SINCE.expressions);
  for (const screen of ctx.flow.screens) {
    const checker = new ExpressionChecker(ctx, types, screen);
    forEachExpression(screen, (e, component, property) => {
      if (!expressions && !(component?.node.kind === 'If' && property === 'condition')) return;
      // a string of one part joins nothing: there is nothing to check in it
      if (e.kind === 'Binary' || e.kind === 'Unary' || (e.kind === 'String' && e.parts.length > 1)) checker.type(e);
    });
  }
};

const ARITHMETIC = new Set<A.BinaryOperator>(['+', '-', '*', '/', '%']);
const ORDERING = new Set<A.BinaryOperator>(['<', '<=', '>', '>=']);

class ExpressionChecker {
  constructor(
    private readonly ctx: CheckContext,
    private readonly types: Types,
    private readonly screen: BoundScreen,
  ) {}

  /** The type of `e`, reporting operands of the wrong type on the way. */
  type(e: A.Expression): FlowType {
    switch (e.kind) {
      case 'String':
        if (e.parts.length > 1) {
          for (const p of e.parts) {
            if (typeof p === 'string') continue;
            const t = this.types.reference(p, this.screen);
            if (t.kind === 'array' || t.kind === 'object' || t.kind === 'media') {
              this.report(p, 'text with ${…}', 'joins strings, numbers and booleans', t, 'show one field of it, or a text the endpoint prepares');
            }
          }
          return STRING;
        }
        return this.types.value(e, this.screen);
      case 'Unary': {
        const t = this.type(e.operand);
        if (e.operator === '!') {
          if (!isBool(t)) this.report(e.operand, "'!'", 'negates a boolean', t, 'compare it to get a boolean, e.g. data.x == ""');
          return BOOLEAN;
        }
        if (!isNum(t)) this.report(e.operand, "'-'", 'negates a number', t);
        return NUMBER;
      }
      case 'Binary':
        return this.binary(e);
      default:
        return this.types.value(e, this.screen);
    }
  }

  private binary(e: A.BinaryExpression): FlowType {
    const op = e.operator;
    if (op === '+') return this.plus(e);
    const l = this.type(e.left);
    const r = this.type(e.right);
    if (ARITHMETIC.has(op)) {
      const verb = op === '-' ? 'subtracts' : op === '*' ? 'multiplies' : op === '/' ? 'divides' : 'takes the remainder of';
      if (!isNum(l)) this.report(e.left, `'${op}'`, `${verb} numbers`, l, numberHelp(l));
      if (!isNum(r)) this.report(e.right, `'${op}'`, `${verb} numbers`, r, numberHelp(r));
      return NUMBER;
    }
    if (ORDERING.has(op)) {
      const help = (t: FlowType) =>
        t.kind === 'string' ? 'text can only be compared with == and !=; for a TextInput of numbers set input-type: number' : undefined;
      if (!isNum(l)) this.report(e.left, `'${op}'`, 'compares numbers', l, help(l));
      if (!isNum(r)) this.report(e.right, `'${op}'`, 'compares numbers', r, help(r));
      return BOOLEAN;
    }
    if (op === '==' || op === '!=') {
      const scalar = (t: FlowType) => t.kind === 'unknown' || t.kind === 'string' || t.kind === 'boolean' || isNumeric(t);
      if (!scalar(l)) this.report(e.left, `'${op}'`, 'compares strings, numbers and booleans', l);
      else if (!scalar(r)) this.report(e.right, `'${op}'`, 'compares strings, numbers and booleans', r);
      else if (l.kind !== 'unknown' && r.kind !== 'unknown' && !(isNumeric(l) && isNumeric(r)) && l.kind !== r.kind) {
        this.report(e.right, `'${op}'`, `compares values of one type, and ${valueText(e.left)} is ${describeType(l)}`, r);
      }
      return BOOLEAN;
    }
    // && and ||
    if (!isBool(l)) this.report(e.left, `'${op}'`, 'combines booleans', l, 'compare it to get a boolean, e.g. data.count > 0');
    if (!isBool(r)) this.report(e.right, `'${op}'`, 'combines booleans', r, 'compare it to get a boolean, e.g. data.count > 0');
    return BOOLEAN;
  }

  /** A chain of + : numbers add up; text in it is the string-joining mistake, reported once. */
  private plus(e: A.BinaryExpression): FlowType {
    const leaves: A.Expression[] = [];
    const flatten = (x: A.Expression) => {
      if (x.kind === 'Binary' && x.operator === '+') {
        flatten(x.left);
        flatten(x.right);
      } else leaves.push(x);
    };
    flatten(e);
    const leafTypes = leaves.map((x) => this.type(x));
    const text = leaves.findIndex((_, i) => leafTypes[i]!.kind === 'string');
    if (text >= 0) {
      const fix = joinFix(e, leaves, leafTypes);
      this.ctx.report('FLOW3030', leaves[text]!.span, {
        operator: "'+'",
        needs: 'adds numbers',
        operand: valueText(leaves[text]!),
        found: 'a string',
      }, {
        related: originOf(this.types, this.screen, leaves[text]!),
        help: 'to join text, write it as one string with ${…} in it: "Total: ${data.total}"',
        ...(fix ? { fixes: [{ title: `Write ${fix}`, edits: [{ span: e.span, newText: fix }] }] } : {}),
      });
    }
    leaves.forEach((x, i) => {
      const t = leafTypes[i]!;
      if (t.kind !== 'string' && !isNum(t)) this.report(x, "'+'", 'adds numbers', t, numberHelp(t));
    });
    return NUMBER;
  }

  private report(operand: A.Expression | A.Reference, operator: string, needs: string, found: FlowType, help?: string): void {
    this.ctx.report('FLOW3030', operand.span, {
      operator,
      needs,
      operand: operand.kind === 'Reference' ? referencePath(operand) : valueText(operand),
      found: operand.kind === 'Number' ? 'a number' : describeType(found),
    }, {
      related: originOf(this.types, this.screen, operand),
      ...(help ? { help } : {}),
    });
  }
}

const isNum = (t: FlowType) => t.kind === 'unknown' || isNumeric(t);
const isBool = (t: FlowType) => t.kind === 'unknown' || t.kind === 'boolean';

function numberHelp(t: FlowType): string | undefined {
  return t.kind === 'string' ? 'a TextInput gives a number only with input-type: number; a data field, when declared as a number' : undefined;
}

/**
 * `"Hi " + data.name + "!"` as one string, `"Hi ${data.name}!"`, when the chain is plain (left to right,
 * strings, references and numbers) and joining gives what the user meant: the first two parts are not
 * both numbers (those would have been added).
 */
function joinFix(e: A.BinaryExpression, leaves: readonly A.Expression[], types: readonly FlowType[]): string | undefined {
  let leftDeep = true;
  const check = (x: A.Expression) => {
    if (x.kind === 'Binary' && x.operator === '+') {
      if (x.right.kind === 'Binary' && x.right.operator === '+') leftDeep = false;
      check(x.left);
    }
  };
  check(e);
  if (!leftDeep || leaves.length < 2) return undefined;
  if (types[0]!.kind !== 'string' && types[1]!.kind !== 'string') return undefined;
  let out = '';
  for (const leaf of leaves) {
    if (leaf.kind === 'Reference') out += `\${${referencePath(leaf)}}`;
    else if (leaf.kind === 'Number') out += leaf.raw;
    else if (leaf.kind === 'String') {
      for (const p of leaf.parts) out += typeof p === 'string' ? escapeText(p) : `\${${referencePath(p)}}`;
    } else return undefined;
  }
  return `"${out}"`;
}

/** Text as it is written inside a .flow string. */
function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')
    .replace(/\$\{/g, '\\${');
}
