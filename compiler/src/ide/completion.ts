// Completion: what may be written at the cursor, in text that is being typed. The context comes from
// the tokens before the cursor (cursor.ts, block-at.ts), which hold however broken the text is; the
// AST and the bound flow say what exists already (screens, fields, inputs, the properties a component
// has).
import type { IToken } from 'chevrotain';
import type * as A from '../ast.js';
import { ACTION_NAMES, componentSpec, specNamed } from '../catalog/components.js';
import type { PropertySpec } from '../catalog/types.js';
import { FLOW_JSON_VERSIONS } from '../catalog/versions.js';
import { expectation } from '../checks/reference-types.js';
import { SCREEN_PROPERTIES } from '../checks/screen-properties.js';
import type { BoundScreen } from '../semantics/bind.js';
import { typeOfDataField, type FlowType } from '../semantics/types.js';
import type { Span } from '../source.js';
import * as T from '../syntax/tokens.js';
import { blockAt, type Block } from './block-at.js';
import {
  actionItems,
  bindingItems,
  componentItems,
  dataFieldItems,
  inputItems,
  propertyItems,
  screenItems,
  valueItems,
  type Place,
} from './completion-items.js';
import { cursorAt, dottedChain, interpolationChain, is, isName, openBrackets } from './cursor.js';
import { ACTION_DOCS, SCREEN_KEYWORD_DOCS, SETTING_DOCS, settingDoc } from './keyword-docs.js';
import { nodePathAt } from './node-at.js';
import { FORM_KEYED_BY_INPUT } from './occurrences.js';
import { screenAt } from './screen-at.js';
import type { Analysis, CompletionItem, Completions } from './types.js';

export function completionsAt(analysis: Analysis, offset: number): Completions {
  if (!(offset >= 0 && offset <= analysis.text.length)) {
    const at = Math.max(0, Math.min(Number.isFinite(offset) ? offset : 0, analysis.text.length));
    return { span: { start: at, end: at }, items: [] };
  }
  const cursor = cursorAt(analysis, offset);
  const empty: Completions = { span: cursor.word, items: [] };
  const screen = screenAt(analysis, offset);

  if (cursor.inside) {
    if (cursor.inside.kind === 'comment') return empty;
    const inner = interpolationChain(analysis, cursor.inside.token, offset);
    return inner ? { span: inner.word, items: referenceItems(analysis, inner.chain, screen) } : empty;
  }
  const items = (list: CompletionItem[]): Completions => ({ span: cursor.word, items: list });
  const { before } = cursor;

  const chain = dottedChain(before);
  if (chain) return items(referenceItems(analysis, chain, screen));

  const p = before[before.length - 1];
  if (is(p, T.Navigate)) return items(screenItems(otherScreens(analysis, screen)));
  const listed = routesListed(before);
  if (listed) return items(screenItems(otherScreens(analysis, screen).filter((s) => !listed.includes(s.id))));
  if (is(p, T.Arrow)) return items(arrowActionItems(analysis, p!));

  const open = openBrackets(before);
  const block = blockAt(before, open, open.length - 1);
  const brace = before[open[open.length - 1] ?? -1];
  const version = analysis.flow.settings.version;

  // `key: |` and `key: [a, |`: the values the property takes
  if (is(p, T.Colon) && isName(before[before.length - 2])) {
    const spec = specNamed(propertySpecsOf(block), before[before.length - 2]!.image);
    return items([...(spec ? valueItems(spec, version) : []), ...valueBindings(block, spec, screen)]);
  }
  if (block.kind === 'list' && (p === brace || is(p, T.Comma))) {
    if (block.key === 'sensitive' && block.owner.kind === 'screen' && screen) return items(inputItems(screen));
    const spec = block.key === undefined ? undefined : specNamed(propertySpecsOf(block.owner), block.key);
    return items(spec?.values ? valueItems(spec, version) : []);
  }

  if (block.kind === 'header' && isName(p) && settingDoc(p!.image) && atMemberStart(before, brace)) {
    const alone = settingDoc(p!.image)?.flag ? settingItems(analysis, cursor.word) : [];
    return items([...settingValueItems(p!.image), ...alone]);
  }
  if (!atMemberStart(before, brace)) return empty;
  return items(memberItems(analysis, block, brace, cursor.word, screen, before[open[open.length - 1]! - 1]));
}

