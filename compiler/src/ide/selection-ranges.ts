// Selection ranges: "expand selection" steps from the cursor outwards — the word, the value, the
// property, the component, its block's parent … the screen, the file. The spans of the nodes that hold
// the offset, innermost first, each strictly larger than the one before (nodes with equal spans are one step).
import type { Span } from '../source.js';
import { nodePathAt } from './node-at.js';
import type { Analysis } from './types.js';

export function selectionRanges(analysis: Analysis, offset: number): Span[] {
  const steps: Span[] = [];
  const path = nodePathAt(analysis.result.ast, Math.max(0, Math.min(offset, analysis.text.length)));
  for (let i = path.length - 1; i >= 0; i--) {
    const span = path[i]!.span;
    const last = steps[steps.length - 1];
    // an outer step holds the inner one; recovery can leave a parent's span short of its child
    if (last && !(span.start <= last.start && last.end <= span.end && (span.start < last.start || last.end < span.end))) continue;
    steps.push(span);
  }
  return steps;
}
