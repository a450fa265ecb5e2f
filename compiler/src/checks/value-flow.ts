// Where the values of a flow go: every read of a data field or an input (data.x, form.x, screen.S.…,
// and the ${…} inside backtick expressions), with what the read does with the value. Shared by the
// beyond-Meta rules about unused data fields and answers that are never sent (FLOW8002, FLOW8003).
import type * as A from '../ast.js';
import { isComponentNode } from '../ast.js';
import { componentSpec } from '../catalog/components.js';
import type { BoundFlow, BoundScreen } from '../semantics/bind.js';
import type { Span } from '../source.js';

/**
 * What a read does with the value:
 * - `sink`: sends it out of the Flow (a complete or data_exchange payload);
 * - `pass`: copies it into a data field (a navigate payload into the next screen's data, update_data
 *   into the current screen's data), named by `into`;
 * - `steer`: decides what the Flow does (an If or Switch whose branches hold an action; visible,
 *   enabled or required of an input or of a component with an action);
 * - `show`: anything else (text, labels, init-values, a condition that only changes what is shown).
 */
export type ReadKind = 'sink' | 'pass' | 'steer' | 'show';

export interface FieldRead {
  /** The screen the read is written on. */
  readonly on: BoundScreen;
  /** The screen whose field is read (screen.S.… reads S). */
  readonly screen: string;
  readonly root: 'data' | 'form';
  readonly field: string;
  readonly span: Span;
  readonly kind: ReadKind;
  /** For `pass`: the data field the value is copied into. */
  readonly into?: { readonly screen: string; readonly field: string };
  /** The action whose payload holds the read (sink and pass). */
  readonly action?: A.Action;
}

const cache = new WeakMap<BoundFlow, readonly FieldRead[]>();

/** Every read of a data field or input in the flow, in document order. */
export function fieldReads(flow: BoundFlow): readonly FieldRead[] {
  const cached = cache.get(flow);
  if (cached) return cached;
  const reads: FieldRead[] = [];
  for (const screen of flow.screens) readScreen(screen, reads);
  cache.set(flow, reads);
  return reads;
}

interface Context {
  readonly kind: ReadKind;
  readonly into?: { readonly screen: string; readonly field: string };
  readonly action?: A.Action;
}

const SHOW: Context = { kind: 'show' };
const STEER: Context = { kind: 'steer' };
/** Properties whose value decides whether an input is asked for or a button works. */
const STEERING_PROPERTIES = new Set(['visible', 'enabled', 'required']);