/**
 * The data fields and inputs that may stand as a value: in a payload any of them; for a property that
 * takes a binding, those of a type it accepts (as reference-types checks). None for a property with
 * named values: there those values are what one writes.
 */
function valueBindings(block: Block, spec: PropertySpec | undefined, screen: BoundScreen | undefined): CompletionItem[] {
  if (!screen) return [];
  if (block.kind === 'payload' || block.kind === 'sent') return bindingItems(screen);
  if (!spec?.dynamic || spec.values) return [];
  const expected = expectation(spec);
  return bindingItems(screen, expected ? (t) => expected.accepts(t) : undefined);
}

/** What may start a member of the block. */
function memberItems(
  analysis: Analysis,
  block: Block,
  brace: IToken | undefined,
  word: Span,
  screen: BoundScreen | undefined,
  beforeBrace: IToken | undefined,
): CompletionItem[] {
  const version = analysis.flow.settings.version;
  const components = (place: Place) => componentItems(version, place);
  switch (block.kind) {
    case 'top':
      return topItems(analysis, word);
    case 'header':
      return settingItems(analysis, word);
    case 'screen': {
      const node = screen?.node;
      const present = presentNames(node?.members ?? [], word);
      const keywords: CompletionItem[] = [];
      if (!node?.members.some((m) => m.kind === 'DataBlock')) {
        keywords.push({ label: 'data', kind: 'keyword', documentation: SCREEN_KEYWORD_DOCS.data, insertText: 'data {\n\t$0\n}', snippet: true });
      }
      keywords.push({ label: 'routes', kind: 'keyword', documentation: SCREEN_KEYWORD_DOCS.routes });
      const properties = SCREEN_PROPERTIES.filter((p) => !present.has(p.name));
      return [...keywords, ...propertyItems(properties, 'a screen', undefined, version), ...components('screen')];
    }
    case 'component': {
      if (!block.spec) return [];
      const node = componentWithBlock(analysis, brace);
      const present = presentNames(node?.members ?? [], word);
      if (node?.text && block.spec.primary) present.add(block.spec.primary);
      if (node?.action && block.spec.mainAction) present.add(block.spec.mainAction);
      const properties = block.spec.properties.filter((p) => !present.has(p.name));
      const own = propertyItems(properties, block.spec.type, block.spec.since, version);
      return block.spec.children === 'children' ? [...own, ...components('form')] : own;
    }
    case 'branch':
      return components(block.place);
    case 'cases':
      return [{ label: 'case', kind: 'keyword', insertText: 'case ${1:key} {\n\t$0\n}', snippet: true }];
    case 'item': {
      const specs = block.list?.item ?? [];
      const item = brace ? itemWithBlock(analysis, brace) : undefined;
      const present = presentNames(item?.members ?? [], word);
      // `id "Title" { … }`: the id, and the title when written, are set already
      present.add('id');
      if (is(beforeBrace, T.StringLiteral)) present.add('title');
      return propertyItems(specs.filter((p) => !present.has(p.name)), `a \`${block.list?.name ?? ''}\` item`, block.list?.since, version);
    }
    case 'payload': {
      const target = block.target === undefined ? screen : analysis.flow.screenById.get(block.target);
      if (!target) return [];
      const present = new Set(objectAt(analysis, brace)?.entries.filter((e) => !touches(e.key.span, word)).map((e) => e.key.name));
      return dataFieldItems(target)
        .filter((i) => !present.has(i.label))
        .map((i) => ({ ...i, insertText: `${i.label}: ` }));
    }
    case 'object':
      return objectKeyItems(analysis, block, brace, word, screen);
    case 'sent': {
      // what is usually sent: each answer of the screen, and its data, under their own names
      if (!screen) return [];
      const present = new Set(objectAt(analysis, brace)?.entries.filter((e) => !touches(e.key.span, word)).map((e) => e.key.name));
      const send = (root: 'form' | 'data') => (i: CompletionItem) => ({ ...i, insertText: `${i.label}: ${root}.${i.label}` });
      return [
        ...inputItems(screen).filter((i) => !present.has(i.label)).map(send('form')),
        ...dataFieldItems(screen).filter((i) => !present.has(i.label)).map((i) => ({ ...send('data')(i), sortText: `~${i.label}` })),
      ];
    }
    default:
      return [];
  }
}

