// Running the real `flowc` binary in temporary folders, for the CLI tests. Needs `npm run build` first
// (the root `npm test` does it): the bin runs the bundle in compiler/dist.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = join(ROOT, 'compiler', 'bin', 'flowc.js');

export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `flowc …args` in `cwd`, with the colour and GitHub settings of the outer environment removed. */
export function flowc(args: readonly string[], cwd: string, env: Record<string, string | undefined> = {}): Run {
  const base = { ...process.env };
  for (const name of ['NO_COLOR', 'FORCE_COLOR', 'GITHUB_WORKSPACE']) delete base[name];
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, env: { ...base, ...env }, encoding: 'utf8' });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const made: string[] = [];

/** A fresh temporary folder holding `files` (path → text); removed after the test file. */
export function workspace(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'flowc-test-'));
  made.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

beforeAll(() => {
  if (!existsSync(join(ROOT, 'compiler', 'dist', 'flowc.cjs'))) {
    throw new Error('compiler/dist/flowc.cjs is missing: run `npm run build` before these tests');
  }
});

afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
