// "Did you mean …?": the closest known name by edit distance, when it is close enough to be a typo.

/**
 * Edit distance with transpositions (optimal string alignment): swapping two neighbours is one typo.
 * A change of case only counts half a step.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const ca = a[i - 1]!;
      const cb = b[j - 1]!;
      const sub = ca === cb ? 0 : ca.toLowerCase() === cb.toLowerCase() ? 0.5 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + sub);
      if (i > 1 && j > 1 && ca === b[j - 2] && a[i - 2] === cb) d = Math.min(d, before[j - 2]! + 1);
      cur[j] = d;
    }
    before = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

/** The candidate nearest to `name`, if within a third of its length (at least 1, at most 3 edits). */
export function closest(name: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.min(3, Math.max(1, Math.floor(name.length / 3)));
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    if (c === name) continue;
    const d = editDistance(name, c);
    if (d <= limit && d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** The help text and fix for a misspelled name. */
export function didYouMean(
  name: string,
  candidates: Iterable<string>,
  span: { start: number; end: number },
): { help?: string; fixes?: { title: string; edits: { span: { start: number; end: number }; newText: string }[] }[] } {
  const best = closest(name, candidates);
  if (!best) return {};
  return {
    help: `did you mean '${best}'?`,
    fixes: [{ title: `Change to '${best}'`, edits: [{ span, newText: best }] }],
  };
}