/** Keys of `init-values: { … }` (the screen's inputs) and of object-valued item properties (their fields). */
function objectKeyItems(analysis: Analysis, block: Extract<Block, { kind: 'object' }>, brace: IToken | undefined, word: Span, screen: BoundScreen | undefined): CompletionItem[] {
  const present = new Set(objectAt(analysis, brace)?.entries.filter((e) => !touches(e.key.span, word)).map((e) => e.key.name));
  if (block.key && FORM_KEYED_BY_INPUT.includes(block.key) && block.owner.kind === 'component' && block.owner.spec?.type === 'Form' && screen) {
    return inputItems(screen).filter((i) => !present.has(i.label)).map((i) => ({ ...i, insertText: `${i.label}: ` }));
  }
  const spec = block.key === undefined ? undefined : specNamed(propertySpecsOf(block.owner), block.key);
  if (!spec?.fields) return [];
  return propertyItems(spec.fields.filter((f) => !present.has(f.name)), `\`${spec.name}\``, spec.since, analysis.flow.settings.version);
}

/** The catalogue entries for the properties written directly in a block. */
function propertySpecsOf(block: Block): readonly PropertySpec[] | undefined {
  switch (block.kind) {
    case 'screen':
      return SCREEN_PROPERTIES;
    case 'component':
      return block.spec?.properties;
    case 'item':
      return block.list?.item;
    case 'object': {
      const spec = block.key === undefined ? undefined : specNamed(propertySpecsOf(block.owner), block.key);
      return spec?.fields;
    }
    default:
      return undefined;
  }
}

/** `data.`, `form.`, `screen.`, `screen.S.`, `screen.S.data.`, `data.obj.` → what may follow. */
function referenceItems(analysis: Analysis, chain: readonly string[], screen: BoundScreen | undefined): CompletionItem[] {
  const { flow } = analysis;
  const [root, second, third, ...rest] = chain;
  if (chain.length === 0) {
    return ['data', 'form', 'screen'].map((label) => ({ label, kind: 'keyword' as const }));
  }
  if (root === 'screen') {
    if (second === undefined) return screenItems(otherScreens(analysis, screen));
    const target = flow.screenById.get(second);
    if (!target) return [];
    if (third === undefined) return ['data', 'form'].map((label) => ({ label, kind: 'keyword' as const }));
    return fieldItems(target, third, rest);
  }
  if (!screen || (root !== 'data' && root !== 'form')) return [];
  return fieldItems(screen, root, chain.slice(1));
}

/** The fields of a screen's data or form, or the properties of an object-typed data field's path. */
function fieldItems(screen: BoundScreen, root: string, path: readonly string[]): CompletionItem[] {
  if (root === 'form') return path.length === 0 ? inputItems(screen) : [];
  if (root !== 'data') return [];
  if (path.length === 0) return dataFieldItems(screen);
  const field = screen.dataFields.get(path[0]!);
  let type: FlowType | undefined = field ? typeOfDataField(field) : undefined;
  for (const name of path.slice(1)) type = type?.kind === 'object' ? type.properties?.get(name) : undefined;
  if (type?.kind !== 'object' || !type.properties) return [];
  return [...type.properties.keys()].map((label) => ({ label, kind: 'dataField' as const }));
}

/** `routes A, B, |`: the screens listed so far, or undefined when the cursor is not in a routes list. */
function routesListed(before: readonly IToken[]): string[] | undefined {
  let i = before.length - 1;
  const listed: string[] = [];
  if (is(before[i], T.Routes)) return listed;
  while (is(before[i], T.Comma) && isName(before[i - 1])) {
    listed.push(before[i - 1]!.image);
    i -= 2;
    if (is(before[i], T.Routes)) return listed;
  }
  return undefined;
}

/** After `->`: the actions the component's main slot accepts (all of them if it is unknown). */
function arrowActionItems(analysis: Analysis, arrow: IToken): CompletionItem[] {
  const version = analysis.flow.settings.version;
  const path = nodePathAt(analysis.result.ast, arrow.startOffset);
  let component: A.Component | undefined;
  for (const n of path) if (n.kind === 'Component') component = n;
  const spec = component ? componentSpec(component.type.name) : undefined;
  const slot = spec?.mainAction ? specNamed(spec.properties, spec.mainAction) : undefined;
  const actions = slot?.actions ?? ACTION_NAMES.map((name) => ({ name, since: undefined }));
  return actionItems(actions.map((a) => ({ name: a.name, since: a.since, doc: ACTION_DOCS[a.name] })), version);
}

