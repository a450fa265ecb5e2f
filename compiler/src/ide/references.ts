// Find references: every place the screen, data field or input under the cursor is written, from a
// use or from its declaration, in document order.
import type { Span } from '../source.js';
import { occurrenceAt, occurrencesOf } from './occurrences.js';
import type { Analysis } from './types.js';

export function referencesAt(analysis: Analysis, offset: number, includeDeclaration: boolean): Span[] {
  const here = occurrenceAt(analysis, offset);
  if (!here) return [];
  return occurrencesOf(analysis, here.symbol)
    .filter((o) => includeDeclaration || !o.declaration)
    .map((o) => o.span);
}
