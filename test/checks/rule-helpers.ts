// Helpers for the component-rule tests: the diagnostics of one code, and a fix applied to the source.
import { compile, type Diagnostic } from '../../compiler/src/index.js';
import { diagnose, type Found } from './helpers.js';

/** The diagnostics of `code` only (other rules, and the beyond-Meta warnings, may add their own). */
export function found(source: string, code: string): Found[] {
  return diagnose(source).filter((d) => d.code === code);
}

/** The full diagnostics of `code`, fixes included. */
export function full(source: string, code: string): Diagnostic[] {
  return compile(source, { fileName: 'test.flow' }).diagnostics.filter((d) => d.code === code);
}

/** The source after the first fix of the first diagnostic of `code`. */
export function applyFix(source: string, code: string, fixIndex = 0): string {
  const d = full(source, code)[0];
  const fix = d?.fixes?.[fixIndex];
  if (!fix) throw new Error(`no fix ${fixIndex} for ${code}`);
  const edits = [...fix.edits].sort((a, b) => b.span.start - a.span.start);
  let text = source;
  for (const e of edits) text = text.slice(0, e.span.start) + e.newText + text.slice(e.span.end);
  return text;
}
