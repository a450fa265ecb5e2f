// Text mixed with ${…}, arithmetic, comparisons and backtick expressions compile to Meta's nested
// expressions, which exist from Flow JSON 6.0. If conditions have their own grammar from 4.0.
import type * as A from '../ast.js';
import { FEATURE_SINCE, atLeast } from '../catalog/versions.js';
import { needsBackticks, usesArithmeticOrConcatenation } from '../codegen/expressions.js';
import type { Check, CheckContext } from './check.js';

export const expressionVersions: Check = (ctx) => {
  if (atLeast(ctx.flow.settings.version, FEATURE_SINCE.expressions)) return;
  for (const screen of ctx.flow.screens) {
    if (screen.node.title) visit(ctx, screen.node.title);
    for (const m of screen.node.members) if (m.kind === 'Property') visit(ctx, m.value);
    for (const use of screen.components) {
      const node = use.node;
      if (node.kind === 'If') {
        if (node.condition.kind === 'Backtick' || usesArithmeticOrConcatenation(node.condition)) report(ctx, node.condition, 'this condition');
      } else if (node.kind === 'Switch') {
        visit(ctx, node.value);
      } else {
        visit(ctx, node.text);
        visit(ctx, node.action);
        for (const m of node.members) if (m.kind === 'Property') visit(ctx, m.value);
      }
    }
  }
};

function report(ctx: CheckContext, e: A.Value, what: string): void {
  ctx.report('FLOW7004', e.span, { what, version: ctx.flow.settings.version });
}

function visit(ctx: CheckContext, v: A.Value | undefined): void {
  if (!v) return;
  switch (v.kind) {
    case 'Backtick':
      return report(ctx, v, 'a backtick expression');
    case 'String':
    case 'Binary':
    case 'Unary':
      if (needsBackticks(v)) report(ctx, v, v.kind === 'String' ? 'text mixed with ${…}' : 'an expression');
      return;
    case 'Array':
      return v.elements.forEach((e) => visit(ctx, e));
    case 'Object':
      return v.entries.forEach((e) => visit(ctx, e.value));
    case 'Action':
      visit(ctx, v.payload);
      return visit(ctx, v.url);
    case 'ItemList':
      for (const item of v.items) {
        visit(ctx, item.title);
        for (const m of item.members) if (m.kind === 'Property') visit(ctx, m.value);
      }
      return;
    default:
      return;
  }
}
