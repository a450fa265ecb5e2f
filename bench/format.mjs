// flowc formatter benchmark: `node bench/format.mjs` after `npx tsc -p compiler/tsconfig.json`.
//
// Target: formatting the largest legal flow (Meta's limits: 100 screens × 50 components) costs at most 3×
// compiling it. Like bench/run.mjs, every figure is a ratio against a reference measured in the same
// process, interleaved with it, as a median of many runs; it is a report and exits 0 — unless the generated
// flow does not compile cleanly or formatting it fails, which makes the figures meaningless.
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateFlow } from './generate-flow.mjs';
import { interleaved, median, ms, now, printTable, verdict } from './measure.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'compiler', 'dist');
if (!existsSync(join(dist, 'format', 'format.js'))) {
  console.error('bench: compiler/dist/format is missing; run `npx tsc -p compiler/tsconfig.json` first');
  process.exit(1);
}
const { compile, parse } = await import(join(dist, 'index.js'));
const { formatFlow } = await import(join(dist, 'format', 'format.js'));

// The largest flow Meta allows, and one of the default limits for scale.
const largest = generateFlow({ screens: 100, componentsPerScreen: 50, limits: 'meta' });
const small = generateFlow({ screens: 8, componentsPerScreen: 30 });
for (const [label, text] of [['100×50', largest], ['8×30', small]]) {
  const errors = compile(text).diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    console.error(`bench: the generated ${label} flow does not compile cleanly (${errors.length} errors); fix bench/generate-flow.mjs`);
    process.exit(1);
  }
  if (formatFlow(text).error) {
    console.error(`bench: formatFlow refused the generated ${label} flow: ${formatFlow(text).error.message}`);
    process.exit(1);
  }
}
const formattedLargest = formatFlow(largest).text;

console.log(`flowc format bench · node ${process.version} · ${cpus().length} CPU(s) · ${new Date().toISOString()}`);
console.log(`largest legal flow: 100 screens × 50 components, ${(largest.length / 1024).toFixed(0)} KiB of .flow`);
console.log('');

const rows = [];
const row = (what, value, ratio, target) => rows.push({ what, value, ratio, target });

const [tCompile, tFormat, tFormatFormatted, tParse] = interleaved(
  [() => compile(largest), () => formatFlow(largest), () => formatFlow(formattedLargest), () => parse(largest)],
  { runs: 15, warmup: 3 },
);
row('format(100×50) vs compile(100×50)', `${ms(tFormat)} / ${ms(tCompile)}`, tFormat / tCompile, 3);
row('format of formatted text (fmt --check) vs compile', `${ms(tFormatFormatted)} / ${ms(tCompile)}`, tFormatFormatted / tCompile, 3);
row('format(100×50) vs parse(100×50)', `${ms(tFormat)} / ${ms(tParse)}`, tFormat / tParse, undefined);

const [tCompileSmall, tFormatSmall] = interleaved([() => compile(small), () => formatFlow(small)], { runs: 40, warmup: 10 });
row('format(8×30) vs compile(8×30)', `${ms(tFormatSmall)} / ${ms(tCompileSmall)}`, tFormatSmall / tCompileSmall, 3);

// Through Prettier itself (its options handling and doc printer), when it is installed: informative.
try {
  const prettier = await import('prettier');
  const { default: plugin } = await import(join(dist, 'format', 'prettier-plugin.js'));
  const format = () => prettier.format(largest, { parser: 'whatsapp-flow', plugins: [plugin] });
  for (let w = 0; w < 3; w++) await format();
  const times = [];
  for (let r = 0; r < 10; r++) {
    const t0 = now();
    await format();
    times.push(now() - t0);
  }
  const tPrettier = median(times);
  row('prettier.format(100×50) vs compile(100×50)', `${ms(tPrettier)} / ${ms(tCompile)}`, tPrettier / tCompile, undefined);
} catch {
  row('prettier.format(100×50)', 'skipped (prettier not installed)', undefined, undefined);
}

printTable(
  ['measurement', 'median', 'ratio', 'target', 'result'],
  rows.map((r) => [r.what, r.value, ...verdict(r.ratio, r.target)]),
);
process.exit(0);
