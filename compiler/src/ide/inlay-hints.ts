// Inlay hints: the type a data field written without one gets from its example — what the Flow JSON
// declares for it — shown after the field's name in the editor: `count = 3` reads `count: number = 3`.
import { inferSchema } from '../codegen/data-model.js';
import { JsonObject, type Json } from '../codegen/json.js';
import type { Span } from '../source.js';
import type { Analysis, InlayHint } from './types.js';

/** Longer types are cut: a hint is a glance, the Flow JSON view shows the whole schema. */
const MAX_LENGTH = 48;

export function inlayHints(analysis: Analysis, range: Span = { start: 0, end: analysis.text.length }): InlayHint[] {
  const hints: InlayHint[] = [];
  for (const screen of analysis.result.ast.screens) {
    for (const member of screen.members) {
      if (member.kind !== 'DataBlock') continue;
      for (const field of member.fields) {
        const at = field.name.span.end;
        if (field.type || !field.example || at < range.start || at > range.end) continue;
        const schema = inferSchema(field.example);
        if (!schema) continue;
        const type = typeText(schema);
        hints.push({
          offset: at,
          label: `: ${type.length > MAX_LENGTH ? `${type.slice(0, MAX_LENGTH - 1)}…` : type}`,
          tooltip: `The type of ${field.name.name}, inferred from its example: ${type}. Write it (${field.name.name}: ${type} = …) to pin it down.`,
        });
      }
    }
  }
  return hints;
}

/** A schema in .flow's type syntax: string, number, boolean, [T], { a: T, b: U }. */
function typeText(schema: Json): string {
  if (!(schema instanceof JsonObject)) return 'object';
  const get = (key: string) => schema.entries.find(([k]) => k === key)?.[1];
  const type = get('type');
  if (type === 'array') {
    const items = get('items');
    return items === undefined ? 'array' : `[${typeText(items)}]`;
  }
  if (type === 'object') {
    const properties = get('properties');
    if (!(properties instanceof JsonObject)) return 'object';
    return `{ ${properties.entries.map(([k, v]) => `${k}: ${typeText(v)}`).join(', ')} }`;
  }
  return typeof type === 'string' ? type : 'object';
}

