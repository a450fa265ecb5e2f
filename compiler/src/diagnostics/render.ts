// Diagnostics as text: code frames for the terminal (file:line:col, the source line, carets, help) and
// the baseline format of the diagnostic fixtures (the whole source with each diagnostic under its line).
import type { SourceFile } from '../source.js';
import type { Diagnostic } from './diagnostic.js';

export interface RenderOptions {
  readonly color?: boolean;
}

const ANSI = { red: '\x1b[31m', yellow: '\x1b[33m', cyan: '\x1b[36m', blue: '\x1b[34m', bold: '\x1b[1m', reset: '\x1b[0m' };

/** rustc-style code frame for one diagnostic. */
export function renderDiagnostic(d: Diagnostic, source: SourceFile, options: RenderOptions = {}): string {
  const paint = (code: keyof typeof ANSI, text: string) => (options.color ? `${ANSI[code]}${text}${ANSI.reset}` : text);
  const start = source.position(d.span.start);
  const end = source.position(Math.max(d.span.start, d.span.end));
  const severityColor = d.severity === 'error' ? 'red' : d.severity === 'warning' ? 'yellow' : 'cyan';
  const meta = d.meta ? ` (Meta: ${d.meta})` : '';
  const lines: string[] = [];
  lines.push(`${paint(severityColor, `${d.severity}[${d.code}]`)}${paint('bold', `: ${d.message}`)}${meta}`);
  const gutter = String(end.line).length;
  const pad = ' '.repeat(gutter);
  lines.push(`${pad}${paint('blue', '-->')} ${source.fileName}:${start.line}:${start.column}`);
  lines.push(`${pad} ${paint('blue', '|')}`);
  const lastLine = Math.min(end.line, start.line + 3);
  for (let line = start.line; line <= lastLine; line++) {
    const text = source.lineText(line);
    const from = line === start.line ? start.column : 1;
    const to = line === end.line ? end.column : text.length + 1;
    const width = Math.max(1, to - from);
    lines.push(`${String(line).padStart(gutter)} ${paint('blue', '|')} ${text}`);
    lines.push(`${pad} ${paint('blue', '|')} ${' '.repeat(from - 1)}${paint(severityColor, '^'.repeat(width))}`);
  }
  for (const r of d.related ?? []) {
    const p = source.position(r.span.start);
    lines.push(`${pad} ${paint('blue', '=')} note: ${r.message} (${source.fileName}:${p.line}:${p.column})`);
  }
  if (d.help) lines.push(`${pad} ${paint('blue', '=')} help: ${d.help}`);
  return lines.join('\n');
}

/**
 * The fixture baseline: every source line, and under the line where a diagnostic starts, `~` under its
 * span (to the end of that line) and the diagnostic itself.
 */
export function renderBaseline(source: SourceFile, diagnostics: readonly Diagnostic[]): string {
  const out: string[] = [];
  const byLine = new Map<number, Diagnostic[]>();
  for (const d of diagnostics) {
    const line = source.position(d.span.start).line;
    byLine.set(line, [...(byLine.get(line) ?? []), d]);
  }
  for (let line = 1; line <= source.lineCount; line++) {
    const text = source.lineText(line);
    out.push(text);
    for (const d of byLine.get(line) ?? []) {
      const start = source.position(d.span.start);
      const end = source.position(d.span.end);
      const to = end.line === line ? end.column : text.length + 1;
      out.push(`${' '.repeat(start.column - 1)}${'~'.repeat(Math.max(1, to - start.column))}`);
      const meta = d.meta ? ` [${d.meta}]` : '';
      out.push(`!!! ${d.severity} ${d.code}${meta}: ${d.message}`);
      for (const r of d.related ?? []) {
        const p = source.position(r.span.start);
        out.push(`!!!   related ${p.line}:${p.column}: ${r.message}`);
      }
      if (d.help) out.push(`!!!   help: ${d.help}`);
    }
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}
