// What the benchmarks share: timing in ratios (interleaved runs, medians) and the report table. The
// machines are small and noisy: every figure is a median, and every comparison is made in one process,
// run by run, so noise hits both sides alike.

export const now = () => performance.now();

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Time of one call of fn, in ms; `batch` calls are timed together and averaged (for very fast fns). */
const timeOnce = (fn, batch = 1) => {
  const t0 = now();
  for (let i = 0; i < batch; i++) fn();
  return (now() - t0) / batch;
};

/** Interleaves the measured functions run by run, so noise hits all of them alike; returns medians. */
export function interleaved(fns, { runs, warmup, batches = fns.map(() => 1) }) {
  for (let w = 0; w < warmup; w++) fns.forEach((fn, i) => timeOnce(fn, batches[i]));
  const samples = fns.map(() => []);
  for (let r = 0; r < runs; r++) fns.forEach((fn, i) => samples[i].push(timeOnce(fn, batches[i])));
  return samples.map(median);
}

export const ms = (x) => (x >= 100 ? `${x.toFixed(0)} ms` : x >= 1 ? `${x.toFixed(2)} ms` : `${(x * 1000).toFixed(0)} µs`);

/** A ratio against its target: the cells ratio, target and result of a report row. */
export function verdict(ratio, target) {
  return [
    ratio === undefined ? '' : `${ratio.toFixed(2)}×`,
    target === undefined ? '' : `≤ ${target}×`,
    ratio === undefined || target === undefined ? '' : ratio <= target ? 'PASS' : 'FAIL',
  ];
}

/** Prints rows of cells under `head`, in aligned columns. */
export function printTable(head, table) {
  const widths = head.map((h, i) => Math.max(h.length, ...table.map((t) => t[i].length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  console.log(line(head));
  console.log(line(widths.map((w) => '─'.repeat(w))));
  for (const t of table) console.log(line(t));
}
