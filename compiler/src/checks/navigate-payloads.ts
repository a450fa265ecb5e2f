// A navigate payload becomes the next screen's data: it gives exactly the fields that screen declares.
// Meta: INVALID_NAVIGATE_ACTION_PAYLOAD.
import type * as A from '../ast.js';
import type { BoundScreen } from '../semantics/bind.js';
import type { Check, CheckContext } from './check.js';

export const navigatePayloads: Check = ({ flow, report }) => {
  for (const screen of flow.screens) {
    for (const { action } of screen.actions) {
      if (action.name !== 'navigate' || !action.target) continue;
      const next = flow.screenById.get(action.target.name);
      if (!next || next === screen) continue;
      const missing: string[] = [];
      for (const k of next.dataFields.keys()) if (!hasEntry(action.payload, k)) missing.push(k);
      if (missing.length > 0) reportMissing(report, screen, next, action, action.target, missing);
      for (const e of action.payload?.entries ?? []) {
        if (!next.dataFields.has(e.key.name)) report('FLOW4031', e.key.span, { id: next.id, name: e.key.name });
      }
    }
  }
};

function hasEntry(payload: A.ObjectLiteral | undefined, name: string): boolean {
  if (payload) for (const e of payload.entries) if (e.key.name === name) return true;
  return false;
}

function reportMissing(
  report: CheckContext['report'],
  screen: BoundScreen,
  next: BoundScreen,
  action: A.Action,
  target: A.Identifier,
  missing: readonly string[],
): void {
  const at = action.payload?.span ?? target.span;
  const insert = action.payload ? action.payload.span.end - 1 : target.span.end;
  const entries = missing.map((k) => `${k}: ${sourceOf(screen, k)}`).join(', ');
  const hasEntries = (action.payload?.entries.length ?? 0) > 0;
  const newText = action.payload ? `${hasEntries ? ', ' : ' '}${entries} ` : ` { ${entries} }`;
  report('FLOW4030', at, { id: next.id, fields: missing.map((k) => `'${k}'`).join(', ') }, {
    related: missing.map((k) => ({ span: next.dataFields.get(k)!.name.span, message: `'${k}' is declared here` })),
    fixes: [{ title: `Add ${missing.join(', ')} to the payload`, edits: [{ span: { start: insert, end: insert }, newText }] }],
  });
}

/** The natural value for a missing field: the input or data field of the same name, if there is one. */
function sourceOf(screen: BoundScreen, name: string): string {
  if (screen.inputs.has(name)) return `form.${name}`;
  if (screen.dataFields.has(name)) return `data.${name}`;
  return '""';
}
