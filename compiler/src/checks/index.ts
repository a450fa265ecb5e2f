// The ordered registry of checks. Each check is one file named for the invariant it keeps.
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { BoundFlow } from '../semantics/bind.js';
import type { Check, CheckContext } from './check.js';

export const CHECKS: readonly Check[] = [];

export function runChecks(flow: BoundFlow, checks: readonly Check[] = CHECKS): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const context: CheckContext = {
    flow,
    report: (code, span, args, extras) => diagnostics.push(createDiagnostic(code, span, args, extras)),
  };
  for (const check of checks) check(context);
  return diagnostics;
}
