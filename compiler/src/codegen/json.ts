// JSON values in a fixed key order, and their canonical text. Most objects are plain JS objects, which
// JSON.stringify (native code) writes fastest. But a plain object moves integer-like keys ("1", "2")
// first and treats "__proto__" specially, so an object that may hold such keys (Switch cases, object
// literals, data schemas) is a JsonObject: its entries stay in an array, in order.

/** A plain object whose keys keep their order (none integer-like, no "__proto__"); undefined values are left out. */
export interface JsonRecord {
  readonly [key: string]: Json | undefined;
}

export type Json = string | number | boolean | null | readonly Json[] | JsonRecord | JsonObject;

/** Thrown by JSON.stringify (through toJSON) when a JsonObject cannot be written as a plain object. */
const KEEPS_ORDER = Symbol('a JsonObject whose order a plain object would not keep');

export class JsonObject {
  readonly entries: [string, Json][] = [];
  /** Some key is one a plain object would not keep in place. */
  private ordered = false;

  set(key: string, value: Json | undefined): this {
    if (value !== undefined) {
      this.entries.push([key, value]);
      if (!isPlainKey(key)) this.ordered = true;
    }
    return this;
  }

  get size(): number {
    return this.entries.length;
  }

  /** The plain object JSON.stringify writes for this one; throws KEEPS_ORDER where it would differ. */
  toJSON(): JsonRecord {
    if (this.ordered) throw KEEPS_ORDER;
    const o: Record<string, Json> = {};
    for (const [k, v] of this.entries) {
      if (Object.hasOwn(o, k)) throw KEEPS_ORDER; // a repeated key: the writer shows both
      o[k] = v;
    }
    return o;
  }
}

const INTEGER_LIKE = /^(?:0|[1-9]\d*)$/;

/** Whether a plain object keeps `key` in the order it was set. */
export function isPlainKey(key: string): boolean {
  return key !== '__proto__' && !INTEGER_LIKE.test(key);
}

/**
 * An object with keys the author chose, in order: a plain object where that keeps the order, else a
 * JsonObject. Items whose value is undefined are left out.
 */
export function authoredObject<T>(items: readonly T[], key: (item: T) => string, value: (item: T) => Json | undefined): JsonRecord | JsonObject {
  if (!items.every((item) => isPlainKey(key(item)))) {
    const ordered = new JsonObject();
    for (const item of items) ordered.set(key(item), value(item));
    return ordered;
  }
  const o: Record<string, Json> = {};
  for (const item of items) {
    const v = value(item);
    if (v !== undefined) o[key(item)] = v;
  }
  return o;
}

/** The text of a JSON value: 2-space indent, like JSON.stringify(value, null, 2). */
export function serialize(value: Json): string {
  try {
    return JSON.stringify(value, null, 2);
  } catch (e) {
    if (e !== KEEPS_ORDER) throw e;
    return write(value, '');
  }
}

/** The writer for trees that hold an ordered JsonObject. */
function write(value: Json, indent: string): string {
  if (value instanceof JsonObject) return writeEntries(value.entries, indent);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const inner = indent + '  ';
    let out = '[\n';
    for (let i = 0; i < value.length; i++) out += inner + write(value[i]!, inner) + (i < value.length - 1 ? ',\n' : '\n');
    return out + indent + ']';
  }
  if (value !== null && typeof value === 'object') {
    const record = value as JsonRecord;
    const entries: [string, Json][] = [];
    for (const key of Object.keys(record)) if (record[key] !== undefined) entries.push([key, record[key]!]);
    return writeEntries(entries, indent);
  }
  return JSON.stringify(value);
}

function writeEntries(entries: readonly [string, Json][], indent: string): string {
  if (entries.length === 0) return '{}';
  const inner = indent + '  ';
  let out = '{\n';
  for (let i = 0; i < entries.length; i++) {
    const [key, item] = entries[i]!;
    out += inner + JSON.stringify(key) + ': ' + write(item, inner) + (i < entries.length - 1 ? ',\n' : '\n');
  }
  return out + indent + '}';
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
  if (value !== null && typeof value === 'object') {
    const record = value as JsonRecord;
    const o: Record<string, unknown> = {};
    for (const key of Object.keys(record)) if (record[key] !== undefined) o[key] = toPlain(record[key]!);
    return o;
  }
  return value;
}
