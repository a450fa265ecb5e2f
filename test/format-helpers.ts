// What the formatter tests check on any text: the formatted text parses to the same AST (spans aside),
// keeps every comment, and is a fixed point of the formatter. Shared by test/format*.test.ts.
import { expect } from 'vitest';
import type { Ast } from '../compiler/src/index.js';
import { formatFlow, type FormatOptions } from '../compiler/src/format/format.js';
import { parse } from '../compiler/src/syntax/parse.js';

/** The AST without positions: every span becomes `true` (so an optional span's presence still counts). */
export function stripSpans(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripSpans);
  if (value === null || typeof value !== 'object') return value;
  const keys = Object.keys(value);
  if (keys.length === 2 && 'start' in value && 'end' in value) return true;
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    if (key === 'comments') continue;
    out[key] = stripSpans((value as Record<string, unknown>)[key]);
  }
  return out;
}

/**
 * The comments of a text as a sorted multiset of their texts: exact, except a // comment without its
 * trailing blanks, and a block comment whose further lines all start with `*` without the indentation of
 * those lines (the formatter re-indents them, as Prettier does in JavaScript).
 */
export function commentTexts(file: Ast.FlowFile): string[] {
  return file.comments
    .map((c) => {
      if (!c.block) return c.text.trimEnd();
      const lines = c.text.split('\n');
      const starred = lines.length > 1 && lines.slice(1).every((l) => l.trimStart().startsWith('*'));
      return starred ? lines.map((l, i) => (i === 0 ? l.trimEnd() : l.trim())).join('\n') : c.text;
    })
    .sort();
}

export function syntaxErrors(text: string): string[] {
  return parse(text)
    .diagnostics.filter((d) => d.severity === 'error')
    .map((d) => `${d.code} ${d.message} @${d.span.start}`);
}

/**
 * Formats `text` (which must parse) and checks the formatter's promises: the output parses, to the same
 * AST, with the same comments, and formatting it again changes nothing. Returns the formatted text.
 */
export function expectSoundFormat(text: string, options: FormatOptions = {}): string {
  const before = parse(text.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, ''));
  const result = formatFlow(text, options);
  if (result.error) throw new Error(`formatFlow refused a text that parses: ${result.error.message}\n${text}`);
  const formatted = result.text;
  const after = parse(formatted);
  const errors = after.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    throw new Error(
      `the formatted text does not parse: ${errors.map((d) => `${d.message} @${d.span.start}`).join('; ')}\n--- input\n${text}\n--- output\n${formatted}`,
    );
  }
  expect(stripSpans(after.ast), `same AST\n--- input\n${text}\n--- output\n${formatted}`).toEqual(stripSpans(before.ast));
  expect(commentTexts(after.ast), `same comments\n--- input\n${text}\n--- output\n${formatted}`).toEqual(
    commentTexts(before.ast),
  );
  const again = formatFlow(formatted, options);
  expect(again.text, `idempotent\n--- input\n${text}\n--- once\n${formatted}`).toBe(formatted);
  return formatted;
}
