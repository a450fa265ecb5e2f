// Helpers for the type and format rule tests: the diagnostics of some codes only (other rules may add
// theirs to a test flow), and the text a diagnostic's fixes produce.
import { compile } from '../../compiler/src/index.js';
import { diagnose, type Found } from './helpers.js';

/** The diagnostics of `source` with one of `codes`. */
export function found(source: string, ...codes: string[]): Found[] {
  return diagnose(source).filter((d) => codes.includes(d.code));
}

/** The source after applying the first fix of the first diagnostic with `code`. */
export function fixed(source: string, code: string): string | undefined {
  const d = compile(source).diagnostics.find((x) => x.code === code);
  const fix = d?.fixes?.[0];
  if (!fix) return undefined;
  const edits = [...fix.edits].sort((a, b) => b.span.start - a.span.start);
  let out = source;
  for (const e of edits) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}

/** The related notes of the first diagnostic with `code`, as the text each covers and its message. */
export function related(source: string, code: string): { at: string; message: string }[] {
  const d = compile(source).diagnostics.find((x) => x.code === code);
  return (d?.related ?? []).map((r) => ({ at: source.slice(r.span.start, r.span.end), message: r.message }));
}
