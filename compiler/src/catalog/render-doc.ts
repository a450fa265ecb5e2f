// Renders the component catalogue as Markdown: the source of docs/components.md.
// Output depends only on the catalogue (no dates, no environment), so a test can compare it with the file.
import { COMPONENTS } from './components.js';
import { FLOW_JSON_VERSIONS } from './versions.js';
import { actionsText, codeList, valuesText } from './words.js';
import type { AllowedAction, ComponentCategory, ComponentSpec, Placement, PropertySpec, Version } from './types.js';

const CATEGORY_TITLES: Readonly<Record<ComponentCategory, string>> = {
  text: 'Text',
  input: 'Inputs',
  action: 'Actions',
  media: 'Media',
  navigation: 'Navigation',
  structure: 'Structure',
};

const CHILDREN_TEXT: Readonly<Record<NonNullable<ComponentSpec['children']>, string>> = {
  children: 'its `children`',
  branches: 'a `then` branch (required, at least one component) and an optional `else` branch',
  cases: '`cases`: an object from case key (`^[a-zA-Z][a-zA-Z0-9-_]*$`) to a list of components, not empty',
};

/** The whole docs/components.md. */
export function renderComponentsDoc(): string {
  const out: string[] = [];
  out.push('# Component reference');
  out.push('');
  out.push(
    '<!-- Generated from compiler/src/catalog/components.ts by compiler/src/catalog/render-doc.ts. ' +
      'Do not edit by hand: change the catalogue and run `npm run docs`. -->',
  );
  out.push('');
  out.push(
    'This file is generated from the component catalogue (`compiler/src/catalog/components.ts`); ' +
      'regenerate it with `npm run docs`. It lists every component of Flow JSON ' +
      `versions ${FLOW_JSON_VERSIONS[0]}–${FLOW_JSON_VERSIONS[FLOW_JSON_VERSIONS.length - 1]}: the version that introduced it, where it may be placed, ` +
      'per-screen caps, its properties and the actions each action slot accepts.',
  );
  out.push('');
  out.push(
    'Columns: **Dynamic** “yes” means the value may also be a `${…}` binding or, from 6.0, a backtick expression; ' +
      '“binding” means a whole `${…}` binding only. **Since** is the first Flow JSON version with the property. ' +
      'Character limits come from Meta’s docs: the client truncates longer text.',
  );
  out.push('');
  out.push('## Contents');
  out.push('');
  for (const category of Object.keys(CATEGORY_TITLES) as ComponentCategory[]) {
    const members = COMPONENTS.filter((c) => c.category === category);
    if (members.length === 0) continue;
    const links = members.map((c) => `[${c.type}](#${anchor(c.type)})`).join(' · ');
    out.push(`- ${CATEGORY_TITLES[category]}: ${links}`);
  }
  out.push('');
  for (const component of COMPONENTS) out.push(...renderComponent(component));
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

function renderComponent(c: ComponentSpec): string[] {
  const out: string[] = [];
  out.push(`## ${c.type}`);
  out.push('');
  out.push(c.doc);
  out.push('');
  out.push(`- **Since:** Flow JSON ${c.since}`);
  out.push(`- **Kind:** ${kindText(c)}`);
  if (c.primary) out.push(`- **Positional text sets:** \`${c.primary}\``);
  if (c.mainAction) out.push(`- **Main action (\`->\`):** \`${c.mainAction}\``);
  if (c.children) out.push(`- **Holds:** ${CHILDREN_TEXT[c.children]}`);
  out.push(`- **Placement:** ${placementText(c.placement)}`);
  const caps = capsText(c);
  if (caps) out.push(`- **Caps:** ${caps}`);
  out.push('');

  if (c.properties.length > 0) {
    out.push('| Property | Type | Required | Dynamic | Since | Limits / values | Description |');
    out.push('|---|---|---|---|---|---|---|');
    for (const p of c.properties) out.push(...propertyRows(p, '', c.since));
    out.push('');
  }

  const slots = actionSlots(c.properties, '');
  if (slots.length > 0) {
    out.push(`### ${c.type} action slots`);
    out.push('');
    out.push('| Slot | Accepts |');
    out.push('|---|---|');
    for (const [slot, actions] of slots) out.push(`| \`${slot}\` | ${actionsText(actions)} |`);
    out.push('');
  }

  for (const p of c.properties) {
    if (p.type !== 'items' || !p.item) continue;
    out.push(`### ${c.type} \`${p.name}\` items`);
    out.push('');
    out.push('| Property | Type | Required | Dynamic | Since | Limits / values | Description |');
    out.push('|---|---|---|---|---|---|---|');
    for (const field of p.item) out.push(...propertyRows(field, '', p.since ?? c.since));
    out.push('');
  }
  return out;
}

/** One table row, plus one row per nested field (`main-content.title`). */
function propertyRows(p: PropertySpec, prefix: string, parentSince: Version): string[] {
  const since = p.since ?? parentSince;
  const rows = [
    row([
      `\`${prefix}${p.name}\``,
      typeText(p),
      requiredText(p),
      dynamicText(p),
      since,
      limitsText(p),
      p.doc,
    ]),
  ];
  for (const f of p.fields ?? []) rows.push(...propertyRows(f, `${prefix}${p.name}.`, since));
  return rows;
}

function typeText(p: PropertySpec): string {
  if (p.type === 'text' && p.arrayText) return 'text (string or string array)';
  if (p.type === 'items') return 'items (list, see below)';
  return p.type;
}

function requiredText(p: PropertySpec): string {
  if (!p.required) return '';
  return p.requiredSince ? `yes (from ${p.requiredSince})` : 'yes';
}

function dynamicText(p: PropertySpec): string {
  if (!p.dynamic) return '';
  return p.bindingOnly ? 'binding' : 'yes';
}

function limitsText(p: PropertySpec): string {
  const parts: string[] = [];
  if (p.values) parts.push(`one of ${valuesText(p)}`);
  if (p.maxChars !== undefined) parts.push(`≤ ${p.maxChars} chars`);
  if (p.min !== undefined && p.max !== undefined) parts.push(`${p.min}–${p.max}`);
  else if (p.min !== undefined) parts.push(`≥ ${p.min}`);
  else if (p.max !== undefined) parts.push(`≤ ${p.max}`);
  if (p.minItems !== undefined || p.maxItems !== undefined) {
    const lo = p.minItems ?? 0;
    parts.push(p.maxItems !== undefined ? `${lo}–${p.maxItems} items` : `≥ ${lo} items`);
  }
  if (p.default !== undefined) parts.push(`default \`${String(p.default)}\``);
  if (p.outsideFormOnly) parts.push('outside a Form only');
  if (p.rangeModeOnly) parts.push('range mode only');
  // the rules that relate a property to others (read by the checks, listed here for the reader)
  if (p.pairedWith?.length) parts.push(`only together with ${codeList(p.pairedWith)}`);
  if (p.excludes?.length) parts.push(`not together with ${codeList(p.excludes)}`);
  if (p.requires?.length) parts.push(`needs ${codeList(p.requires)}`);
  if (p.onlyWhen) parts.push(`only when \`${p.onlyWhen.property}\` is ${p.onlyWhen.values.map((v) => `\`${v}\``).join(' or ')}`);
  if (p.notWhenComponent) {
    parts.push(`not when \`${p.notWhenComponent.property}\` is ${p.notWhenComponent.values.map((v) => `\`${v}\``).join(' or ')}`);
  }
  if (p.notInListWith?.length) parts.push(`no item of the list may have ${codeList(p.notInListWith)}`);
  if (p.maxItemsWith) parts.push(`≤ ${p.maxItemsWith.max} items when any has \`${p.maxItemsWith.property}\``);
  if (p.minFields !== undefined || p.maxFields !== undefined) parts.push(`${p.minFields ?? 0}–${p.maxFields ?? '∞'} fields`);
  if (p.maxPerList !== undefined) parts.push(`on at most ${p.maxPerList} item(s) of a list`);
  if (p.requiredUnlessOnEvery) parts.push(`required unless every \`${p.requiredUnlessOnEvery}\` item has its own (never both)`);
  return parts.join('; ');
}

