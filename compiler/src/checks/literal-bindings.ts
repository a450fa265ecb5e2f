// Text that Meta shows never holds a literal "${" (written with the \$ escape): Flow JSON has no way to
// say "this is not a reference", so Meta reads it as the start of one — a binding to a field that does
// not exist, or a broken expression. Data examples are exempt (they are data, not text Meta reads).
import type * as A from '../ast.js';
import type { Check } from './check.js';
import { forEachExpression } from './values.js';

/** Whether a string holds a literal "${" in its text parts (not one of its ${…} references). */
function hasLiteralBinding(s: A.StringLiteral): boolean {
  for (const p of s.parts) if (typeof p === 'string' && p.includes('${')) return true;
  return false;
}

export const literalBindings: Check = ({ flow, report }) => {
  const visit = (e: A.Expression): void => {
    if (e.kind === 'Binary') {
      visit(e.left);
      visit(e.right);
    } else if (e.kind === 'Unary') visit(e.operand);
    else if (e.kind === 'String' && hasLiteralBinding(e)) report('FLOW3036', e.span);
  };
  for (const screen of flow.screens) forEachExpression(screen, visit);
};
