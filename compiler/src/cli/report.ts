// How results are shown: code frames (text) or one JSON array (--format json), and the summary line.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../source.js';

export type OutputFormat = 'text' | 'json';

/** One diagnostic in `--format json`. Lines and columns are 1-based; `end` is just past the span. */
export interface JsonDiagnostic {
  readonly file: string;
  readonly code: string;
  readonly meta: string | null;
  readonly severity: Diagnostic['severity'];
  readonly message: string;
  readonly range: {
    readonly start: { readonly line: number; readonly column: number };
    readonly end: { readonly line: number; readonly column: number };
  };
}

export function toJsonDiagnostic(d: Diagnostic, source: SourceFile, file: string): JsonDiagnostic {
  return {
    file,
    code: d.code,
    meta: d.meta ?? null,
    severity: d.severity,
    message: d.message,
    range: { start: source.position(d.span.start), end: source.position(Math.max(d.span.start, d.span.end)) },
  };
}

export interface Tally {
  flows: number;
  flowsWithErrors: number;
  errors: number;
  warnings: number;
}

/** "3 flows compiled, 1 with errors: 2 errors, 1 warning". */
export function summaryLine(tally: Tally, verb: string): string {
  let line = `${count(tally.flows, 'flow')} ${verb}`;
  if (tally.flowsWithErrors) line += `, ${tally.flowsWithErrors} with errors`;
  const counts = [
    ...(tally.errors ? [count(tally.errors, 'error')] : []),
    ...(tally.warnings ? [count(tally.warnings, 'warning')] : []),
  ];
  if (counts.length) line += `: ${counts.join(', ')}`;
  return line;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/**
 * Colour for stderr: --color / --no-color win; otherwise off when NO_COLOR is set (https://no-color.org),
 * else on when stderr is a terminal.
 */
export async function useColor(
  option: string | boolean | undefined,
  env: Readonly<Record<string, string | undefined>>,
  isTTY: () => boolean | Promise<boolean>,
): Promise<boolean> {
  if (typeof option === 'boolean') return option;
  if (env['NO_COLOR']) return false;
  return isTTY();
}