/** Every action slot of a property list, items and fields included, as [path, actions]. */
function actionSlots(props: readonly PropertySpec[], prefix: string): [string, readonly AllowedAction[]][] {
  const slots: [string, readonly AllowedAction[]][] = [];
  for (const p of props) {
    const path = `${prefix}${p.name}`;
    if (p.type === 'action' && p.actions) slots.push([path, p.actions]);
    if (p.item) slots.push(...actionSlots(p.item, `${path}[].`));
    if (p.fields) slots.push(...actionSlots(p.fields, `${path}.`));
  }
  return slots;
}

function kindText(c: ComponentSpec): string {
  if (c.input) return `${c.category}; a form input, its value is \`form.<name>\``;
  return c.named ? `${c.category}; takes a name` : c.category;
}

function placementText(p: Placement): string {
  const where = (v: boolean | Version): string => (v === true ? 'yes' : v === false ? 'no' : `from ${v}`);
  return `in a Form: ${where(p.form)} · in an If branch: ${where(p.if)} · in a Switch case: ${where(p.switch)}`;
}

function capsText(c: ComponentSpec): string {
  const parts: string[] = [];
  if (c.maxPerScreen !== undefined) {
    const from = c.maxPerScreenSince ? ` (from ${c.maxPerScreenSince})` : '';
    parts.push(`at most ${c.maxPerScreen} per screen${from}`);
  }
  if (c.maxPerFlow !== undefined) parts.push(`at most ${c.maxPerFlow} per Flow`);
  return parts.join(', ');
}

function row(cells: string[]): string {
  return `| ${cells.map(escapeCell).join(' | ')} |`;
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** GitHub's heading anchor for a plain one-word heading. */
function anchor(heading: string): string {
  return heading.toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-');
}
