// flowc benchmark: `node bench/run.mjs` after `npm run build` (or `npm run bench`, which does both).
//
// The machines this runs on are small and noisy, so every figure is a ratio against a reference measured in
// the same process, interleaved with it, as a median of many runs. It is a report, not a test: it always
// exits 0 — unless a generated flow does not compile cleanly, which makes every figure meaningless.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateFlow } from './generate-flow.mjs';
import { interleaved, ms, printTable, verdict } from './measure.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'compiler', 'dist');
if (!existsSync(join(dist, 'index.js'))) {
  console.error('bench: compiler/dist is missing; run `npm run build` first');
  process.exit(1);
}
/** Imports a module of compiler/dist (a file URL, so Windows paths work too). */
const load = (...parts) => import(pathToFileURL(join(dist, ...parts)).href);
const { compile, parse } = await load('index.js');

// ── helpers ─────────────────────────────────────────────────────────────────────────────────────────────

function assertClean(label, text, options) {
  const result = compile(text, options);
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0 || result.json === undefined) {
    console.error(`bench: the generated ${label} flow does not compile cleanly (${errors.length} errors):`);
    for (const d of errors.slice(0, 20)) {
      const line = text.slice(0, d.span.start).split('\n').length;
      console.error(`  line ${line}: ${d.code} ${d.message}`);
    }
    console.error('Fix bench/generate-flow.mjs (or the compiler): the figures would be meaningless.');
    process.exit(1);
  }
  return result;
}

const rows = [];
/** value: text shown; ratio: number; target: max ratio (or undefined for info rows). */
function row(id, what, value, ratio, target, note = '') {
  rows.push({ id, what, value, ratio, target, note });
}

// ── the flows ───────────────────────────────────────────────────────────────────────────────────────────

const small = generateFlow({ screens: 8, componentsPerScreen: 30 }); // the largest the default limits allow
const large = generateFlow({ screens: 80, componentsPerScreen: 30, limits: 'meta' }); // 10× that
const smallResult = assertClean('8×30', small);
assertClean('80×30', large);
const smallJson = smallResult.json;
const warnings = smallResult.diagnostics.filter((d) => d.severity === 'warning').length;

console.log(`flowc bench · node ${process.version} · ${cpus().length} CPU(s) · ${new Date().toISOString()}`);
console.log(
  `flow (a): 8 screens × 30 components, ${(small.length / 1024).toFixed(1)} KiB of .flow → ` +
    `${(smallJson.length / 1024).toFixed(1)} KiB of JSON (${warnings} warnings)`,
);
console.log(`flow (b): 80 screens × 30 components, ${(large.length / 1024).toFixed(1)} KiB of .flow`);
console.log('');

// ── (a) compile vs JSON.parse of its own output ─────────────────────────────────────────────────────────

const [tCompile, tJsonParse] = interleaved([() => compile(small), () => JSON.parse(smallJson)], {
  runs: 60,
  warmup: 40,
  batches: [1, 20],
});
row('a', 'compile(8×30) vs JSON.parse(its output)', `${ms(tCompile)} / ${ms(tJsonParse)}`, tCompile / tJsonParse, 10);

// ── (b) linear growth ───────────────────────────────────────────────────────────────────────────────────

const [tSmall, tLarge] = interleaved([() => compile(small), () => compile(large)], { runs: 31, warmup: 5 });
row('b', 'compile(80×30) vs compile(8×30), 10× the text', `${ms(tLarge)} / ${ms(tSmall)}`, tLarge / tSmall, 12);

// ── (e) growth: the exponent of cost against size ───────────────────────────────────────────────────────

// (b) compares two sizes; this fits time ∝ screens^k over five, by least squares on the logarithms. k = 1 is
// linear; what (b)'s 12× allows at 10× the size is k ≤ log 12 / log 10 ≈ 1.08.
{
  const sizes = [8, 16, 32, 64, 80];
  const flows = sizes.map((screens) => generateFlow({ screens, componentsPerScreen: 30, limits: 'meta' }));
  const times = interleaved(flows.map((text) => () => compile(text)), { runs: 15, warmup: 3 });
  const xs = sizes.map(Math.log);
  const ys = times.map(Math.log);
  const mean = (v) => v.reduce((a, b) => a + b, 0) / v.length;
  const [mx, my] = [mean(xs), mean(ys)];
  const k = xs.reduce((a, x, i) => a + (x - mx) * (ys[i] - my), 0) / xs.reduce((a, x) => a + (x - mx) ** 2, 0);
  const perScreen = sizes.map((s, i) => `${s}: ${((times[i] / s) * 1000).toFixed(0)}`).join(', ');
  row('e', 'growth exponent k (time ∝ screens^k, 8…80 screens)', k.toFixed(2), undefined, undefined, `µs per screen: ${perScreen}`);
}

// ── (d) parse vs checks vs generation ───────────────────────────────────────────────────────────────────

