// flowc fmt, run in-process (runFmt with a recording CliIo) on temporary folders; and, when the CLI is
// built, as a real process through compiler/bin/flowc.js.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { parseArgs } from '../compiler/src/cli/args.js';
import { fmt, runFmt } from '../compiler/src/cli/fmt.js';
import type { CliIo } from '../compiler/src/cli/io.js';
import { formatFlow } from '../compiler/src/format/format.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const UNFORMATTED = 'screen A "A" {TextInput email "Email" {input-type:email;required}\nFooter "Send" -> complete {email: form.email}}\n';
const FORMATTED = formatFlow(UNFORMATTED).text!;
const BROKEN = 'screen A "x" {\n  TextBody "a" =\n}\n';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'flowc-fmt-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function write(path: string, text: string): string {
  const full = join(dir, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, text);
  return full;
}
const read = (path: string) => readFileSync(join(dir, path), 'utf8');

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    cwd: dir,
    env: {},
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    stderrIsTTY: () => false,
  };
  const code = await runFmt(parseArgs(argv, fmt.options), io);
  return { code, stdout, stderr };
}

describe('flowc fmt', () => {
  test('rewrites the unformatted files of folders and files, and leaves the others alone', async () => {
    write('flows/a.flow', UNFORMATTED);
    write('flows/deep/b.flow', FORMATTED);
    write('flows/node_modules/c.flow', UNFORMATTED);
    write('single.flow', UNFORMATTED);
    const before = statSync(join(dir, 'flows/deep/b.flow')).mtimeMs;
    const out = await run('flows', 'single.flow');
    expect(out.code).toBe(0);
    expect(read('flows/a.flow')).toBe(FORMATTED);
    expect(read('single.flow')).toBe(FORMATTED);
    expect(read('flows/node_modules/c.flow')).toBe(UNFORMATTED);
    expect(statSync(join(dir, 'flows/deep/b.flow')).mtimeMs).toBe(before);
    expect(out.stderr).toBe('3 files formatted, 2 rewritten\n');
    // atomic writes leave no temporary file behind
    expect(readdirSync(join(dir, 'flows')).sort()).toEqual(['a.flow', 'deep', 'node_modules']);
  });

  test('keeps the permissions of a file it rewrites', async () => {
    const path = write('a.flow', UNFORMATTED);
    chmodSync(path, 0o640);
    expect((await run('a.flow')).code).toBe(0);
    expect(statSync(path).mode & 0o777).toBe(0o640);
  });

  test('never rewrites a file that does not parse: reports it and exits 1', async () => {
    write('bad.flow', BROKEN);
    write('good.flow', UNFORMATTED);
    const out = await run('.');
    expect(out.code).toBe(1);
    expect(read('bad.flow')).toBe(BROKEN);
    expect(read('good.flow')).toBe(FORMATTED);
    expect(out.stderr).toContain("error[FLOW1004]: expected '}', found '='");
    expect(out.stderr).toContain('bad.flow:2:16');
    expect(out.stderr).toContain('2 files formatted, 1 rewritten, 1 with syntax errors left as it is');
  });

  test('--check lists the files that need formatting and writes nothing', async () => {
    write('a.flow', UNFORMATTED);
    write('b.flow', FORMATTED);
    write('sub/c.flow', UNFORMATTED);
    const out = await run('--check', '.');
    expect(out.code).toBe(1);
    expect(out.stdout).toBe(`a.flow\n${join('sub', 'c.flow')}\n`);
    expect(out.stderr).toBe('3 files checked, 2 need formatting\n');
    expect(read('a.flow')).toBe(UNFORMATTED);

    await run('.');
    const clean = await run('--check', '.');
    expect(clean).toEqual({ code: 0, stdout: '', stderr: '3 files checked, all formatted\n' });
  });

  test('--check fails on a file with a syntax error', async () => {
    write('bad.flow', BROKEN);
    const out = await run('--check', 'bad.flow');
    expect(out.code).toBe(1);
    expect(out.stderr).toContain('1 file checked, all formatted, 1 with syntax errors not checked');
  });

  test('--stdout prints the formatted text and writes nothing', async () => {
    write('a.flow', UNFORMATTED);
    const out = await run('a.flow', '--stdout');
    expect(out).toEqual({ code: 0, stdout: FORMATTED, stderr: '' });
    expect(read('a.flow')).toBe(UNFORMATTED);
  });

  test('--print-width, --tab-width and --use-tabs', async () => {
    write('a.flow', UNFORMATTED);
    expect((await run('a.flow', '--stdout', '--print-width', '30', '--tab-width', '4')).stdout).toBe(
      formatFlow(UNFORMATTED, { printWidth: 30, tabWidth: 4 }).text,
    );
    expect((await run('a.flow', '--stdout', '--print-width=30', '--use-tabs')).stdout).toBe(
      formatFlow(UNFORMATTED, { printWidth: 30, useTabs: true }).text,
    );
  });

  test.each([
    [[], 'no input'],
    [['--check', '--stdout', 'a.flow'], '--check and --stdout cannot be used together'],
    [['--print-width', 'wide', 'a.flow'], "--print-width needs a whole number of at least 1, not 'wide'"],
    [['--tab-width', '-1', 'a.flow'], 'needs a value'],
    [['missing.flow'], "cannot read 'missing.flow'"],
    [['notes.txt'], "'notes.txt' is not a .flow file"],
  ])('bad usage %j exits 2 and writes nothing', async (argv, message) => {
    write('a.flow', UNFORMATTED);
    write('notes.txt', 'x');
    let out;
    try {
      out = await run(...argv);
    } catch (error) {
      // parseArgs itself rejects some usages (main.ts turns that into exit 2)
      expect(String(error)).toContain(message);
      return;
    }
    expect(out.code).toBe(2);
    expect(out.stderr).toContain(message);
    expect(read('a.flow')).toBe(UNFORMATTED);
  });
});

describe('flowc fmt as a process', () => {
  const bin = join(ROOT, 'compiler', 'bin', 'flowc.js');
  const bundle = join(ROOT, 'compiler', 'dist', 'flowc.cjs');
  // runs when the built CLI has the command (npm run build)
  const built = existsSync(bundle) && readFileSync(bundle, 'utf8').includes('flowc fmt');
  test.runIf(built)('formats, checks, and reports through compiler/bin/flowc.js', () => {
    write('a.flow', UNFORMATTED);
    const flowc = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8' });
    const check = flowc('fmt', '--check', '.');
    expect(check.status).toBe(1);
    expect(check.stdout).toBe('a.flow\n');
    const format = flowc('fmt', '.');
    expect(format.status, format.stderr).toBe(0);
    expect(read('a.flow')).toBe(FORMATTED);
    expect(flowc('fmt', '--check', '.').status).toBe(0);
    expect(flowc('help', 'fmt').stdout).toContain('Usage: flowc fmt <files or folders…> [options]');
  });
});
