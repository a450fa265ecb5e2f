// Finding the .flow files of the command line, where their output goes, and writing output atomically.
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync, type Stats } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { ConfigError, ConfigFinder, type FoundConfig } from './config.js';
import type { CliIo } from './io.js';

export interface FlowInput {
  /** Absolute path. */
  readonly path: string;
  /** The path as shown in messages: relative to the working folder. */
  readonly display: string;
  /** Where it is relative to the folder it was found in ('' for a file named on the command line). */
  readonly relativeDir: string;
}

export interface Collected {
  readonly inputs: readonly FlowInput[];
  /** Inputs that do not exist or cannot be read: flowc stops with exit code 2. */
  readonly problems: readonly string[];
  /** Folders given on the command line that hold no .flow file. */
  readonly emptyFolders: readonly string[];
}

const SKIPPED_FOLDERS = new Set(['node_modules']);

/**
 * Files named on the command line are taken as they are (they must end in .flow); folders are searched
 * recursively for *.flow, in name order, skipping node_modules, folders whose name starts with a dot, and
 * symbolic links to folders. A file reached twice is compiled once.
 */
export function collectInputs(args: readonly string[], cwd: string): Collected {
  const inputs: FlowInput[] = [];
  const problems: string[] = [];
  const emptyFolders: string[] = [];
  const seen = new Set<string>();
  const add = (path: string, relativeDir: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    inputs.push({ path, display: displayPath(path, cwd), relativeDir });
  };

  for (const arg of args) {
    const path = resolve(cwd, arg);
    const stats = statArgument(arg, path, problems);
    if (!stats) continue;
    if (stats.isDirectory()) {
      const before = inputs.length;
      const problemsBefore = problems.length;
      walk(path, '', add, problems);
      if (inputs.length === before && problems.length === problemsBefore) emptyFolders.push(arg);
    } else if (!stats.isFile()) {
      problems.push(`cannot read '${arg}': not a file or folder`);
    } else if (!path.endsWith('.flow')) {
      problems.push(`'${arg}' is not a .flow file`);
    } else {
      add(path, '');
    }
  }
  return { inputs, problems, emptyFolders };
}

function walk(folder: string, relativeDir: string, add: (path: string, relativeDir: string) => void, problems: string[]) {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    problems.push(`cannot read folder '${folder}': ${reason(error)}`);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        isFile = statSync(path).isFile();
      } catch {
        continue; // a dangling link
      }
    }
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) {
        walk(path, join(relativeDir, entry.name), add, problems);
      }
    } else if (isFile && entry.name.endsWith('.flow')) {
      add(path, relativeDir);
    }
  }
}

/** `<name>.json` beside the input, or under `outDir` keeping the input's place in the folder it was found in. */
export function outputPath(input: FlowInput, outDir: string | undefined): string {
  const name = `${basename(input.path, '.flow')}.json`;
  return outDir === undefined ? join(dirname(input.path), name) : join(outDir, input.relativeDir, name);
}

export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel === '' ? '.' : rel;
}

/**
 * Writes through a temporary file in the same folder and a rename, so the file is either the old one or
 * the complete new one, never a partial write. Keeps the permissions of a file it replaces.
 */
export function writeFileAtomic(path: string, text: string): void {
  const folder = dirname(path);
  mkdirSync(folder, { recursive: true });
  const mode = statSync(path, { throwIfNoEntry: false })?.mode;
  const temp = join(folder, `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
  try {
    writeFileSync(temp, text, { flag: 'wx', ...(mode === undefined ? {} : { mode: mode & 0o7777 }) });
    renameSync(temp, path);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // never created, or already renamed
    }
    throw error;
  }
}

/** What `path` (named `arg` on the command line) is; undefined, with a problem added, if it cannot be read. */
export function statArgument(arg: string, path: string, problems: string[]): Stats | undefined {
  try {
    return statSync(path);
  } catch (error) {
    problems.push(`cannot read '${arg}': ${reason(error)}`);
    return undefined;
  }
}

/** The reason of a file-system error in words: 'no such file or directory'. */
export function reason(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  const messages: Record<string, string> = {
    ENOENT: 'no such file or folder',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EISDIR: 'is a folder',
    ENOTDIR: 'a part of the path is not a folder',
    EROFS: 'read-only file system',
    ENOSPC: 'no space left on device',
  };
  return (e?.code && messages[e.code]) ?? (e instanceof Error ? e.message : String(error));
}

/**
 * Reads every input and finds its project config (flowc.config.json or package.json "flowc", see
 * config.ts) before anything is done: what cannot be read is added to `problems`, which stop the run.
 */
export function readInputs(
  inputs: readonly FlowInput[],
  cwd: string,
  problems: string[],
): { texts: Map<string, string>; configs: Map<string, FoundConfig> } {
  const texts = new Map<string, string>();
  for (const input of inputs) {
    try {
      texts.set(input.path, readFileSync(input.path, 'utf8'));
    } catch (error) {
      problems.push(`cannot read '${input.display}': ${reason(error)}`);
    }
  }
  const configs = new Map<string, FoundConfig>();
  const finder = new ConfigFinder(cwd);
  for (const input of inputs) {
    try {
      configs.set(input.path, finder.find(dirname(input.path)));
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      if (!problems.includes(error.message)) problems.push(error.message);
    }
  }
  return { texts, configs };
}

/** Writes an output file atomically; a failure is reported on stderr. Returns false when it failed. */
export function writeOutput(io: CliIo, command: string, path: string, display: string, text: string): boolean {
  try {
    writeFileAtomic(path, text);
    return true;
  } catch (error) {
    io.stderr(`flowc ${command}: cannot write '${display}': ${reason(error)}\n`);
    return false;
  }
}
