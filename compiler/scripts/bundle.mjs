// Bundles the CLI into one minified file, dist/flowc.cjs, and writes V8's code cache for it,
// dist/flowc.cache. Why: `flowc` runs once per build step, so its start-up time is most of its run time.
// Running tsc's output loads hundreds of modules (chevrotain pulls in lodash-es): about 7× `node -e 0`.
// One bundle is much faster, and the code cache saves compiling it (and the functions a run calls).
// bin/flowc.js loads both; see docs/cli.md ("Start-up").
//
// The bundle is CommonJS so that bin/flowc.js can run it through vm.Script, the one API that takes a
// code cache on Node 20. The cache starts with the build id the bundle ends with, so a cache left over
// from another build is never used (V8 itself only checks the source length, the V8 version and flags).
import { build } from 'esbuild';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = join(root, 'dist', 'flowc.cjs');
const cache = join(root, 'dist', 'flowc.cache');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const buildId = randomBytes(8).toString('hex');

rmSync(cache, { force: true });
await build({
  entryPoints: [join(root, 'src', 'cli', 'entry.ts')],
  outfile: bundle,
  bundle: true,
  minify: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  legalComments: 'eof',
  define: { __FLOWC_VERSION__: JSON.stringify(pkg.version) },
  // version.ts reads package.json through import.meta.url only when __FLOWC_VERSION__ is not defined.
  logOverride: { 'empty-import-meta': 'silent' },
  footer: { js: `//flowc-build:${buildId}` },
  logLevel: 'warning',
});

// Warm-up: run the CLI the way bin/flowc.js does, on flows with and without errors, so that the cache
// holds the functions a real run compiles, not only the top level.
const source = readFileSync(bundle, 'utf8');
// The same wrapper as bin/flowc.js: the cache is only valid for the same source text.
const script = new Script(`(function (require, module, exports) {${source}\n})`, { filename: bundle });
const module = { exports: {} };
script.runInThisContext()(createRequire(bundle), module, module.exports);
const work = mkdtempSync(join(tmpdir(), 'flowc-warm-'));
try {
  writeFileSync(
    join(work, 'ok.flow'),
    [
      'flow warm { version "7.3" }',
      'screen WELCOME "Welcome ${data.name}" {',
      '  data { name = "Jane" }',
      '  terminal',
      '  TextHeading "Hello"',
      '  TextInput name "Your name" { required }',
      '  If form.name != "" { TextBody "Hi" } else { TextBody "Who?" }',
      '  Footer "Done" -> complete { name: form.name }',
      '}',
      '',
    ].join('\n'),
  );
  writeFileSync(join(work, 'bad.flow'), 'flow bad { version "9.9" }\nscreen A "x" { TextBody "a" = }\n');
  const io = { cwd: work, env: {}, stdout() {}, stderr() {}, stderrIsTTY: () => false };
  for (const argv of [['build', 'ok.flow'], ['check', '.'], ['check', '--color', 'bad.flow'], ['check', '--format', 'json', '.']]) {
    await module.exports.main(argv, io);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
writeFileSync(cache, Buffer.concat([Buffer.from(buildId, 'latin1'), script.createCachedData()]));
