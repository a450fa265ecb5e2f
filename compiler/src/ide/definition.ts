// Go to definition: from a screen id, data field or input name (in code, in "${…}" strings, in
// backtick expressions, in payload keys) to where it is declared. A name declared twice (an input in
// both branches of an If) has two definitions.
import type { Span } from '../source.js';
import { occurrenceAt, occurrencesOf } from './occurrences.js';
import type { Analysis } from './types.js';

export function definitionAt(analysis: Analysis, offset: number): Span[] {
  const here = occurrenceAt(analysis, offset);
  if (!here) return [];
  return occurrencesOf(analysis, here.symbol)
    .filter((o) => o.declaration)
    .map((o) => o.span);
}
