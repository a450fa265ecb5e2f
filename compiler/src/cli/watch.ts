// flowc watch: build, then build again whenever a .flow file (or a project config) under the inputs
// changes, until Ctrl+C. Each round is a whole `build` of the same arguments, so a file added to a watched
// folder is picked up and every round reports every flow's diagnostics, as `tsc --watch` does.
import { watch as watchPath, type FSWatcher } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { ParsedArgs } from './args.js';
import { build } from './build.js';
import type { Command } from './command.js';
import { compileFiles } from './compile-files.js';
import { CONFIG_FILE } from './config.js';
import { collectInputs, statArgument } from './files.js';
import { EXIT, type CliIo } from './io.js';

/** How long the files must be quiet before a round starts: an editor's save is several events. */
const SETTLE_MS = 100;

export const watchCommand: Command = {
  name: 'watch',
  summary: 'Build, then build again whenever a .flow file or the project config changes',
  usage: 'watch <files or folders…> [options]',
  description: [
    'Builds like `flowc build`, then watches the files and folders named and builds again after every',
    'change to a .flow file, a flowc.config.json or a package.json under them, until Ctrl+C (exit code 0).',
    'Each round compiles every flow again and reports all of their diagnostics. A flow with errors',
    'leaves its last good .json in place. Bad usage or a missing input stops it at once (exit code 2).',
  ].join('\n'),
  options: build.options,
  examples: ['flowc watch flows                   # flows/x.flow → flows/x.json, on every save', 'flowc watch signup.flow --out-dir dist'],
  run: (args, io) => watchFiles(args, io, untilInterrupted()),
};

/** Runs rounds until `stop` settles; returns the exit code. */
export async function watchFiles(args: ParsedArgs, io: CliIo, stop: Promise<void>): Promise<number> {
  const round = () => compileFiles(args, io, { write: true, verb: 'compiled' }, 'watch');
  // Usage problems (no input, an input that does not exist) end the command as they end `build`.
  if (args.positionals.length === 0 || collectInputs(args.positionals, io.cwd).problems.length > 0) return round();

  let pending: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const changed = (file: string) => {
    if (!isWatchedFile(file)) return;
    clearTimeout(pending);
    pending = setTimeout(() => {
      running = running.then(async () => {
        io.stderr(`\n[${time()}] ${file} changed: building again\n`);
        await round();
        io.stderr(`[${time()}] watching for changes (Ctrl+C to stop)\n`);
      });
    }, SETTLE_MS);
  };

  const watchers: FSWatcher[] = [];
  try {
    await round();
    for (const target of watchTargets(args.positionals, io.cwd)) {
      const watcher = watchPath(target.path, { recursive: target.folder }, (_event, name) => {
        const file = name ? String(name) : '';
        if (target.only === undefined || basename(file) === target.only) changed(target.only ?? file);
      });
      // a watched folder that goes away ends nothing: its watcher is closed, the others go on
      watcher.on('error', () => watcher.close());
      watchers.push(watcher);
    }
    io.stderr(`[${time()}] watching for changes (Ctrl+C to stop)\n`);
    await stop;
    return EXIT.ok;
  } finally {
    clearTimeout(pending);
    for (const w of watchers) w.close();
    await running;
  }
}

/** .flow files, and the files the project config is read from. */
function isWatchedFile(file: string): boolean {
  const name = basename(file);
  return name.endsWith('.flow') || name === CONFIG_FILE || name === 'package.json';
}

interface WatchTarget {
  readonly path: string;
  readonly folder: boolean;
  /** For a file: its name, watched through its folder (an editor that saves by renaming replaces the file). */
  readonly only?: string;
}

function watchTargets(args: readonly string[], cwd: string): WatchTarget[] {
  return args.map((arg): WatchTarget => {
    const path = resolve(cwd, arg);
    return statArgument(arg, path, [])?.isDirectory() ? { path, folder: true } : { path: dirname(path), folder: false, only: basename(path) };
  });
}

function untilInterrupted(): Promise<void> {
  return new Promise((resolveStop) => {
    process.once('SIGINT', () => resolveStop());
    process.once('SIGTERM', () => resolveStop());
  });
}

function time(): string {
  return new Date().toTimeString().slice(0, 8);
}
