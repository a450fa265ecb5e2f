// A JSON parser that keeps positions: every value and every key has a span into the text, so that
// `flowc validate` can point at the place in the user's Flow JSON. Strict JSON (RFC 8259): no comments,
// no trailing commas. It never throws: malformed JSON is one FLOW9001 diagnostic at the first error,
// a key given twice in one object is FLOW9002 (the later value wins, as with JSON.parse).
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Span } from '../source.js';
import { JsonObject, toPlain, type Json } from '../codegen/json.js';

export type JsonNode = JsonString | JsonNumber | JsonBoolean | JsonNull | JsonArray | JsonObjectNode;

export interface JsonString {
  readonly kind: 'string';
  readonly value: string;
  /** The token, quotes included. */
  readonly span: Span;
  /**
   * Only for strings with escapes: the offset in the text of each character of `value` (and, last, of
   * the closing quote). Without escapes, character i of the value is at span.start + 1 + i.
   */
  readonly offsets?: readonly number[];
}

export interface JsonNumber {
  readonly kind: 'number';
  readonly value: number;
  /** The number as written: `1.50`, `1e3`, `-0`. */
  readonly raw: string;
  readonly span: Span;
}

export interface JsonBoolean {
  readonly kind: 'boolean';
  readonly value: boolean;
  readonly span: Span;
}

export interface JsonNull {
  readonly kind: 'null';
  readonly span: Span;
}

export interface JsonArray {
  readonly kind: 'array';
  readonly elements: readonly JsonNode[];
  readonly span: Span;
}

export interface JsonMember {
  readonly key: JsonString;
  readonly value: JsonNode;
  /** From the key to the end of the value. */
  readonly span: Span;
}

export interface JsonObjectNode {
  readonly kind: 'object';
  /** In the order written; of a key given twice, the later value (in the place of the first key). */
  readonly members: readonly JsonMember[];
  readonly span: Span;
}

export interface JsonParseResult {
  /** Absent when the text is not JSON. */
  readonly value?: JsonNode;
  readonly diagnostics: readonly Diagnostic[];
}

/** Deeper than any Flow JSON; shallow enough for the default stack. */
const MAX_DEPTH = 400;

class JsonSyntaxError extends Error {
  constructor(
    readonly problem: string,
    readonly span: Span,
  ) {
    super(problem);
  }
}

export function parseJson(text: string): JsonParseResult {
  const parser = new Parser(text);
  try {
    const value = parser.document();
    return { value, diagnostics: parser.diagnostics };
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    return { diagnostics: [createDiagnostic('FLOW9001', error.span, { problem: error.problem })] };
  }
}

/** The offset in the text of character `index` of a string's value (the closing quote for its length). */
export function stringOffset(s: JsonString, index: number): number {
  if (s.offsets) return s.offsets[Math.max(0, Math.min(index, s.offsets.length - 1))]!;
  return s.span.start + 1 + Math.max(0, Math.min(index, s.value.length));
}

/** The span of characters [from, to) of a string's value, in the text. */
export function stringSpan(s: JsonString, from: number, to: number): Span {
  return { start: stringOffset(s, from), end: stringOffset(s, to) };
}

/** The span of a string's content, without its quotes. */
export function innerSpan(s: JsonString): Span {
  return { start: s.span.start + 1, end: Math.max(s.span.start + 1, s.span.end - 1) };
}

/** The member of an object with this key (the later one of a key given twice). */
export function member(o: JsonObjectNode, key: string): JsonMember | undefined {
  for (const m of o.members) if (m.key.value === key) return m;
  return undefined;
}

/** JSON members as ordered JSON (code generation's JsonObject), for comparing with its output. */
export function plainObject(members: readonly JsonMember[]): JsonObject {
  const o = new JsonObject();
  for (const m of members) o.set(m.key.value, plainJson(m.value));
  return o;
}

/** A JSON node as ordered JSON (code generation's value type). */
export function plainJson(node: JsonNode): Json {
  switch (node.kind) {
    case 'string':
    case 'number':
    case 'boolean':
      return node.value;
    case 'null':
      return null;
    case 'array':
      return node.elements.map(plainJson);
    case 'object':
      return plainObject(node.members);
  }
}

/** The same value as plain data (JSON.parse's result). */
export function toPlainJson(node: JsonNode): unknown {
  return toPlain(plainJson(node));
}

/** A JSON path as the messages write it: `screens[2].layout.children[0]`, `routing_model["A-B"]`. */
export type JsonPath = readonly (string | number)[];

export function formatPath(path: JsonPath): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(p) && !p.includes('-')) out += out ? `.${p}` : p;
    else out += `[${JSON.stringify(p)}]`;
  }
  return out || 'the top level';
}

