// The Prettier plugin (flowc/prettier) in real Prettier: through its API, and through its command line on a
// temporary project that installs flowc the way a user's project does (node_modules/flowc with the
// package.json exports map, the plugin bundled from the current source) and names the plugin in .prettierrc.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import * as prettier from 'prettier';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatFlow } from '../compiler/src/format/format.js';
import plugin, { FlowSyntaxError } from '../compiler/src/format/prettier-plugin.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PRETTIER_BIN = join(ROOT, 'node_modules', 'prettier', 'bin', 'prettier.cjs');
const samples = readdirSync(join(ROOT, 'samples'))
  .filter((f) => f.endsWith('.flow'))
  .sort()
  .map((f) => ({ name: f, text: readFileSync(join(ROOT, 'samples', f), 'utf8') }));
const fixtures = join(ROOT, 'test', 'fixtures', 'format');

const UNFORMATTED = 'screen A "A" {TextInput email "Email" {input-type:email;required}\nFooter "Send" -> complete {email: form.email}}\n';
const BROKEN = 'screen A "x" {\n  TextBody "a" =\n}\n';

describe('the plugin through the Prettier API', () => {
  test.each(samples)('$name: the same text as formatFlow', async ({ text }) => {
    const viaPrettier = await prettier.format(text, { parser: 'whatsapp-flow', plugins: [plugin] });
    expect(viaPrettier).toBe(formatFlow(text).text);
  });

  test('every format fixture, with its options', async () => {
    for (const name of readdirSync(fixtures).sort()) {
      const input = readFileSync(join(fixtures, name, 'input.flow'), 'utf8');
      let options = {};
      try {
        options = JSON.parse(readFileSync(join(fixtures, name, 'options.json'), 'utf8'));
      } catch {
        // no options.json
      }
      const expected = readFileSync(join(fixtures, name, 'output.flow'), 'utf8');
      const viaPrettier = await prettier.format(input, { parser: 'whatsapp-flow', plugins: [plugin], ...options });
      expect(viaPrettier, name).toBe(expected);
    }
  });

  test('printWidth, tabWidth and useTabs', async () => {
    for (const options of [{ printWidth: 40 }, { printWidth: 120, tabWidth: 4 }, { printWidth: 30, useTabs: true }]) {
      const viaPrettier = await prettier.format(UNFORMATTED, { parser: 'whatsapp-flow', plugins: [plugin], ...options });
      expect(viaPrettier).toBe(formatFlow(UNFORMATTED, options).text);
    }
  });

  test('the parser is inferred for *.flow files', async () => {
    expect((await prettier.getFileInfo('flows/signup.flow', { plugins: [plugin] })).inferredParser).toBe('whatsapp-flow');
    const viaFilepath = await prettier.format(UNFORMATTED, { filepath: 'a/b.flow', plugins: [plugin] });
    expect(viaFilepath).toBe(formatFlow(UNFORMATTED).text);
  });

  test('a syntax error is reported with its place, as Prettier expects of a parser', async () => {
    const error = await prettier.format(BROKEN, { parser: 'whatsapp-flow', plugins: [plugin] }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SyntaxError);
    expect(error).toBeInstanceOf(FlowSyntaxError);
    expect((error as FlowSyntaxError).loc).toEqual({ start: { line: 2, column: 16 } });
    expect((error as Error).message).toMatch(/^expected '}', found '=' \(2:16\)/);
    // Prettier adds a code frame from `loc`
    expect((error as Error).message).toContain('> 2 |   TextBody "a" =');
  });

  test('pragmas: --require-pragma, --insert-pragma, --check-ignore-pragma', async () => {
    const options = { parser: 'whatsapp-flow', plugins: [plugin] };
    expect(await prettier.format(UNFORMATTED, { ...options, requirePragma: true })).toBe(UNFORMATTED);
    const marked = `// @format\n${UNFORMATTED}`;
    expect(await prettier.format(marked, { ...options, requirePragma: true })).toBe(formatFlow(marked).text);
    expect(await prettier.format(`/**\n * Sign-up.\n * @prettier\n */\n${UNFORMATTED}`, { ...options, requirePragma: true })).not.toContain('{TextInput');
    expect(await prettier.format(UNFORMATTED, { ...options, insertPragma: true })).toBe(`// @format\n\n${formatFlow(UNFORMATTED).text}`);
    expect(await prettier.format(marked, { ...options, insertPragma: true })).toBe(formatFlow(marked).text);
    const ignored = `// @noformat\n${UNFORMATTED}`;
    expect(await prettier.format(ignored, { ...options, checkIgnorePragma: true } as prettier.Options)).toBe(ignored);
  });

  test('// prettier-ignore keeps a component and a screen as written', async () => {
    const text = '// prettier-ignore\nscreen A   "A" {  TextBody   "x"  }\n\nscreen B "B" {\n  // prettier-ignore\n  TextInput  a  "A" {required}\n  TextInput  b  "B" {required}\n}\n';
    expect(await prettier.format(text, { parser: 'whatsapp-flow', plugins: [plugin] })).toBe(
      '// prettier-ignore\nscreen A   "A" {  TextBody   "x"  }\n\nscreen B "B" {\n  // prettier-ignore\n  TextInput  a  "A" {required}\n  TextInput b "B" { required }\n}\n',
    );
  });
});

