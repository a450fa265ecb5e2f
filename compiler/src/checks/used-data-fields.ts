// Beyond Meta (FLOW8002): every data field a screen declares is read somewhere — on its screen (data.x,
// in text, properties, conditions, payloads, backtick expressions) or on another screen
// (screen.S.data.x). Meta accepts a field nobody reads, but whoever fills it (the message that opens
// the Flow, a navigate payload, the endpoint) does work for nothing, and it is often a typo's twin.
import type * as A from '../ast.js';
import type { Fix, TextEdit } from '../diagnostics/diagnostic.js';
import type { BoundFlow, BoundScreen } from '../semantics/bind.js';
import type { Span } from '../source.js';
import type { Check } from './check.js';
import { fieldReads } from './value-flow.js';

/** In an endpoint Flow, a response's `error_message` is shown by WhatsApp itself, as a snackbar. */
const READ_BY_WHATSAPP = new Set(['error_message']);

export const usedDataFields: Check = ({ flow, report }) => {
  // the data fields read, by the screen they belong to
  const read = new Map<string, Set<string>>();
  for (const r of fieldReads(flow)) {
    if (r.root !== 'data') continue;
    let fields = read.get(r.screen);
    if (!fields) read.set(r.screen, (fields = new Set()));
    fields.add(r.field);
  }
  for (const screen of flow.screens) {
    if (flow.screenById.get(screen.id) !== screen) continue;
    const readHere = read.get(screen.id);
    for (const [name, field] of screen.dataFields) {
      if (readHere?.has(name)) continue;
      if (flow.settings.dataApiVersion && READ_BY_WHATSAPP.has(name)) continue;
      const senders = navigatePayloadEntries(flow, screen, name);
      const fix: Fix = {
        title: senders.length ? `Remove '${name}' and the payload values sent for it` : `Remove '${name}'`,
        edits: [removeField(screen, field), ...senders.map(({ action, entry }) => removeEntry(action, entry))],
      };
      report('FLOW8002', field.name.span, { name, screen: screen.id }, {
        related: senders.map(({ from, entry }) => ({ span: entry.key.span, message: `'${from.id}' sends a value for it here` })),
        fixes: [fix],
      });
    }
  }
};

interface Sender {
  readonly from: BoundScreen;
  readonly action: A.Action;
  readonly entry: A.ObjectEntry;
}

/** The navigate payload entries that give `name` to `screen`. */
function navigatePayloadEntries(flow: BoundFlow, screen: BoundScreen, name: string): Sender[] {
  const out: Sender[] = [];
  for (const from of flow.screens) {
    for (const { action } of from.actions) {
      if (action.name !== 'navigate' || action.target?.name !== screen.id) continue;
      const entry = action.payload?.entries.find((e) => e.key.name === name);
      if (entry) out.push({ from, action, entry });
    }
  }
  return out;
}

/** Deletes a field and the separator after it; a data block whose only field it is goes as a whole. */
function removeField(screen: BoundScreen, field: A.DataField): TextEdit {
  const block = screen.node.members.find((m): m is A.DataBlock => m.kind === 'DataBlock' && m.fields.includes(field))!;
  if (block.fields.length > 1) return { span: removal(block.fields, field), newText: '' };
  return { span: removal(screen.node.members, block), newText: '' };
}

/** Deletes a payload entry; the payload goes as a whole when it is the only one (`navigate S`). */
function removeEntry(action: A.Action, entry: A.ObjectEntry): TextEdit {
  const entries = action.payload!.entries;
  if (entries.length > 1) return { span: removal(entries, entry), newText: '' };
  return { span: { start: action.target!.span.end, end: action.payload!.span.end }, newText: '' };
}

/** The span that removes `item` from a list of siblings with the white space and separator between
 *  it and its neighbour: up to the next sibling, or back to the previous one when it is the last. */
function removal<T extends { readonly span: Span }>(siblings: readonly T[], item: T): Span {
  const i = siblings.indexOf(item);
  const next = siblings[i + 1];
  if (next) return { start: item.span.start, end: next.span.start };
  const previous = siblings[i - 1];
  if (previous) return { start: previous.span.end, end: item.span.end };
  return item.span;
}