/** The node at a path, or the deepest one on the way. */
export function nodeAt(root: JsonNode, path: JsonPath): JsonNode {
  let node = root;
  for (const p of path) {
    let next: JsonNode | undefined;
    if (typeof p === 'number' && node.kind === 'array') next = node.elements[p];
    else if (typeof p === 'string' && node.kind === 'object') next = member(node, p)?.value;
    if (!next) break;
    node = next;
  }
  return node;
}

/** What a JSON value is, for messages: 'a string', 'null', 'an object'. */
export function describeJson(node: JsonNode): string {
  switch (node.kind) {
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'boolean':
      return node.value ? 'true' : 'false';
    case 'null':
      return 'null';
    case 'array':
      return 'a list';
    case 'object':
      return 'an object';
  }
}

class Parser {
  readonly diagnostics: Diagnostic[] = [];
  private i = 0;
  private depth = 0;

  constructor(private readonly text: string) {}

  document(): JsonNode {
    if (this.text.charCodeAt(0) === 0xfeff) this.i = 1; // a byte order mark
    this.space();
    if (this.i >= this.text.length) throw this.error('the file is empty: expected a JSON object', this.i);
    const value = this.value();
    this.space();
    if (this.i < this.text.length) {
      throw this.error(`unexpected ${this.describe(this.i)} after the end of the JSON value`, this.i);
    }
    return value;
  }

  private value(): JsonNode {
    const c = this.text[this.i];
    switch (c) {
      case '{':
        return this.nested(() => this.object());
      case '[':
        return this.nested(() => this.array());
      case '"':
        return this.string();
      case 't':
        return this.word('true', { kind: 'boolean', value: true, span: this.spanOf(4) });
      case 'f':
        return this.word('false', { kind: 'boolean', value: false, span: this.spanOf(5) });
      case 'n':
        return this.word('null', { kind: 'null', span: this.spanOf(4) });
      default:
        if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return this.number();
        if (c === undefined) throw this.error('unexpected end of the file: expected a value', this.i);
        if (c === "'") throw this.error("strings are written in double quotes in JSON, not single quotes", this.i);
        throw this.error(`expected a value, found ${this.describe(this.i)}`, this.i);
    }
  }

  private nested<T>(parse: () => T): T {
    if (++this.depth > MAX_DEPTH) throw this.error(`nested more than ${MAX_DEPTH} levels deep`, this.i);
    const result = parse();
    this.depth--;
    return result;
  }

  private object(): JsonObjectNode {
    const start = this.i++;
    const members: JsonMember[] = [];
    const seen = new Map<string, number>();
    this.space();
    if (this.text[this.i] === '}') {
      this.i++;
      return { kind: 'object', members, span: { start, end: this.i } };
    }
    for (;;) {
      this.space();
      if (this.text[this.i] !== '"') {
        if (this.text[this.i] === '}' && members.length > 0) {
          throw this.error('a comma before "}" is not allowed in JSON', this.previousComma());
        }
        throw this.error(
          this.i >= this.text.length
            ? "unexpected end of the file: expected '}'"
            : `expected a key in double quotes, found ${this.describe(this.i)}`,
          this.i,
        );
      }
      const key = this.string();
      this.space();
      if (this.text[this.i] !== ':') throw this.error(`expected ':' after the key "${key.value}", found ${this.describe(this.i)}`, this.i);
      this.i++;
      this.space();
      const value = this.value();
      const m: JsonMember = { key, value, span: { start: key.span.start, end: value.span.end } };
      const earlier = seen.get(key.value);
      if (earlier === undefined) {
        seen.set(key.value, members.length);
        members.push(m);
      } else {
        const first = members[earlier]!;
        this.diagnostics.push(
          createDiagnostic('FLOW9002', key.span, { key: key.value }, {
            related: [{ span: first.key.span, message: 'first given here' }],
          }),
        );
        members[earlier] = { key: first.key, value, span: first.span };
      }
      if (this.closes('}')) return { kind: 'object', members, span: { start, end: this.i } };
    }
  }

  private array(): JsonArray {
    const start = this.i++;
    const elements: JsonNode[] = [];
    this.space();
    if (this.text[this.i] === ']') {
      this.i++;
      return { kind: 'array', elements, span: { start, end: this.i } };
    }
    for (;;) {
      this.space();
      if (this.text[this.i] === ']' && elements.length > 0) {
        throw this.error('a comma before "]" is not allowed in JSON', this.previousComma());
      }
      elements.push(this.value());
      if (this.closes(']')) return { kind: 'array', elements, span: { start, end: this.i } };
    }
  }

  /** After a member or an element: ',' (another follows: false) or `close` (consumed: true); else an error. */
  private closes(close: '}' | ']'): boolean {
    this.space();
    const c = this.text[this.i];
    if (c !== ',' && c !== close) {
      throw this.error(
        c === undefined ? `unexpected end of the file: expected ',' or '${close}'` : `expected ',' or '${close}', found ${this.describe(this.i)}`,
        this.i,
      );
    }
    this.i++;
    return c === close;
  }

