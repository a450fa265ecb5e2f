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
  const out: string[] = [];
  write(value, '', out);
  return out.join('');
}

function write(value: Json, indent: string, out: string[]): void {
  if (value instanceof JsonObject) {
    if (value.entries.length === 0) {
      out.push('{}');
      return;
    }
    const inner = indent + '  ';
    out.push('{\n');
    value.entries.forEach(([k, v], i) => {
      out.push(inner, JSON.stringify(k), ': ');
      write(v, inner, out);
      out.push(i < value.entries.length - 1 ? ',\n' : '\n');
    });
    out.push(indent, '}');
  } else if (Array.isArray(value)) {
    if (value.length === 0) {
      out.push('[]');
      return;
    }
    const inner = indent + '  ';
    out.push('[\n');
    value.forEach((v, i) => {
      out.push(inner);
      write(v, inner, out);
      out.push(i < value.length - 1 ? ',\n' : '\n');
    });
    out.push(indent, ']');
  } else {
    out.push(JSON.stringify(value));
  }
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