describe('the plugin through the Prettier command line', () => {
  let project: string;

  /** Runs Prettier's CLI in the temporary project. */
  const prettierCli = (...args: string[]) =>
    spawnSync(process.execPath, [PRETTIER_BIN, ...args], { cwd: project, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const read = (path: string) => readFileSync(join(project, path), 'utf8');

  beforeAll(async () => {
    project = mkdtempSync(join(tmpdir(), 'flowc-prettier-'));
    // node_modules/flowc: the compiler package as npm installs it, its plugin bundled from the current source
    const installed = join(project, 'node_modules', 'flowc');
    mkdirSync(join(installed, 'dist', 'format'), { recursive: true });
    cpSync(join(ROOT, 'compiler', 'package.json'), join(installed, 'package.json'));
    await build({
      entryPoints: [join(ROOT, 'compiler', 'src', 'format', 'prettier-plugin.ts')],
      outfile: join(installed, 'dist', 'format', 'prettier-plugin.js'),
      bundle: true,
      format: 'esm',
      platform: 'node',
      external: ['prettier', 'prettier/*'],
      logLevel: 'warning',
    });
    // prettier, the peer dependency
    symlinkSync(join(ROOT, 'node_modules', 'prettier'), join(project, 'node_modules', 'prettier'), 'dir');
  }, 60_000);

  afterAll(() => {
    rmSync(project, { recursive: true, force: true });
  });

  test('.prettierrc plugins entry: --check lists the unformatted files, --write formats them', () => {
    const work = join(project, 'rc');
    mkdirSync(join(work, 'flows', 'nested'), { recursive: true });
    writeFileSync(join(work, '.prettierrc'), JSON.stringify({ plugins: ['flowc/prettier'], printWidth: 60 }));
    writeFileSync(join(work, 'flows', 'a.flow'), UNFORMATTED);
    const formattedB = formatFlow(samples[0]!.text, { printWidth: 60 }).text!;
    writeFileSync(join(work, 'flows', 'nested', 'b.flow'), formattedB);

    const check = prettierCli('--check', 'rc/**/*.flow');
    expect(check.status, check.stderr).toBe(1);
    expect(check.stderr + check.stdout).toContain('rc/flows/a.flow');
    expect(check.stderr + check.stdout).not.toContain('b.flow');

    const write = prettierCli('--write', 'rc/**/*.flow');
    expect(write.status, write.stderr).toBe(0);
    expect(read('rc/flows/a.flow')).toBe(formatFlow(UNFORMATTED, { printWidth: 60 }).text);
    expect(read('rc/flows/nested/b.flow')).toBe(formattedB);
    expect(prettierCli('--check', 'rc/**/*.flow').status).toBe(0);
  });

  test('a folder argument finds the .flow files', () => {
    const work = join(project, 'folder');
    mkdirSync(work, { recursive: true });
    writeFileSync(join(work, '.prettierrc'), JSON.stringify({ plugins: ['flowc/prettier'], useTabs: true }));
    writeFileSync(join(work, 'c.flow'), UNFORMATTED);
    const write = prettierCli('--write', 'folder');
    expect(write.status, write.stderr).toBe(0);
    expect(read('folder/c.flow')).toBe(formatFlow(UNFORMATTED, { useTabs: true }).text);
  });

  test('--plugin on the command line, without a configuration file', () => {
    const work = join(project, 'flag');
    mkdirSync(work, { recursive: true });
    writeFileSync(join(work, 'd.flow'), UNFORMATTED);
    const out = prettierCli('--plugin', 'flowc/prettier', 'flag/d.flow');
    expect(out.status, out.stderr).toBe(0);
    expect(out.stdout).toBe(formatFlow(UNFORMATTED).text);
  });

  test('a file with a syntax error is reported with its place and not rewritten', () => {
    const work = join(project, 'broken');
    mkdirSync(work, { recursive: true });
    writeFileSync(join(work, '.prettierrc'), JSON.stringify({ plugins: ['flowc/prettier'] }));
    writeFileSync(join(work, 'bad.flow'), BROKEN);
    writeFileSync(join(work, 'good.flow'), UNFORMATTED);
    const write = prettierCli('--write', 'broken/*.flow');
    expect(write.status).toBe(2);
    expect(write.stderr).toContain("broken/bad.flow: SyntaxError: expected '}', found '=' (2:16)");
    expect(write.stderr).toContain('> 2 |   TextBody "a" =');
    expect(read('broken/bad.flow')).toBe(BROKEN);
    expect(read('broken/good.flow')).toBe(formatFlow(UNFORMATTED).text);
  });

  test('an override gives *.js.flow (Facebook Flow) back to Prettier’s own flow parser', () => {
    const work = join(project, 'jsflow');
    mkdirSync(work, { recursive: true });
    writeFileSync(
      join(work, '.prettierrc'),
      JSON.stringify({ plugins: ['flowc/prettier'], overrides: [{ files: '*.js.flow', options: { parser: 'flow' } }] }),
    );
    writeFileSync(join(work, 'types.js.flow'), 'declare export function f(x:number):string\n');
    writeFileSync(join(work, 'e.flow'), UNFORMATTED);
    const write = prettierCli('--write', 'jsflow');
    expect(write.status, write.stderr).toBe(0);
    expect(read('jsflow/types.js.flow')).toBe('declare export function f(x: number): string;\n');
    expect(read('jsflow/e.flow')).toBe(formatFlow(UNFORMATTED).text);
  });
});
