// Bundles the extension for VS Code: src/extension.ts → dist/extension.cjs, and the language server
// (../language-server/src/main.ts, with the compiler and Chevrotain inside) → dist/server.cjs.
// Why one file each: the .vsix ships no node_modules (`vsce package --no-dependencies`), and Chevrotain is
// ESM-only while VS Code loads extensions as CommonJS; esbuild turns all of it into one CommonJS file.
//
//   node scripts/bundle.mjs            minified, no source maps (what `vsce package` ships)
//   node scripts/bundle.mjs --dev      readable, with source maps, for debugging in the Extension Host
//
// The server imports 'flowc'. It is bundled from the compiler's TypeScript sources (compiler/src), not
// from compiler/dist, so that the bundle never depends on a stale or missing `npm run build`.
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const extensionDir = fileURLToPath(new URL('..', import.meta.url));
const repoDir = join(extensionDir, '..');
const compilerDir = join(repoDir, 'compiler');
const serverEntry = join(repoDir, 'language-server', 'src', 'main.ts');
const distDir = join(extensionDir, 'dist');
const dev = process.argv.includes('--dev');

/** `flowc` and `flowc/<subpath>` → the compiler's source file behind that export in its package.json. */
const flowcFromSource = {
  name: 'flowc-from-source',
  setup(b) {
    const exportsMap = JSON.parse(readFileSync(join(compilerDir, 'package.json'), 'utf8')).exports;
    b.onResolve({ filter: /^flowc(?:\/.*)?$/ }, (args) => {
      const subpath = args.path === 'flowc' ? '.' : `./${args.path.slice('flowc/'.length)}`;
      const target = exportsMap[subpath];
      const built = typeof target === 'string' ? target : target?.default;
      if (typeof built !== 'string' || !/^\.\/dist\/.*\.js$/.test(built)) {
        return { errors: [{ text: `'${args.path}' is not an export of the compiler (compiler/package.json)` }] };
      }
      const source = join(compilerDir, built.replace(/^\.\/dist\//, 'src/').replace(/\.js$/, '.ts'));
      if (!existsSync(source)) return { errors: [{ text: `'${args.path}': no source file ${relative(repoDir, source)}` }] };
      return { path: source };
    });
  },
};

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20', // VS Code 1.91 runs extensions on Node 20
  minify: !dev,
  sourcemap: dev ? 'linked' : false,
  legalComments: dev ? 'inline' : 'eof',
  logLevel: 'warning',
  // CommonJS output has no import.meta: a module that needs it would break at run time, so fail here.
  logOverride: { 'empty-import-meta': 'error' },
};

mkdirSync(distDir, { recursive: true });
for (const stale of ['extension.cjs.map', 'server.cjs.map']) rmSync(join(distDir, stale), { force: true });

await build({
  ...common,
  entryPoints: [join(extensionDir, 'src', 'extension.ts')],
  outfile: join(distDir, 'extension.cjs'),
  external: ['vscode'],
});
console.log(`bundled ${relative(repoDir, join(distDir, 'extension.cjs'))}`);

if (existsSync(serverEntry)) {
  await build({
    ...common,
    entryPoints: [serverEntry],
    outfile: join(distDir, 'server.cjs'),
    plugins: [flowcFromSource],
  });
  console.log(`bundled ${relative(repoDir, join(distDir, 'server.cjs'))} (from ${relative(repoDir, dirname(serverEntry))})`);
} else {
  rmSync(join(distDir, 'server.cjs'), { force: true });
  console.log(
    `NOTE: ${relative(repoDir, serverEntry)} does not exist yet, so dist/server.cjs was not built: ` +
      'this build has highlighting and snippets but no language server. Bundle again once the server exists.',
  );
}