/** The compile pipeline stage by stage, from compiler/dist's internal modules (not the public API). */
async function loadStages() {
  try {
    const [{ readSettings }, { bind }, { runChecks }, { generate }, { serialize }] = await Promise.all([
      load('semantics', 'settings.js'),
      load('semantics', 'bind.js'),
      load('checks', 'index.js'),
      load('codegen', 'generate.js'),
      load('codegen', 'json.js'),
    ]);
    if ([readSettings, bind, runChecks, generate, serialize].some((f) => typeof f !== 'function')) return undefined;
    return { readSettings, bind, runChecks, generate, serialize };
  } catch {
    return undefined;
  }
}
/** The two steps of parse(): Chevrotain's lexer, and its parser building the AST (internal modules). */
async function loadSyntax() {
  try {
    const [{ lexer }, { parser }] = await Promise.all([load('syntax', 'tokens.js'), load('syntax', 'parser.js')]);
    return lexer && parser && typeof parser.read === 'function' ? { lexer, parser } : undefined;
  } catch {
    return undefined;
  }
}
const stages = await loadStages();
if (stages) {
  const { readSettings, bind, runChecks, generate, serialize } = stages;
  const parsed = parse(small);
  const { settings } = readSettings(parsed.ast.header);
  const bound = bind(parsed.ast, settings);
  const [tParse, tCheck, tGenerate, tAll] = interleaved(
    [
      () => parse(small),
      () => runChecks(bind(parsed.ast, readSettings(parsed.ast.header).settings)),
      () => serialize(generate(bound)),
      () => compile(small),
    ],
    { runs: 40, warmup: 10 },
  );
  row('d', 'parse(8×30)', ms(tParse), undefined, undefined, `${((tParse / tAll) * 100).toFixed(0)}% of compile`);
  row('d', 'settings+bind+checks vs parse', `${ms(tCheck)} / ${ms(tParse)}`, tCheck / tParse, 1, 'future target');
  row('d', 'generate+serialize vs parse', `${ms(tGenerate)} / ${ms(tParse)}`, tGenerate / tParse, undefined);
  const syntax = await loadSyntax();
  if (syntax) {
    const { lexer, parser } = syntax;
    const lex = () => lexer.tokenize(small).tokens;
    const lexAndParse = () => {
      parser.read(lex());
      parser.file();
    };
    const [tLex, tBoth] = interleaved([lex, lexAndParse], { runs: 40, warmup: 10 });
    const p = Math.max(0, tBoth - tLex);
    const split = (t) => `${((t / tBoth) * 100).toFixed(0)}%`;
    row('d', 'parse ≈ lex + parse to AST', `${ms(tLex)} + ${ms(p)}`, undefined, undefined,
      `${split(tLex)} / ${split(p)} (${lex().length} tokens)`);
  }
} else {
  const [tParse, tAll] = interleaved([() => parse(small), () => compile(small)], { runs: 40, warmup: 10 });
  row('d', 'compile vs parse (stages not importable)', `${ms(tAll)} / ${ms(tParse)}`, tAll / tParse, undefined);
  row('d', '(compile − parse) vs parse ≈ checks + generate', `${ms(tAll - tParse)} / ${ms(tParse)}`, (tAll - tParse) / tParse, 1, 'future target');
}

// ── (c) the CLI as a whole process vs an empty node ─────────────────────────────────────────────────────

const bin = join(root, 'compiler', 'bin', 'flowc.js');
if (!existsSync(bin)) {
  row('c', '`flowc build` process vs `node -e 0`', 'skipped', undefined, 2, 'compiler/bin/flowc.js does not exist yet');
} else {
  const work = mkdtempSync(join(tmpdir(), 'flowc-bench-'));
  try {
    const samplesDir = join(root, 'samples');
    const samples = existsSync(samplesDir) ? readdirSync(samplesDir).filter((f) => f.endsWith('.flow')).sort() : [];
    let input;
    let label;
    if (samples.length > 0) {
      // The largest sample is the fairest: a real file, and startup does not hide the compile.
      const sizes = samples.map((f) => ({ f, n: statSync(join(samplesDir, f)).size })).sort((a, b) => b.n - a.n);
      label = `samples/${sizes[0].f}`;
      input = join(work, basename(sizes[0].f));
      copyFileSync(join(samplesDir, sizes[0].f), input);
    } else {
      label = 'generated 8×30 (no samples yet)';
      input = join(work, 'generated.flow');
      writeFileSync(input, small);
    }
    const build = () => spawnSync(process.execPath, [bin, 'build', input], { cwd: work, encoding: 'utf8' });
    const first = build();
    if (first.status !== 0) {
      const why = (first.stderr || first.stdout || String(first.error ?? '')).trim().split('\n').slice(0, 3).join(' | ');
      row('c', `\`flowc build ${label}\` process`, 'error', undefined, 2, `exit ${first.status}: ${why}`);
    } else {
      const [tBuild, tNode] = interleaved(
        [() => build(), () => spawnSync(process.execPath, ['-e', '0'])],
        { runs: 20, warmup: 2 },
      );
      row('c', `\`flowc build ${label}\` vs \`node -e 0\``, `${ms(tBuild)} / ${ms(tNode)}`, tBuild / tNode, 2, 'wall time');
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// ── the report ──────────────────────────────────────────────────────────────────────────────────────────

const order = { a: 0, b: 1, c: 2, d: 3, e: 4 };
rows.sort((x, y) => order[x.id] - order[y.id]);
const table = rows.map((r) => {
  const [ratio, target, result] = verdict(r.ratio, r.target);
  const shown = r.value === 'skipped' ? 'SKIP' : r.value === 'error' ? 'ERROR' : result;
  return [r.id, r.what, r.value, ratio, target, shown, r.note];
});
printTable(['', 'measurement', 'median', 'ratio', 'target', 'result', 'note'], table);
process.exit(0);