function topItems(analysis: Analysis, word: Span): CompletionItem[] {
  const { ast } = analysis.result;
  const items: CompletionItem[] = [
    { label: 'screen', kind: 'keyword', insertText: 'screen ${1:ID} "${2:Title}" {\n\t$0\n}', snippet: true, documentation: 'A screen: `screen ID "Title" { … }`.' },
  ];
  const firstScreen = ast.screens[0]?.span.start ?? Infinity;
  if (!ast.header && word.start <= firstScreen) {
    items.push({ label: 'flow', kind: 'keyword', insertText: 'flow ${1:name} { version "${2:7.3}" }', snippet: true, documentation: 'The flow header: its settings.' });
  }
  return items;
}

function settingItems(analysis: Analysis, word: Span): CompletionItem[] {
  const present = new Set(analysis.result.ast.header?.settings.filter((s) => !touches(s.name.span, word)).map((s) => s.name.name));
  return SETTING_DOCS.filter((s) => !present.has(s.name)).map((s) => ({ label: s.name, kind: 'keyword', documentation: s.doc }));
}

function settingValueItems(name: string): CompletionItem[] {
  const values = name === 'version' ? FLOW_JSON_VERSIONS.map((v) => `"${v}"`) : (settingDoc(name)?.values ?? []);
  return values.map((label) => ({ label, kind: 'value' }));
}

/** Whether a new member may start after the last token: the block just opened, or the last member is
 *  whole (a separator, a closing bracket, a value, a flag). */
function atMemberStart(before: readonly IToken[], brace: IToken | undefined): boolean {
  const p = before[before.length - 1];
  const pp = before[before.length - 2];
  if (!p || p === brace) return true;
  if (is(p, T.Separator) || is(p, T.RBrace) || is(p, T.RBracket) || is(p, T.RParen)) return true;
  if (is(p, T.StringLiteral) || is(p, T.NumberLiteral) || is(p, T.Backtick) || is(p, T.True) || is(p, T.False)) return true;
  if (is(p, T.Complete) || is(p, T.DataExchange) || is(p, T.UpdateData)) return true;
  if (!isName(p)) return false;
  if (is(pp, T.Navigate)) return true; // `navigate TARGET |`
  const opensSomething = [T.UpperIdent, T.If, T.Switch, T.Navigate, T.Routes, T.Screen, T.Flow, T.Case, T.Else, T.Data, T.Form, T.OpenUrl];
  if (opensSomething.some((t) => is(p, t))) return false;
  // a lower name is a whole member (a flag, a value, a reference's end) unless it names a component,
  // a screen or a case
  return !is(pp, T.UpperIdent) && !is(pp, T.Screen) && !is(pp, T.Flow) && !is(pp, T.Case);
}

function otherScreens(analysis: Analysis, screen: BoundScreen | undefined): BoundScreen[] {
  return [...analysis.flow.screenById.values()].filter((s) => s !== screen);
}

/** Names of the properties written in a block, but not the one being typed. */
function presentNames(members: readonly A.Member[], word: Span): Set<string> {
  const names = new Set<string>();
  for (const m of members) if (m.kind === 'Property' && !touches(m.name.span, word)) names.add(m.name.name);
  return names;
}

/** Whether a name is the word being typed (it does not count as written yet). */
function touches(span: Span, word: Span): boolean {
  return word.end > word.start && span.start === word.start;
}

function componentWithBlock(analysis: Analysis, brace: IToken | undefined): A.Component | undefined {
  if (!brace) return undefined;
  const path = nodePathAt(analysis.result.ast, brace.startOffset);
  const last = path[path.length - 1];
  return last?.kind === 'Component' && last.block?.start === brace.startOffset ? last : undefined;
}

function itemWithBlock(analysis: Analysis, brace: IToken): A.Item | undefined {
  const path = nodePathAt(analysis.result.ast, brace.startOffset);
  const last = path[path.length - 1];
  return last?.kind === 'Item' ? last : undefined;
}

function objectAt(analysis: Analysis, brace: IToken | undefined): A.ObjectLiteral | undefined {
  if (!brace) return undefined;
  const path = nodePathAt(analysis.result.ast, brace.startOffset);
  const last = path[path.length - 1];
  return last?.kind === 'Object' && last.span.start === brace.startOffset ? last : undefined;
}