  private string(): JsonString {
    const start = this.i++;
    const text = this.text;
    let value = '';
    let offsets: number[] | undefined;
    let chunk = this.i;
    const flush = (to: number) => {
      if (offsets) for (let k = chunk; k < to; k++) offsets.push(k);
      value += text.slice(chunk, to);
    };
    for (;;) {
      const code = text.charCodeAt(this.i);
      if (Number.isNaN(code)) throw this.error('this string is never closed', start, 1);
      if (code === 34) break; // "
      if (code < 0x20) {
        throw this.error(
          code === 10 || code === 13
            ? 'this string is never closed on its line (a line break inside a string is written \\n)'
            : `a control character (U+${code.toString(16).toUpperCase().padStart(4, '0')}) must be escaped in a JSON string`,
          code === 10 || code === 13 ? start : this.i,
          1,
        );
      }
      if (code !== 92) {
        this.i++;
        continue;
      }
      // an escape: from here on every character's offset is recorded
      if (!offsets) {
        offsets = [];
        for (let k = start + 1; k < chunk; k++) offsets.push(k);
      }
      flush(this.i);
      const at = this.i;
      const e = text[this.i + 1];
      const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
      if (e !== undefined && e in simple) {
        value += simple[e];
        offsets.push(at);
        this.i += 2;
      } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(this.i + 2, this.i + 6))) {
        value += String.fromCharCode(parseInt(text.slice(this.i + 2, this.i + 6), 16));
        offsets.push(at);
        this.i += 6;
      } else {
        const shown = e === 'u' ? text.slice(this.i, this.i + 6).replace(/["\s].*$/s, '') : `\\${e ?? ''}`;
        throw this.error(`invalid escape '${shown}' in a string`, at, Math.max(1, shown.length));
      }
      chunk = this.i;
    }
    flush(this.i);
    if (offsets) offsets.push(this.i);
    this.i++;
    return { kind: 'string', value, span: { start, end: this.i }, ...(offsets ? { offsets } : {}) };
  }

  private number(): JsonNumber {
    const start = this.i;
    const m = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    m.lastIndex = start;
    const found = m.exec(this.text);
    if (!found) throw this.error(`invalid number ${this.describe(start)}`, start);
    const raw = found[0];
    this.i = start + raw.length;
    const next = this.text[this.i];
    if (next !== undefined && /[0-9.eE+\-A-Za-z_]/.test(next)) {
      const bad = /^[-+.\w]+/.exec(this.text.slice(start))?.[0] ?? raw;
      throw this.error(`invalid number '${bad}'${/^-?0\d/.test(bad) ? ' (no leading zeros in JSON)' : ''}`, start, bad.length);
    }
    return { kind: 'number', value: Number(raw), raw, span: { start, end: this.i } };
  }

  private word<T extends JsonNode>(word: string, node: T): T {
    if (this.text.startsWith(word, this.i) && !/[\w$]/.test(this.text[this.i + word.length] ?? '')) {
      this.i += word.length;
      return node;
    }
    throw this.error(`expected a value, found ${this.describe(this.i)}`, this.i);
  }

  private spanOf(length: number): Span {
    return { start: this.i, end: this.i + length };
  }

  /** White space; comments are not JSON, and are reported as such. */
  private space(): void {
    const text = this.text;
    for (;;) {
      const c = text.charCodeAt(this.i);
      if (c === 32 || c === 9 || c === 10 || c === 13) this.i++;
      else if (c === 47 && (text[this.i + 1] === '/' || text[this.i + 1] === '*')) {
        throw this.error('comments are not allowed in JSON', this.i, 2);
      } else return;
    }
  }

  /** The offset of the comma before offset `this.i` (for "trailing comma" errors). */
  private previousComma(): number {
    const at = this.text.lastIndexOf(',', this.i);
    return at < 0 ? this.i : at;
  }

  /** The token at an offset, in words: "'x'", "the word 'foo'", "the end of the file". */
  private describe(at: number): string {
    if (at >= this.text.length) return 'the end of the file';
    const word = /^[A-Za-z_][\w-]*/.exec(this.text.slice(at, at + 40))?.[0];
    if (word) return `'${word}'`;
    const ch = String.fromCodePoint(this.text.codePointAt(at)!);
    return /\s/.test(ch) || ch.charCodeAt(0) < 0x20 ? `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : `'${ch}'`;
  }

  private error(problem: string, at: number, length = 1): JsonSyntaxError {
    const start = Math.min(at, this.text.length);
    return new JsonSyntaxError(problem, { start, end: Math.min(this.text.length, start + length) || start });
  }
}
