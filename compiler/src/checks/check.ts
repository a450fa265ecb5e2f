// What a check is: a function over the bound flow that reports diagnostics. Each rule lives in its own
// file, named for the invariant it keeps; index.ts lists them in order.
import type { DiagnosticCode } from '../diagnostics/codes.js';
import type { Diagnostic, DiagnosticExtras } from '../diagnostics/diagnostic.js';
import type { BoundFlow } from '../semantics/bind.js';
import type { Span } from '../source.js';

export interface CheckContext {
  readonly flow: BoundFlow;
  report(code: DiagnosticCode, span: Span, args?: Readonly<Record<string, string | number>>, extras?: DiagnosticExtras): void;
}

export type Check = (context: CheckContext) => void;

export type { Diagnostic };
