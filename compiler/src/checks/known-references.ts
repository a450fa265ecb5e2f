// Every name a flow uses resolves: navigate targets and `routes` name screens; screen.S.… names a
// screen other than the current one; data.x is declared in that screen's data; form.x is an input
// on it. Meta: INVALID_NAVIGATE_ACTION_NEXT_SCREEN_NAME, INVALID_SCREEN_DYNAMIC_DATA,
// INVALID_ON_CLICK_ACTION_PAYLOAD.
import type * as A from '../ast.js';
import { FEATURE_SINCE, atLeast } from '../catalog/versions.js';
import { didYouMean } from '../diagnostics/suggest.js';
import type { BoundScreen } from '../semantics/bind.js';
import type { Check, CheckContext } from './check.js';

export const knownReferences: Check = (ctx) => {
  const { flow } = ctx;
  const screenIds = [...flow.screenById.keys()];
  const screenExists = (id: A.Identifier): BoundScreen | undefined => {
    const target = flow.screenById.get(id.name);
    if (!target && id.name) ctx.report('FLOW2002', id.span, { id: id.name }, didYouMean(id.name, screenIds, id.span));
    return target;
  };

  for (const screen of flow.screens) {
    for (const a of screen.actions) if (a.action.target) screenExists(a.action.target);
    for (const r of screen.routes) for (const t of r.targets) screenExists(t);
    for (const { ref } of screen.references) {
      let target: BoundScreen | undefined = screen;
      if (ref.screen) {
        if (!atLeast(flow.settings.version, FEATURE_SINCE.globalReferences)) {
          ctx.report('FLOW7005', ref.span, {
            what: 'a screen.… reference',
            since: FEATURE_SINCE.globalReferences,
            version: flow.settings.version,
          });
        }
        target = screenExists(ref.screen);
        if (target === screen) {
          const local = `${ref.root}.${ref.path.map((p) => p.name).join('.')}`;
          ctx.report('FLOW2010', ref.span, { id: screen.id, local }, {
            fixes: [{ title: `Change to ${local}`, edits: [{ span: ref.span, newText: local }] }],
          });
        }
      }
      if (target) checkField(ctx, ref, target);
    }
  }
};

function checkField(ctx: CheckContext, ref: A.Reference, screen: BoundScreen): void {
  const field = ref.path[0];
  if (!field) return;
  if (ref.root === 'data') {
    if (!screen.dataFields.has(field.name)) {
      ctx.report('FLOW2003', field.span, { screen: screen.id, name: field.name }, didYouMean(field.name, screen.dataFields.keys(), field.span));
    }
  } else if (!screen.inputs.has(field.name)) {
    ctx.report('FLOW2004', field.span, { screen: screen.id, name: field.name }, didYouMean(field.name, screen.inputs.keys(), field.span));
  }
}
