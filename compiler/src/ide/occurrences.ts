// Every place a screen id, a data field or an input name is written, as a declaration or a use: the one
// index that definition, references, rename and hover read. Uses come from the bound flow (references
// in values and strings, actions, routes) and from what the compiler treats as names of fields too:
// navigate and update_data payload keys (the target screen's data fields, as FLOW2032's rename fix
// sees them), a screen's `sensitive` list and a Form's init-values/error-messages keys (input names).
// The `${…}` references inside strings and backtick expressions are references of the AST too.
import { FORM_PROPERTIES } from '../checks/form-init-values.js';
import { componentType, type BoundScreen } from '../semantics/bind.js';
import type { Span } from '../source.js';
import type { Analysis } from './types.js';

export type FlowSymbol =
  | { readonly kind: 'screen'; readonly screen: string }
  | { readonly kind: 'dataField'; readonly screen: string; readonly name: string }
  | { readonly kind: 'input'; readonly screen: string; readonly name: string };

export interface Occurrence {
  readonly symbol: FlowSymbol;
  /** The name as written (inside the quotes of a quoted key). */
  readonly span: Span;
  readonly declaration: boolean;
  /** The screen whose text holds this occurrence. */
  readonly on: BoundScreen;
}

export interface OccurrenceIndex {
  /** Every occurrence, in document order. */
  readonly all: readonly Occurrence[];
  /** Occurrences by symbolKey, in document order. */
  readonly bySymbol: ReadonlyMap<string, readonly Occurrence[]>;
}

/** One string per symbol: equal keys name the same screen, data field or input. */
export function symbolKey(s: FlowSymbol): string {
  return s.kind === 'screen' ? `screen\0${s.screen}` : `${s.kind}\0${s.screen}\0${s.name}`;
}

/** The Form properties whose keys are input names, as checks/form-init-values.ts reads them. */
export const FORM_KEYED_BY_INPUT = FORM_PROPERTIES.map((p) => p.form);

const cache = new WeakMap<Analysis, OccurrenceIndex>();

export function occurrences(analysis: Analysis): OccurrenceIndex {
  const cached = cache.get(analysis);
  if (cached) return cached;
  const { text, flow } = analysis;
  const all: Occurrence[] = [];

  /** The span of the name itself: the identifier, or the inside of a "quoted" one; none when the
   *  written text is not the name (an escaped string), so that no edit can break it. */
  const nameSpan = (span: Span, name: string): Span | undefined => {
    const written = text.slice(span.start, span.end);
    if (written === name) return span;
    if (written === `"${name}"`) return { start: span.start + 1, end: span.end - 1 };
    return undefined;
  };
  const add = (symbol: FlowSymbol, id: { readonly name: string; readonly span: Span } | undefined, on: BoundScreen, declaration = false) => {
    if (!id || !id.name) return;
    const span = nameSpan(id.span, id.name);
    if (span) all.push({ symbol, span, declaration, on });
  };
  const screenSym = (screen: string): FlowSymbol => ({ kind: 'screen', screen });
  const dataSym = (screen: string, name: string): FlowSymbol => ({ kind: 'dataField', screen, name });
  const inputSym = (screen: string, name: string): FlowSymbol => ({ kind: 'input', screen, name });

  for (const s of flow.screens) {
    add(screenSym(s.id), s.node.id, s, true);
    for (const m of s.node.members) {
      if (m.kind === 'DataBlock') for (const f of m.fields) add(dataSym(s.id, f.name.name), f.name, s, true);
    }
    for (const [name, uses] of s.inputs) {
      for (const use of uses) if (use.node.kind === 'Component') add(inputSym(s.id, name), use.node.name, s, true);
    }
    for (const { ref } of s.references) {
      const target = ref.screen?.name ?? s.id;
      if (ref.screen) add(screenSym(target), ref.screen, s);
      const head = ref.path[0];
      if (head) add(ref.root === 'data' ? dataSym(target, head.name) : inputSym(target, head.name), head, s);
    }
    for (const { action } of s.actions) {
      if (action.name === 'navigate' && action.target) {
        add(screenSym(action.target.name), action.target, s);
        for (const e of action.payload?.entries ?? []) add(dataSym(action.target.name, e.key.name), e.key, s);
      } else if (action.name === 'update_data') {
        for (const e of action.payload?.entries ?? []) add(dataSym(s.id, e.key.name), e.key, s);
      }
    }
    for (const r of s.routes) for (const t of r.targets) add(screenSym(t.name), t, s);
    const sensitive = s.properties.get('sensitive')?.value;
    if (sensitive?.kind === 'Array') {
      for (const e of sensitive.elements) {
        if (e.kind === 'Name') add(inputSym(s.id, e.name), e, s);
        else if (e.kind === 'String' && e.parts.length === 1 && typeof e.parts[0] === 'string') add(inputSym(s.id, e.value), { name: e.value, span: e.span }, s);
      }
    }
    for (const use of s.components) {
      if (componentType(use.node) !== 'Form') continue;
      for (const property of FORM_KEYED_BY_INPUT) {
        const value = use.properties.get(property)?.value;
        if (value?.kind === 'Object') for (const e of value.entries) add(inputSym(s.id, e.key.name), e.key, s);
      }
    }
  }

  all.sort((a, b) => a.span.start - b.span.start);
  const bySymbol = new Map<string, Occurrence[]>();
  for (const o of all) {
    const key = symbolKey(o.symbol);
    const list = bySymbol.get(key);
    if (list) list.push(o);
    else bySymbol.set(key, [o]);
  }
  const index = { all, bySymbol };
  cache.set(analysis, index);
  return index;
}

/** The occurrence whose name holds `offset` (its end included, where a cursor after a word stands). */
export function occurrenceAt(analysis: Analysis, offset: number): Occurrence | undefined {
  let touching: Occurrence | undefined;
  for (const o of occurrences(analysis).all) {
    if (o.span.start > offset) break;
    if (offset < o.span.end) return o;
    if (offset === o.span.end) touching = o;
  }
  return touching;
}

/** Every occurrence of a symbol, in document order. */
export function occurrencesOf(analysis: Analysis, symbol: FlowSymbol): readonly Occurrence[] {
  return occurrences(analysis).bySymbol.get(symbolKey(symbol)) ?? [];
}
