// Cursor markers for editor-query tests: a .flow source with `<|>` where the cursor is.
import { analyze, type Analysis, type Span } from '../../compiler/src/index.js';

export const CURSOR = '<|>';

/** The source without its marker, and the marker's offset. */
export function withCursor(source: string): { text: string; offset: number } {
  const offset = source.indexOf(CURSOR);
  if (offset < 0 || source.indexOf(CURSOR, offset + 1) >= 0) throw new Error(`the source needs exactly one ${CURSOR}`);
  return { text: source.slice(0, offset) + source.slice(offset + CURSOR.length), offset };
}

/** Analyses the source without its marker; the offset is the marker's. */
export function analyzeAt(source: string): { analysis: Analysis; offset: number } {
  const { text, offset } = withCursor(source);
  return { analysis: analyze(text), offset };
}

/** The text a span covers. */
export function textOf(analysis: Analysis, span: Span): string {
  return analysis.text.slice(span.start, span.end);
}
