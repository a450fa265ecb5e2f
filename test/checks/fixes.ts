// Test helpers for mechanical fixes: apply a diagnostic's fix to the source, to check that the result
// compiles without the diagnostic (and without new ones).
import { compile, type Diagnostic } from '../../compiler/src/index.js';

/** The source with the edits of one fix applied (edits do not overlap; applied from the end). */
export function applyFix(source: string, diagnostic: Diagnostic, index = 0): string {
  const fix = diagnostic.fixes?.[index];
  if (!fix) throw new Error(`${diagnostic.code} has no fix ${index}`);
  let text = source;
  for (const edit of [...fix.edits].sort((a, b) => b.span.start - a.span.start)) {
    text = text.slice(0, edit.span.start) + edit.newText + text.slice(edit.span.end);
  }
  return text;
}

/** The diagnostics of `source` with the given code. */
export function found(source: string, code: string): Diagnostic[] {
  return compile(source, { fileName: 'test.flow' }).diagnostics.filter((d) => d.code === code);
}

/** The codes of all diagnostics of `source`. */
export function allCodes(source: string): string[] {
  return compile(source, { fileName: 'test.flow' }).diagnostics.map((d) => d.code);
}
