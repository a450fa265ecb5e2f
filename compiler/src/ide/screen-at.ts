// The screen a position belongs to. Recovery can leave a broken screen's span short of the text that
// follows it, so a position belongs to the last screen that starts before it, not only to one whose
// span contains it.
import type { BoundScreen } from '../semantics/bind.js';
import type { Analysis } from './types.js';

export function screenAt(analysis: Analysis, offset: number): BoundScreen | undefined {
  let found: BoundScreen | undefined;
  for (const s of analysis.flow.screens) {
    if (s.node.span.start <= offset) found = s;
    else break;
  }
  return found;
}
