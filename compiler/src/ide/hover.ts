// Hover: what the word under the cursor is, in Markdown from the catalogue and the bound flow.
import type * as A from '../ast.js';
import { componentSpec, propertySpec } from '../catalog/components.js';
import type { PropertySpec } from '../catalog/types.js';
import { describeType, typeOfDataField, typeOfInput } from '../semantics/types.js';
import type { Span } from '../source.js';
import { actionsText } from '../catalog/words.js';
import { componentMarkdown, propertyMarkdown, valueMarkdown } from './catalog-markdown.js';
import { ACTION_DOCS, SCREEN_KEYWORD_DOCS, settingDoc } from './keyword-docs.js';
import { nodePathAt, type AnyNode } from './node-at.js';
import { occurrenceAt, type FlowSymbol } from './occurrences.js';
import { propertyOwnerAt } from './property-owner.js';
import type { Analysis, Hover } from './types.js';

export function hoverAt(analysis: Analysis, offset: number): Hover | undefined {
  if (!(offset >= 0 && offset <= analysis.text.length)) return undefined;
  const occurrence = occurrenceAt(analysis, offset);
  if (occurrence) return { span: occurrence.span, markdown: symbolMarkdown(analysis, occurrence.symbol) };
  // the character under the cursor, else the one before it (a cursor just after a word)
  return syntaxHover(analysis, offset) ?? (offset > 0 ? syntaxHover(analysis, offset - 1) : undefined);
}

/** Hover on a word of the syntax: a component or property name, an action, a setting, a keyword. */
function syntaxHover(analysis: Analysis, offset: number): Hover | undefined {
  const path = nodePathAt(analysis.result.ast, offset);
  const i = path.length - 1;
  const node = path[i]!;
  const parent = path[i - 1];
  const within = (span: Span) => span.start <= offset && offset < span.end;

  if (node.kind === 'Identifier' && parent) {
    switch (parent.kind) {
      case 'Component': {
        if (parent.type !== node) return undefined;
        const spec = componentSpec(node.name);
        return { span: node.span, markdown: spec ? componentMarkdown(spec) : `Unknown component \`${node.name}\`.` };
      }
      case 'If':
      case 'Switch': {
        const spec = componentSpec(parent.kind);
        return spec ? { span: node.span, markdown: componentMarkdown(spec) } : undefined;
      }
      case 'Property':
      case 'Entry': {
        const key = parent.kind === 'Property' ? parent.name : parent.key;
        if (key !== node) return undefined;
        const owner = propertyOwnerAt(path, i - 2);
        const spec = owner?.specs.find((p) => p.name === node.name);
        return spec && owner ? { span: node.span, markdown: propertyMarkdown(spec, owner.owner, owner.since) } : undefined;
      }
      case 'Setting':
        return settingHover(analysis, parent, node);
      default:
        return undefined;
    }
  }
  if (node.kind === 'Name') {
    // a named value: `input-type: email`, `include-days: [Mon, Tue]`
    const at = parent?.kind === 'Array' ? i - 2 : i - 1;
    const property = path[at];
    if (property?.kind !== 'Property') return undefined;
    const owner = propertyOwnerAt(path, at - 1);
    const spec = owner?.specs.find((p) => p.name === property.name.name);
    return spec?.values?.includes(node.name) && owner ? { span: node.span, markdown: valueMarkdown(spec, node.name, owner.owner) } : undefined;
  }
  if (node.kind === 'Action' && within(node.keyword)) {
    return { span: node.keyword, markdown: actionMarkdown(node, path) };
  }
  if (node.kind === 'DataBlock' && within({ start: node.span.start, end: node.span.start + 'data'.length })) {
    return { span: { start: node.span.start, end: node.span.start + 4 }, markdown: `**data**\n\n${SCREEN_KEYWORD_DOCS.data}` };
  }
  if (node.kind === 'Routes' && within({ start: node.span.start, end: node.span.start + 'routes'.length })) {
    return { span: { start: node.span.start, end: node.span.start + 6 }, markdown: `**routes**\n\n${SCREEN_KEYWORD_DOCS.routes}` };
  }
  return undefined;
}

