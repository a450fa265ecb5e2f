// Reads Meta's expression syntax back into .flow expressions: the inside of a backtick expression
// ("`'Hi ' ${form.name}`", "`${data.a} + 1`") and If conditions ("${form.age} >= 18 && ${data.ok}").
// The result is only a candidate: the importer keeps it when code generation renders it back to the
// same text (see to-ast.ts), and otherwise keeps the backtick expression as written.
import type * as A from '../ast.js';
import { BINARY_PRECEDENCE } from '../ast.js';
import type { Span } from '../source.js';
import { bindingRanges, referenceParts } from '../syntax/strings.js';
import { stringSpan, type JsonString } from './json.js';

type Token =
  | { readonly kind: 'op'; readonly op: string; readonly from: number; readonly to: number }
  | { readonly kind: 'string'; readonly text: string; readonly from: number; readonly to: number }
  | { readonly kind: 'number'; readonly raw: string; readonly from: number; readonly to: number }
  | { readonly kind: 'boolean'; readonly value: boolean; readonly from: number; readonly to: number }
  | { readonly kind: 'binding'; readonly inner: string; readonly from: number; readonly to: number };

const OPERATORS = ['||', '&&', '==', '!=', '<=', '>=', '<', '>', '+', '-', '*', '/', '%', '!', '(', ')'];
const REFERENCE_TEXT = /^(?:screen\.([A-Za-z_][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*)\.)?(data|form)((?:\.[A-Za-z_][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*)+)$/;

/**
 * Parses characters [from, to) of a JSON string's value as one of Meta's expressions, with spans in the
 * JSON text. Undefined when the text is not an expression .flow can write.
 */
export function parseMetaExpression(s: JsonString, from = 0, to = s.value.length): A.Expression | undefined {
  const tokens = tokenize(s.value, from, to);
  if (!tokens || tokens.length === 0) return undefined;
  const parser = new ExpressionParser(s, tokens);
  const e = parser.expression(0);
  return e && parser.done() ? e : undefined;
}

/** A `${…}` binding's inside as a reference (spans in the JSON text), or undefined. */
export function bindingReference(s: JsonString, from: number, to: number): A.Reference | undefined {
  const m = REFERENCE_TEXT.exec(s.value.slice(from, to));
  if (!m) return undefined;
  const { root, screen, path } = referenceParts(m, from, (a, b) => stringSpan(s, a, b));
  return { kind: 'Reference', root, ...(screen ? { screen } : {}), path, span: stringSpan(s, from - 2, to + 1) };
}

/** The references inside a JSON string that holds a backtick expression, with spans in the JSON text. */
export function backtickBindings(s: JsonString): A.Reference[] {
  const references: A.Reference[] = [];
  for (const { from, to } of bindingRanges(s.value)) {
    const ref = bindingReference(s, from, to);
    if (ref) references.push(ref);
  }
  return references;
}

function tokenize(text: string, from: number, to: number): Token[] | undefined {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const c = text[i]!;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
      continue;
    }
    if (c === '$' && text[i + 1] === '{') {
      const close = text.indexOf('}', i + 2);
      if (close < 0 || close >= to) return undefined;
      tokens.push({ kind: 'binding', inner: text.slice(i + 2, close), from: i, to: close + 1 });
      i = close + 1;
      continue;
    }
    if (c === "'") {
      let j = i + 1;
      let value = '';
      for (; j < to && text[j] !== "'"; j++) {
        if (text[j] === '\\') {
          const e = text[j + 1];
          if (e !== '\\' && e !== "'" && e !== '`') return undefined;
          value += e;
          j++;
        } else value += text[j];
      }
      if (j >= to) return undefined;
      tokens.push({ kind: 'string', text: value, from: i, to: j + 1 });
      i = j + 1;
      continue;
    }
    const number = /^\d+(?:\.\d+)?/.exec(text.slice(i, to));
    if (number) {
      tokens.push({ kind: 'number', raw: number[0], from: i, to: i + number[0].length });
      i += number[0].length;
      continue;
    }
    const word = /^(true|false)(?![\w$])/.exec(text.slice(i, to));
    if (word) {
      tokens.push({ kind: 'boolean', value: word[1] === 'true', from: i, to: i + word[1]!.length });
      i += word[1]!.length;
      continue;
    }
    const op = OPERATORS.find((o) => text.startsWith(o, i) && i + o.length <= to);
    if (!op) return undefined;
    tokens.push({ kind: 'op', op, from: i, to: i + op.length });
    i += op.length;
  }
  return tokens;
}

