// What every stage of the compiler reports: a coded, located, explained problem.
import type { Span } from '../source.js';
import { DIAGNOSTIC_CODES, type DiagnosticCode } from './codes.js';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export interface TextEdit {
  readonly span: Span;
  readonly newText: string;
}

export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
}

export interface RelatedInformation {
  readonly span: Span;
  readonly message: string;
}

export interface Diagnostic {
  /** Stable code, e.g. 'FLOW2001': `flowc explain FLOW2001` says more. */
  readonly code: DiagnosticCode;
  /** Meta's validator code for the same problem, where Meta has one. */
  readonly meta?: string;
  readonly severity: Severity;
  /** Stands alone in an editor tooltip. */
  readonly message: string;
  /** The smallest span that shows the problem. */
  readonly span: Span;
  readonly related?: readonly RelatedInformation[];
  /** How to fix it, in words. */
  readonly help?: string;
  /** Mechanical fixes (become code actions in the editor). */
  readonly fixes?: readonly Fix[];
}

export interface DiagnosticExtras {
  readonly related?: readonly RelatedInformation[];
  readonly help?: string;
  readonly fixes?: readonly Fix[];
  /** Overrides the catalogue's severity (e.g. a rule that is a warning in some versions). */
  readonly severity?: Severity;
}

/** Fills `{name}` placeholders of a message template. */
export function formatMessage(template: string, args: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in args ? String(args[key]) : whole));
}

/** Builds a diagnostic from the catalogue entry of `code`. */
export function createDiagnostic(
  code: DiagnosticCode,
  span: Span,
  args: Readonly<Record<string, string | number>> = {},
  extras: DiagnosticExtras = {},
): Diagnostic {
  const entry = DIAGNOSTIC_CODES[code];
  const help = extras.help ?? (entry.help ? formatMessage(entry.help, args) : undefined);
  return {
    code,
    ...(entry.meta ? { meta: entry.meta } : {}),
    severity: extras.severity ?? entry.severity,
    message: formatMessage(entry.message, args),
    span,
    ...(extras.related?.length ? { related: extras.related } : {}),
    ...(help ? { help } : {}),
    ...(extras.fixes?.length ? { fixes: extras.fixes } : {}),
  };
}

/** The message as every front end shows it: Meta's code for the same problem after it, where there is one. */
export function messageWithMeta(d: Diagnostic): string {
  return d.meta ? `${d.message} (Meta: ${d.meta})` : d.message;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Orders diagnostics by position, then code, so output is stable. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.code.localeCompare(b.code),
  );
}
