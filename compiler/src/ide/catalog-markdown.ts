// The component catalogue in the few lines an editor shows: a component's summary for hover and
// completion, a property's facts. Everything comes from the catalogue entries; only the wording is here
// (docs/components.md, from catalog/render-doc.ts, is the long form of the same table).
import type { ComponentSpec, PropertySpec, Version } from '../catalog/types.js';
import { actionsText, codeList, valuesText } from '../catalog/words.js';

/** `string`, `enum`, `text (string or list)`: the type a completion item shows beside a property. */
export function propertyTypeText(p: PropertySpec): string {
  if (p.type === 'text' && p.arrayText) return 'text (string or list of strings)';
  if (p.type === 'enum' && p.values) return `enum: ${p.values.join(' | ')}`;
  if (p.type === 'items') return 'items (a list)';
  if (p.type === 'action' && p.actions) return `action: ${p.actions.map((a) => a.name).join(' | ')}`;
  return p.type;
}

/** Required, since, values, limits and default of a property, one fact per entry. */
export function propertyFacts(p: PropertySpec, ownerSince?: Version): string[] {
  const facts: string[] = [];
  facts.push(`type: \`${p.type}\``);
  if (p.required) facts.push(p.requiredSince ? `required from ${p.requiredSince}` : 'required');
  else facts.push('optional');
  if (p.since && p.since !== ownerSince) facts.push(`since Flow JSON ${p.since}`);
  if (p.dynamic) facts.push(p.bindingOnly ? 'may be a `${…}` binding' : 'may be a `${…}` binding or an expression');
  if (p.values) facts.push(`one of ${valuesText(p)}`);
  if (p.actions) facts.push(`accepts ${actionsText(p.actions)}`);
  if (p.maxChars !== undefined) facts.push(`at most ${p.maxChars} characters`);
  if (p.min !== undefined) facts.push(`at least ${p.min}`);
  if (p.max !== undefined) facts.push(`at most ${p.max}`);
  if (p.minItems !== undefined) facts.push(`at least ${p.minItems} items`);
  if (p.maxItems !== undefined) facts.push(`at most ${p.maxItems} items`);
  if (p.default !== undefined) facts.push(`default \`${String(p.default)}\``);
  if (p.outsideFormOnly) facts.push('outside a Form only');
  if (p.requires?.length) facts.push(`needs ${codeList(p.requires)}`);
  if (p.excludes?.length) facts.push(`not together with ${codeList(p.excludes)}`);
  if (p.pairedWith?.length) facts.push(`only together with ${codeList(p.pairedWith)}`);
  return facts;
}

/** Hover text of a property: its name and owner, its facts, what it does. */
export function propertyMarkdown(p: PropertySpec, owner: string, ownerSince?: Version): string {
  const facts = propertyFacts(p, ownerSince).map((f) => `- ${f}`);
  return [`**${p.name}** — property of ${owner}`, '', p.doc, '', ...facts].join('\n');
}

/** Hover text of one of a property's named values (`email` of `input-type`): what it belongs to, the others. */
export function valueMarkdown(p: PropertySpec, value: string, owner: string): string {
  const since = p.valuesSince?.[value];
  const values = (p.values ?? []).map((v) => (v === value ? `**\`${v}\`**` : `\`${v}\``)).join(', ');
  return [`**${value}** — a value of \`${p.name}\` (${owner})${since ? `, since ${since}` : ''}`, '', `The values: ${values}.`].join('\n');
}

/** Hover text of a component: what it is, the version it needs, its properties in short. */
export function componentMarkdown(c: ComponentSpec): string {
  const lines = [`**${c.type}** — Flow JSON \`"type": "${c.type}"\`, since ${c.since}`, '', c.doc];
  if (c.input) lines.push('', `An input: its value is \`form.<name>\`.`);
  if (c.primary) lines.push('', `The text after the name sets \`${c.primary}\`${c.mainAction ? `; \`->\` sets \`${c.mainAction}\`` : ''}.`);
  else if (c.mainAction) lines.push('', `\`->\` sets \`${c.mainAction}\`.`);
  if (c.properties.length > 0) {
    lines.push('', 'Properties:');
    for (const p of c.properties) {
      const notes = [p.type, p.required ? 'required' : '', p.since && p.since !== c.since ? `≥ ${p.since}` : ''].filter(Boolean);
      lines.push(`- \`${p.name}\` (${notes.join(', ')})`);
    }
  }
  return lines.join('\n');
}

/** The one line a component completion shows. */
export function componentDetail(c: ComponentSpec): string {
  return `${c.category}, since ${c.since}`;
}


