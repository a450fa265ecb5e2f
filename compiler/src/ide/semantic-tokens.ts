// Semantic tokens: each screen id, data field and input name in the text, with what it names — also
// where the grammar alone cannot tell (`navigate THANKS`, `${data.count}` inside a string, a payload key
// that is a field of the next screen). The index of occurrences (occurrences.ts) has them all.
import { occurrences } from './occurrences.js';
import type { Analysis, SemanticToken } from './types.js';

export function semanticTokens(analysis: Analysis): SemanticToken[] {
  const tokens: SemanticToken[] = [];
  let end = -1;
  for (const o of occurrences(analysis).all) {
    if (o.span.start < end) continue; // one token per place (a name indexed twice)
    tokens.push({ span: o.span, kind: o.symbol.kind, declaration: o.declaration });
    end = o.span.end;
  }
  return tokens;
}