function readScreen(screen: BoundScreen, reads: FieldRead[]): void {
  const add = (ctx: Context, target: string | undefined, root: 'data' | 'form', field: string, span: Span) => {
    reads.push({
      on: screen,
      screen: target ?? screen.id,
      root,
      field,
      span,
      kind: ctx.kind,
      into: ctx.into,
      action: ctx.action,
    });
  };

  const value = (v: A.Value | undefined, ctx: Context): void => {
    if (!v) return;
    switch (v.kind) {
      case 'Reference': {
        const first = v.path[0];
        if (first) add(ctx, v.screen?.name, v.root, first.name, v.span);
        break;
      }
      case 'String':
        for (const part of v.parts) if (typeof part !== 'string') value(part, ctx);
        break;
      case 'Backtick':
        for (const ref of v.references) value(ref, ctx);
        break;
      case 'Binary':
        value(v.left, ctx);
        value(v.right, ctx);
        break;
      case 'Unary':
        value(v.operand, ctx);
        break;
      case 'Array':
        for (const e of v.elements) value(e, ctx);
        break;
      case 'Object':
        for (const e of v.entries) value(e.value, ctx);
        break;
      case 'Action':
        action(v);
        break;
      case 'ItemList':
        for (const item of v.items) {
          value(item.title, SHOW);
          for (const m of item.members) if (m.kind === 'Property') value(m.value, SHOW);
        }
        break;
      default:
        break;
    }
  };

  const action = (a: A.Action): void => {
    value(a.url, SHOW);
    for (const e of a.payload?.entries ?? []) {
      let ctx: Context;
      if (a.name === 'complete' || a.name === 'data_exchange') ctx = { kind: 'sink', action: a };
      else if (a.name === 'navigate' && a.target) ctx = { kind: 'pass', into: { screen: a.target.name, field: e.key.name }, action: a };
      else if (a.name === 'update_data') ctx = { kind: 'pass', into: { screen: screen.id, field: e.key.name }, action: a };
      else ctx = SHOW;
      value(e.value, ctx);
    }
  };

  const members = (list: readonly A.Member[]): void => {
    for (const m of list) {
      if (isComponentNode(m)) component(m);
      else if (m.kind === 'Property') value(m.value, SHOW);
    }
  };

  const component = (node: A.ComponentNode): void => {
    if (node.kind === 'If') {
      value(node.condition, componentHoldsAction(node) ? STEER : SHOW);
      members(node.then);
      if (node.else) members(node.else);
      return;
    }
    if (node.kind === 'Switch') {
      value(node.value, componentHoldsAction(node) ? STEER : SHOW);
      for (const c of node.cases) members(c.members);
      return;
    }
    const spec = componentSpec(node.type.name);
    const acts = Boolean(spec?.input) || node.action !== undefined || node.members.some(isActionProperty);
    value(node.text, SHOW);
    if (node.action) action(node.action);
    for (const m of node.members) {
      if (isComponentNode(m)) component(m);
      else if (m.kind === 'Property') value(m.value, acts && STEERING_PROPERTIES.has(m.name.name) ? STEER : SHOW);
    }
  };

  value(screen.node.title, SHOW);
  for (const m of screen.node.members) {
    if (isComponentNode(m)) component(m);
    else if (m.kind === 'Property') value(m.value, SHOW);
  }
}

function isActionProperty(m: A.Member): boolean {
  return m.kind === 'Property' && m.value?.kind === 'Action';
}

/** Whether any component in these members (at any depth) carries an action: then a branch decides what
 *  the Flow does, not only what it shows. */
function holdsAction(list: readonly A.Member[]): boolean {
  for (const m of list) if (isComponentNode(m) && componentHoldsAction(m)) return true;
  return false;
}

function componentHoldsAction(node: A.ComponentNode): boolean {
  if (node.kind === 'If') return holdsAction(node.then) || (node.else !== undefined && holdsAction(node.else));
  if (node.kind === 'Switch') return node.cases.some((c) => holdsAction(c.members));
  if (node.action) return true;
  return node.members.some(
    (p) =>
      isActionProperty(p) ||
      (p.kind === 'Property' && p.value?.kind === 'ItemList' && p.value.items.some((i) => i.members.some(isActionProperty))) ||
      (isComponentNode(p) && componentHoldsAction(p)),
  );
}

/** The key of a data field or input: 'S.data.x'. */
export function fieldKey(screen: string, root: 'data' | 'form', field: string): string {
  return `${screen}.${root}.${field}`;
}

/**
 * The fields whose value leaves the Flow: read by a sink or a steering read, or passed into a data field
 * that does (through any chain of navigate and update_data payloads). Keys as `fieldKey` makes them.
 */
export function consumedFields(flow: BoundFlow): ReadonlySet<string> {
  const reads = fieldReads(flow);
  const consumed = new Set<string>();
  const passesInto = new Map<string, string[]>(); // data field → the fields whose value is copied into it
  for (const r of reads) {
    if (r.kind === 'sink' || r.kind === 'steer') consumed.add(fieldKey(r.screen, r.root, r.field));
    else if (r.kind === 'pass' && r.into) {
      const into = fieldKey(r.into.screen, 'data', r.into.field);
      const sources = passesInto.get(into);
      if (sources) sources.push(fieldKey(r.screen, r.root, r.field));
      else passesInto.set(into, [fieldKey(r.screen, r.root, r.field)]);
    }
  }
  // Backwards from the consumed data fields to everything copied into them.
  const queue = [...consumed];
  while (queue.length > 0) {
    for (const source of passesInto.get(queue.pop()!) ?? []) {
      if (!consumed.has(source)) {
        consumed.add(source);
        queue.push(source);
      }
    }
  }
  return consumed;
}
