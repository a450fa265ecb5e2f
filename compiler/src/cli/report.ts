// How results are shown: code frames (text), one JSON array (--format json) or GitHub Actions
// annotations (--format github), and the summary line.
import { isAbsolute, relative, sep } from 'node:path';
import { messageWithMeta, type Diagnostic } from '../diagnostics/diagnostic.js';
import { renderDiagnostic } from '../diagnostics/render.js';
import type { SourceFile } from '../source.js';
import type { CliIo } from './io.js';

export type OutputFormat = 'text' | 'json' | 'github';

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

/**
 * One diagnostic as a GitHub Actions workflow command, which the runner turns into an annotation on the
 * file: `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=FLOW2003::message`. Warnings become
 * `::warning`, infos and hints `::notice`. Columns are 1-based and endColumn is the last character
 * (inclusive), as GitHub reads them; GitHub takes columns only on a one-line range, so a range over
 * several lines gives lines only. The message carries Meta's code, the related places and the help on
 * lines of their own.
 */
export function toGithubAnnotation(d: Diagnostic, source: SourceFile, file: string): string {
  const command = d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'notice';
  const start = source.position(d.span.start);
  const end = source.position(Math.max(d.span.start, d.span.end));
  const properties: [string, string | number][] = [['file', file], ['line', start.line]];
  if (end.line === start.line) {
    properties.push(['col', start.column], ['endLine', end.line], ['endColumn', Math.max(start.column, end.column - 1)]);
  } else {
    properties.push(['endLine', end.line]);
  }
  properties.push(['title', d.code]);
  const lines = [messageWithMeta(d)];
  for (const r of d.related ?? []) {
    const p = source.position(r.span.start);
    lines.push(`note: ${r.message} (${file}:${p.line}:${p.column})`);
  }
  if (d.help) lines.push(`help: ${d.help}`);
  const props = properties.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
  return `::${command} ${props}::${escapeData(lines.join('\n'))}`;
}

/** The escapes of a workflow command's message (GitHub's toolkit: escapeData). */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** The escapes of a workflow command's property value (GitHub's toolkit: escapeProperty). */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * The path GitHub knows a file by: relative to the repository (GITHUB_WORKSPACE) when flowc runs inside
 * it, else as shown elsewhere (relative to the working folder); always with '/'.
 */
export function githubPath(absolute: string, display: string, env: Readonly<Record<string, string | undefined>>): string {
  const workspace = env['GITHUB_WORKSPACE'];
  let path = display;
  if (workspace) {
    const rel = relative(workspace, absolute);
    if (rel && !rel.startsWith('..') && !isAbsolute(rel)) path = rel;
  }
  return path.split(sep).join('/');
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

/** How one run reports: the format, colour, where JSON diagnostics collect, and the running tally. */
export interface Reporter {
  readonly io: CliIo;
  readonly format: OutputFormat;
  readonly color: boolean;
  readonly json: JsonDiagnostic[];
  readonly tally: Tally;
}

/**
 * Reports one file's diagnostics in the run's format (code frames on stderr, GitHub annotations on
 * stdout, or collected for one JSON array) and counts them. Returns the number of errors.
 */
export function reportDiagnostics(
  r: Reporter,
  diagnostics: readonly Diagnostic[],
  source: SourceFile,
  input: { readonly path: string; readonly display: string },
): number {
  let errors = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++;
    else if (d.severity === 'warning') r.tally.warnings++;
    if (r.format === 'json') r.json.push(toJsonDiagnostic(d, source, input.display));
    else if (r.format === 'github') r.io.stdout(`${toGithubAnnotation(d, source, githubPath(input.path, input.display, r.io.env))}\n`);
    else r.io.stderr(`${renderDiagnostic(d, source, { color: r.color })}\n\n`);
  }
  r.tally.errors += errors;
  return errors;
}
