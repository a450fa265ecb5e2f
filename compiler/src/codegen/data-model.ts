// Screen data models: each field's JSON-Schema-like declaration with its __example__. The type is
// written (`count: number = 3`) or inferred from the example (`count = 3`).
import type * as A from '../ast.js';
import { JsonObject, type Json } from './json.js';

/** The declaration of one data field: {type, items|properties, __example__}. */
export function dataFieldJson(field: A.DataField): JsonObject {
  const schema = field.type ? typeJson(field.type) : field.example ? inferSchema(field.example) : undefined;
  const o = schema ?? new JsonObject();
  if (field.example) o.set('__example__', literalJson(field.example));
  return o;
}

/** The schema a written type stands for. */
export function typeJson(t: A.TypeExpression): JsonObject {
  switch (t.kind) {
    case 'PrimitiveType':
      return new JsonObject().set('type', t.name);
    case 'ArrayType':
      return new JsonObject().set('type', 'array').set('items', typeJson(t.element));
    case 'ObjectType': {
      const properties = new JsonObject();
      for (const f of t.fields) properties.set(f.name.name, typeJson(f.type));
      return new JsonObject().set('type', 'object').set('properties', properties);
    }
    case 'SchemaType':
      return literalJson(t.schema) as JsonObject;
  }
}

/**
 * The schema of an example value, or undefined when the example does not tell (an empty list, a
 * reference, an expression). Objects in a list merge their keys, in order of first appearance.
 */
export function inferSchema(value: A.Value): JsonObject | undefined {
  switch (value.kind) {
    case 'String':
    case 'Name':
      return new JsonObject().set('type', 'string');
    case 'Number':
      return new JsonObject().set('type', 'number');
    case 'Boolean':
      return new JsonObject().set('type', 'boolean');
    case 'Array': {
      const items = mergeSchemas(value.elements.map(inferSchema));
      return items ? new JsonObject().set('type', 'array').set('items', items) : undefined;
    }
    case 'Object': {
      const properties = new JsonObject();
      for (const e of value.entries) {
        const s = inferSchema(e.value);
        if (!s) return undefined;
        properties.set(e.key.name, s);
      }
      return new JsonObject().set('type', 'object').set('properties', properties);
    }
    default:
      return undefined;
  }
}

function mergeSchemas(schemas: (JsonObject | undefined)[]): JsonObject | undefined {
  if (schemas.length === 0 || schemas.some((s) => !s)) return undefined;
  const first = schemas[0]!;
  const type = first.entries.find(([k]) => k === 'type')?.[1];
  if (type !== 'object') return first;
  const merged = new Map<string, Json>();
  for (const s of schemas) {
    const props = s!.entries.find(([k]) => k === 'properties')?.[1];
    if (props instanceof JsonObject) for (const [k, v] of props.entries) if (!merged.has(k)) merged.set(k, v);
  }
  const properties = new JsonObject();
  for (const [k, v] of merged) properties.set(k, v);
  return new JsonObject().set('type', 'object').set('properties', properties);
}

/** A literal value as plain JSON data: strings are taken as written (no ${…} meaning in examples). */
export function literalJson(value: A.Value): Json {
  switch (value.kind) {
    case 'String':
      return value.value;
    case 'Number':
      return value.value;
    case 'Boolean':
      return value.value;
    case 'Name':
      return value.name;
    case 'Array':
      return value.elements.map(literalJson);
    case 'Object': {
      const o = new JsonObject();
      for (const e of value.entries) o.set(e.key.name, literalJson(e.value));
      return o;
    }
    default:
      return null;
  }
}

/** A short description of what a value is, for messages: 'a string', 'a list', 'a reference'. */
export function describeValue(value: A.Value): string {
  switch (value.kind) {
    case 'String':
      return value.parts.length > 1 || typeof value.parts[0] !== 'string' ? 'a string with ${…}' : 'a string';
    case 'Number':
      return 'a number';
    case 'Boolean':
      return value.value ? 'true' : 'false';
    case 'Name':
      return `the word '${value.name}'`;
    case 'Backtick':
      return 'a backtick expression';
    case 'Array':
      return 'a list';
    case 'Object':
      return 'an object';
    case 'Reference':
      return 'a reference';
    case 'Binary':
    case 'Unary':
      return 'an expression';
    case 'Action':
      return `the action ${value.name}`;
    case 'ItemList':
      return 'an item list';
  }
}