function settingHover(analysis: Analysis, setting: A.Setting, name: A.Identifier): Hover | undefined {
  const doc = settingDoc(name.name);
  if (!doc) return { span: name.span, markdown: `Unknown flow setting \`${name.name}\`.` };
  const { settings } = analysis.flow;
  const effective: Record<string, string | undefined> = {
    version: settings.version,
    endpoint: settings.dataApiVersion && `data_api_version ${settings.dataApiVersion}`,
    limits: settings.limits,
    routing_model: settings.routingModel,
    data_channel_uri: settings.dataChannelUri,
  };
  const now = effective[doc.name];
  const lines = [`**${doc.name}** — flow setting`, '', doc.doc];
  if (now && setting.value) lines.push('', `This flow: \`${now}\``);
  return { span: name.span, markdown: lines.join('\n') };
}

/** The action's meaning, and which versions the slot it sits in accepts it from. */
function actionMarkdown(action: A.Action, path: readonly AnyNode[]): string {
  const lines = [`**${action.name}** — action`, '', ACTION_DOCS[action.name]];
  const slot = actionSlot(path);
  if (slot?.actions) lines.push('', `\`${slot.name}\` accepts ${actionsText(slot.actions)}.`);
  return lines.join('\n');
}

/** The catalogue entry of the slot an action fills: `-> action` on a component, or `key: action`. */
function actionSlot(path: readonly AnyNode[]): PropertySpec | undefined {
  const i = path.length - 1;
  const parent = path[i - 1];
  if (parent?.kind === 'Component') {
    const spec = componentSpec(parent.type.name);
    return spec?.mainAction ? propertySpec(spec, spec.mainAction) : undefined;
  }
  if (parent?.kind === 'Property') return propertyOwnerAt(path, i - 2)?.specs.find((p) => p.name === parent.name.name);
  return undefined;
}

function symbolMarkdown(analysis: Analysis, symbol: FlowSymbol): string {
  const { flow, result } = analysis;
  const screen = flow.screenById.get(symbol.screen);
  const line = (span: Span) => result.source.position(span.start).line;
  if (symbol.kind === 'screen') {
    if (!screen) return `There is no screen \`${symbol.screen}\` in this flow.`;
    const title = screen.node.title ? ` — "${screen.node.title.value}"` : '';
    return [`**screen ${screen.id}**${title}`, '', `Declared on line ${line(screen.node.id.span)}.`].join('\n');
  }
  if (symbol.kind === 'dataField') {
    const field = screen?.dataFields.get(symbol.name);
    const head = `**data.${symbol.name}** — data field of screen \`${symbol.screen}\``;
    if (!field) return `${head}\n\nNot declared in the screen’s \`data { … }\`.`;
    const lines = [head, '', `- type: ${describeType(typeOfDataField(field))}`];
    if (field.type) lines.push(`- written type: ${code(shorten(analysis.text.slice(field.type.span.start, field.type.span.end)))}`);
    if (field.example) lines.push(`- example: ${code(shorten(analysis.text.slice(field.example.span.start, field.example.span.end)))}`);
    lines.push(`- declared on line ${line(field.name.span)}`);
    return lines.join('\n');
  }
  const use = screen?.inputs.get(symbol.name)?.[0];
  const head = `**form.${symbol.name}** — input of screen \`${symbol.screen}\``;
  if (!use || use.node.kind !== 'Component') return `${head}\n\nNo input of this name on the screen.`;
  const label = use.node.text?.kind === 'String' ? ` "${use.node.text.value}"` : '';
  return [
    head,
    '',
    `\`${use.node.type.name} ${symbol.name}\`${label}, declared on line ${line(use.node.span)}`,
    '',
    `- value: ${describeType(typeOfInput(use))}`,
  ].join('\n');
}

/** Inline code that may itself hold backticks (a backtick expression as an example). */
function code(text: string): string {
  return text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``;
}

/** An example on one line, not longer than a hover should be. */
function shorten(text: string): string {
  const one = text.replace(/\s+/g, ' ');
  return one.length > 80 ? `${one.slice(0, 77)}…` : one;
}
