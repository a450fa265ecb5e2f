// An ordered JSON value and its canonical text. Plain JS objects reorder integer-like keys ("1", "2"),
// so generated objects keep their entries in an array and only become plain objects at the API edge.

export type Json = string | number | boolean | null | readonly Json[] | JsonObject;

export class JsonObject {
  readonly entries: [string, Json][] = [];

  set(key: string, value: Json | undefined): this {
    if (value !== undefined) this.entries.push([key, value]);
    return this;
  }

  get size(): number {
    return this.entries.length;
  }
}

/** The text of a JSON value: 2-space indent, like JSON.stringify(value, null, 2). */
export function serialize(value: Json): string {
  return write(value, '');
}

// String concatenation, not an array of parts: V8 builds ropes and flattens the result once.
function write(value: Json, indent: string): string {
  if (value instanceof JsonObject) {
    const entries = value.entries;
    if (entries.length === 0) return '{}';
    const inner = indent + '  ';
    let out = '{\n';
    for (let i = 0; i < entries.length; i++) {
      const [key, item] = entries[i]!;
      out += inner + quote(key) + ': ' + write(item, inner) + (i < entries.length - 1 ? ',\n' : '\n');
    }
    return out + indent + '}';
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const inner = indent + '  ';
    let out = '[\n';
    for (let i = 0; i < value.length; i++) out += inner + write(value[i]!, inner) + (i < value.length - 1 ? ',\n' : '\n');
    return out + indent + ']';
  }
  return typeof value === 'string' ? quote(value) : JSON.stringify(value);
}

/** Characters JSON.stringify escapes: quote, backslash, control characters and (lone) surrogates. */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** A string as JSON, like JSON.stringify but without its call for the usual text with nothing to escape. */
function quote(text: string): string {
  return NEEDS_ESCAPE.test(text) ? JSON.stringify(text) : `"${text}"`;
}

/** The same value as plain JS data (for callers who want an object, not text). */
export function toPlain(value: Json): unknown {
  if (value instanceof JsonObject) {
    const o: Record<string, unknown> = {};
    // defineProperty, not assignment: "__proto__" is an ordinary key in JSON (JSON.parse keeps it)
    for (const [k, v] of value.entries) Object.defineProperty(o, k, { value: toPlain(v), enumerable: true, writable: true, configurable: true });
    return o;
  }
  if (Array.isArray(value)) return value.map(toPlain);
  return value;
}
