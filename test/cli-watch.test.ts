// flowc watch, run as a real process: a first build, a round after each change, Ctrl+C ends it with 0.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { BIN, flowc, workspace } from './support/cli.js';

const GOOD = (heading: string) => `flow demo { version "7.3" }
screen WELCOME "Welcome" {
  terminal
  TextHeading "${heading}"
  Footer "Done" -> complete
}
`;
const BROKEN = GOOD('Hello').replace('TextHeading', 'TextHeadin');

/** A running `flowc watch`, with what it wrote to stderr so far. */
class Watcher {
  stderr = '';
  readonly exited: Promise<number | null>;
  private readonly child: ChildProcess;

  constructor(args: readonly string[], cwd: string) {
    this.child = spawn(process.execPath, [BIN, 'watch', ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
    this.child.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.exited = new Promise((resolve) => this.child.once('exit', (code) => resolve(code)));
  }

  /** Resolves when the n-th "watching for changes" line has been written. */
  async rounds(n: number, timeoutMs = 10_000): Promise<void> {
    const start = Date.now();
    while ((this.stderr.match(/watching for changes/g) ?? []).length < n) {
      if (Date.now() - start > timeoutMs) throw new Error(`no round ${n} after ${timeoutMs} ms; stderr:\n${this.stderr}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  interrupt(): Promise<number | null> {
    this.child.kill('SIGINT');
    return this.exited;
  }

  kill(): void {
    this.child.kill('SIGKILL');
  }
}

const running: Watcher[] = [];
function start(args: readonly string[], cwd: string): Watcher {
  const w = new Watcher(args, cwd);
  running.push(w);
  return w;
}
afterEach(() => {
  for (const w of running.splice(0)) w.kill();
});

describe('flowc watch', () => {
  test('builds, builds again after a change, keeps the last good output on an error, and stops on Ctrl+C', async () => {
    const dir = workspace({ 'flows/demo.flow': GOOD('Hello') });
    const out = join(dir, 'flows', 'demo.json');
    const w = start(['flows'], dir);
    await w.rounds(1);
    expect(readFileSync(out, 'utf8')).toContain('"Hello"');

    writeFileSync(join(dir, 'flows', 'demo.flow'), GOOD('Hello again'));
    await w.rounds(2);
    expect(w.stderr).toContain('demo.flow changed: building again');
    expect(readFileSync(out, 'utf8')).toContain('"Hello again"');

    writeFileSync(join(dir, 'flows', 'demo.flow'), BROKEN);
    await w.rounds(3);
    expect(w.stderr).toContain('error[FLOW5001]');
    expect(readFileSync(out, 'utf8')).toContain('"Hello again"');

    expect(await w.interrupt()).toBe(0);
  });

  test('a new .flow file in a watched folder is built; the .json it writes starts no round', async () => {
    const dir = workspace({ 'flows/a.flow': GOOD('A') });
    const w = start(['flows'], dir);
    await w.rounds(1);
    mkdirSync(join(dir, 'flows', 'more'));
    writeFileSync(join(dir, 'flows', 'more', 'b.flow'), GOOD('B'));
    await w.rounds(2);
    expect(existsSync(join(dir, 'flows', 'more', 'b.json'))).toBe(true);
    // give a round started by the .json files time to show up: there must be none
    await new Promise((r) => setTimeout(r, 400));
    expect((w.stderr.match(/watching for changes/g) ?? []).length).toBe(2);
    expect(await w.interrupt()).toBe(0);
  });

  test('a changed project config starts a round: its limits apply', async () => {
    const names = ['ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX', 'SEVEN', 'EIGHT', 'NINE'];
    const nine = names
      .map((id, i) =>
        i < names.length - 1
          ? `screen ${id} "Step" {\n  TextBody "Step"\n  Footer "Next" -> navigate ${names[i + 1]}\n}\n`
          : `screen ${id} "Done" {\n  terminal\n  Footer "Done" -> complete\n}\n`,
      )
      .join('');
    const dir = workspace({ 'flows/package.json': '{ "name": "flows" }\n', 'flows/nine.flow': nine });
    const w = start(['flows'], dir);
    await w.rounds(1);
    expect(w.stderr).toContain('error[FLOW6001]');
    expect(existsSync(join(dir, 'flows', 'nine.json'))).toBe(false);
    writeFileSync(join(dir, 'flows', 'flowc.config.json'), '{ "limits": "meta" }\n');
    await w.rounds(2);
    expect(w.stderr).toContain('flowc.config.json changed: building again');
    expect(existsSync(join(dir, 'flows', 'nine.json'))).toBe(true);
    expect(await w.interrupt()).toBe(0);
  });

  test('a file named on the command line is seen when an editor saves it by renaming a new file over it', async () => {
    const dir = workspace({ 'demo.flow': GOOD('Hello'), 'other.flow': GOOD('Other') });
    const w = start(['demo.flow', '--out-dir', 'out'], dir);
    await w.rounds(1);
    writeFileSync(join(dir, 'other.flow'), GOOD('Not watched'));
    writeFileSync(join(dir, '.demo.flow.swp'), GOOD('Renamed'));
    const { renameSync } = await import('node:fs');
    renameSync(join(dir, '.demo.flow.swp'), join(dir, 'demo.flow'));
    await w.rounds(2);
    expect(readFileSync(join(dir, 'out', 'demo.json'), 'utf8')).toContain('"Renamed"');
    expect(existsSync(join(dir, 'out', 'other.json'))).toBe(false);
    expect(await w.interrupt()).toBe(0);
  });

  test('bad usage and a missing input end it at once with exit code 2', () => {
    const dir = workspace();
    expect(flowc(['watch'], dir)).toMatchObject({ status: 2 });
    const missing = flowc(['watch', 'nope.flow'], dir);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("cannot read 'nope.flow'");
  });
});
