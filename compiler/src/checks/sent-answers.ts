// Beyond Meta (FLOW8003): what the user enters reaches someone. An input's value must end up in a
// complete or data_exchange payload — directly (form.x, screen.S.form.x), or through the data fields it
// is copied into by navigate and update_data payloads — or decide what the Flow does (an If or Switch
// whose branches hold actions; visible/enabled/required of an input or a button). Otherwise Meta
// accepts the Flow but the answer is lost when it ends. Inputs in a Form, an If or a Switch count the
// same. A required OptIn is exempt: its value is always true.
import type * as A from '../ast.js';
import { FEATURE_SINCE, atLeast } from '../catalog/versions.js';
import type { Fix } from '../diagnostics/diagnostic.js';
import type { BoundFlow, BoundScreen, ComponentUse } from '../semantics/bind.js';
import { WORD } from '../syntax/tokens.js';
import type { Check } from './check.js';
import { consumedFields, fieldKey, fieldReads, type FieldRead } from './value-flow.js';

export const sentAnswers: Check = ({ flow, report }) => {
  const consumed = consumedFields(flow);
  // where each form field is copied into a data field: the related notes of its warning
  const copiesOf = new Map<string, FieldRead[]>();
  for (const r of fieldReads(flow)) {
    if (r.root !== 'form' || r.kind !== 'pass' || !r.into) continue;
    const key = fieldKey(r.screen, 'form', r.field);
    const copies = copiesOf.get(key);
    if (copies) copies.push(r);
    else copiesOf.set(key, [r]);
  }
  for (const screen of flow.screens) {
    if (flow.screenById.get(screen.id) !== screen) continue;
    for (const [name, uses] of screen.inputs) {
      const key = fieldKey(screen.id, 'form', name);
      if (consumed.has(key)) continue;
      if (uses.every(alwaysTrue)) continue;
      const input = uses[0]!;
      const copies = copiesOf.get(key) ?? [];
      // an input with a "quoted name" cannot be referenced (form.x needs a word): no fix to offer
      const fix = WORD.test(name) ? sendFix(flow, screen, name) : undefined;
      const global = atLeast(flow.settings.version, FEATURE_SINCE.globalReferences);
      report('FLOW8003', (input.node as A.Component).name!.span, { name, screen: screen.id }, {
        related: copies.map((r) => ({
          span: r.span,
          message: `copied into ${r.action?.name === 'update_data' ? '' : `'${r.into!.screen}' as `}data.${r.into!.field} here, which is never sent either`,
        })),
        // Before 4.0 there are no screen.S.… references: a later screen gets the answer through payloads.
        ...(global ? {} : { help: `add ${name}: form.${name} to a complete or data_exchange payload (or pass it on in navigate payloads to a screen that sends it), or remove the input` }),
        ...(fix ? { fixes: [fix] } : {}),
      });
    }
  }
};

/** A required OptIn can only be true when the Flow goes on: sending it tells nothing. */
function alwaysTrue(use: ComponentUse): boolean {
  if (use.spec?.type !== 'OptIn') return false;
  const required = use.properties.get('required');
  return required !== undefined && (required.value === undefined || (required.value.kind === 'Boolean' && required.value.value));
}

/**
 * Adds the answer to a payload when there is one obvious place: the one Footer (or else the one action)
 * of its own screen that completes or exchanges data, or else (from 4.0, with a global reference) the
 * one complete action of the Flow.
 */
function sendFix(flow: BoundFlow, screen: BoundScreen, name: string): Fix | undefined {
  const own = screen.actions.filter((a) => a.action.name === 'complete' || a.action.name === 'data_exchange');
  const footers = own.filter((a) => a.component?.spec?.type === 'Footer');
  if (footers.length === 1) return addToPayload(footers[0]!.action, name, `form.${name}`);
  if (own.length === 1) return addToPayload(own[0]!.action, name, `form.${name}`);
  if (own.length > 1 || !atLeast(flow.settings.version, FEATURE_SINCE.globalReferences)) return undefined;
  const only = onlyComplete(flow);
  return only ? addToPayload(only, name, `screen.${screen.id}.form.${name}`) : undefined;
}

/** The flow's one complete action, if it has exactly one (computed once per flow). */
const ONLY_COMPLETE = new WeakMap<BoundFlow, A.Action | null>();
function onlyComplete(flow: BoundFlow): A.Action | undefined {
  let only = ONLY_COMPLETE.get(flow);
  if (only === undefined) {
    const completes = flow.screens.flatMap((s) => s.actions.filter((a) => a.action.name === 'complete'));
    only = completes.length === 1 ? completes[0]!.action : null;
    ONLY_COMPLETE.set(flow, only);
  }
  return only ?? undefined;
}

function addToPayload(action: A.Action, key: string, value: string): Fix | undefined {
  const payload = action.payload;
  if (payload?.entries.some((e) => e.key.name === key)) return undefined;
  const entry = `${key}: ${value}`;
  const title = `Send it: add '${entry}' to the ${action.name} payload`;
  if (!payload) return { title, edits: [{ span: { start: action.span.end, end: action.span.end }, newText: ` { ${entry} }` }] };
  const last = payload.entries[payload.entries.length - 1];
  if (!last) return { title, edits: [{ span: payload.span, newText: `{ ${entry} }` }] };
  return { title, edits: [{ span: { start: last.span.end, end: last.span.end }, newText: `, ${entry}` }] };
}