const isBinary = (op: string): op is A.BinaryOperator => op in BINARY_PRECEDENCE;

class ExpressionParser {
  private i = 0;

  constructor(
    private readonly s: JsonString,
    private readonly tokens: readonly Token[],
  ) {}

  done(): boolean {
    return this.i === this.tokens.length;
  }

  private span(from: number, to: number): Span {
    return stringSpan(this.s, from, to);
  }

  /** Binary operators by precedence climbing (all left-associative). */
  expression(min: number): A.Expression | undefined {
    let left = this.concatenation();
    if (!left) return undefined;
    for (;;) {
      const t = this.tokens[this.i];
      if (!t || t.kind !== 'op' || !isBinary(t.op)) return left;
      const precedence = BINARY_PRECEDENCE[t.op];
      if (precedence < min) return left;
      this.i++;
      const right = this.expression(precedence + 1);
      if (!right) return undefined;
      left = { kind: 'Binary', operator: t.op, left, right, span: { start: left.span.start, end: right.span.end } };
    }
  }

  /** Meta joins strings by juxtaposition: `'Hi ' ${form.name} '!'` is one .flow string with parts. */
  private concatenation(): A.Expression | undefined {
    const first = this.unary();
    if (!first) return undefined;
    const operands: A.Expression[] = [first];
    while (this.startsOperand()) {
      const next = this.unary();
      if (!next) return undefined;
      operands.push(next);
    }
    if (operands.length === 1) return first;
    const parts: A.StringPart[] = [];
    let value = '';
    for (const o of operands) {
      if (o.kind === 'Reference') {
        parts.push(o);
        value += `\${${o.screen ? `screen.${o.screen.name}.` : ''}${o.root}.${o.path.map((p) => p.name).join('.')}}`;
      } else if (o.kind === 'String' && o.parts.length === 1 && typeof o.parts[0] === 'string') {
        const text = o.parts[0];
        const last = parts[parts.length - 1];
        if (typeof last === 'string') parts[parts.length - 1] = last + text;
        else parts.push(text);
        value += text;
      } else {
        return undefined; // numbers, expressions: juxtaposition .flow cannot write
      }
    }
    const span = { start: operands[0]!.span.start, end: operands[operands.length - 1]!.span.end };
    return { kind: 'String', value, parts, span };
  }

  private startsOperand(): boolean {
    const t = this.tokens[this.i];
    return t !== undefined && (t.kind !== 'op' || t.op === '(');
  }

  private unary(): A.Expression | undefined {
    const t = this.tokens[this.i];
    if (t?.kind === 'op' && (t.op === '!' || t.op === '-')) {
      this.i++;
      const operand = this.unary();
      if (!operand) return undefined;
      const span = { start: this.span(t.from, t.to).start, end: operand.span.end };
      if (t.op === '-' && operand.kind === 'Number' && !operand.raw.startsWith('-')) {
        return { kind: 'Number', value: -operand.value, raw: `-${operand.raw}`, span };
      }
      return { kind: 'Unary', operator: t.op, operand, span };
    }
    return this.primary();
  }

  private primary(): A.Expression | undefined {
    const t = this.tokens[this.i];
    if (!t) return undefined;
    this.i++;
    switch (t.kind) {
      case 'string':
        return { kind: 'String', value: t.text, parts: [t.text], span: this.span(t.from, t.to) };
      case 'number':
        return { kind: 'Number', value: Number(t.raw), raw: t.raw, span: this.span(t.from, t.to) };
      case 'boolean':
        return { kind: 'Boolean', value: t.value, span: this.span(t.from, t.to) };
      case 'binding':
        return bindingReference(this.s, t.from + 2, t.to - 1);
      case 'op': {
        if (t.op !== '(') return undefined;
        const inner = this.expression(0);
        const close = this.tokens[this.i];
        if (!inner || close?.kind !== 'op' || close.op !== ')') return undefined;
        this.i++;
        return inner;
      }
    }
  }
}

