// The project config: settings for every flow of a project, so that each file need not repeat them.
// Looked up from each input's folder upwards: the first folder with a `flowc.config.json`, or with a
// package.json that has a "flowc" key, holds it. The walk stops at the first package.json (the root of
// the package) or at the root of the file system. Today the config holds `limits`; see docs/cli.md.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { LimitsProfile } from '../semantics/settings.js';
import { closest, orList } from './args.js';
import { displayPath } from './files.js';

export interface ProjectConfig {
  /** The limits profile of a flow without its own `limits` setting. */
  readonly limits?: LimitsProfile;
}

export interface FoundConfig {
  readonly config: ProjectConfig;
  /** The file it was read from (flowc.config.json or package.json), absolute. */
  readonly path?: string;
}

export const CONFIG_FILE = 'flowc.config.json';

const KEYS = ['limits', '$schema'];
const LIMITS: readonly LimitsProfile[] = ['default', 'meta'];

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * Finds the project config of files in a folder, caching per folder. Throws a ConfigError for a config
 * that cannot be read or is not valid (flowc stops before compiling anything).
 */
export class ConfigFinder {
  private readonly cache = new Map<string, FoundConfig>();

  constructor(private readonly cwd: string) {}

  find(folder: string): FoundConfig {
    const visited: string[] = [];
    let found: FoundConfig | undefined;
    for (let dir = folder; ; dir = dirname(dir)) {
      const cached = this.cache.get(dir);
      if (cached) {
        found = cached;
        break;
      }
      visited.push(dir);
      const own = this.read(dir);
      if (own) {
        found = own;
        break;
      }
      if (dirname(dir) === dir) break;
    }
    found ??= { config: {} };
    for (const dir of visited) this.cache.set(dir, found);
    return found;
  }

  /** The config a folder itself decides: from flowc.config.json, else from package.json (which ends the walk). */
  private read(dir: string): FoundConfig | undefined {
    const configPath = join(dir, CONFIG_FILE);
    if (isFile(configPath)) return { config: this.validate(parseJson(configPath, this.cwd), configPath, ''), path: configPath };
    const packagePath = join(dir, 'package.json');
    if (!isFile(packagePath)) return undefined;
    const pkg = parseJson(packagePath, this.cwd);
    const section = isObject(pkg) ? pkg['flowc'] : undefined;
    if (section === undefined) return { config: {} };
    return { config: this.validate(section, packagePath, '"flowc" '), path: packagePath };
  }

  private validate(value: unknown, path: string, where: string): ProjectConfig {
    const fail = (problem: string): never => {
      throw new ConfigError(`invalid project config '${displayPath(path, this.cwd)}': ${where}${problem}`);
    };
    if (!isObject(value)) return fail('must be a JSON object, e.g. { "limits": "meta" }');
    for (const key of Object.keys(value)) {
      if (KEYS.includes(key)) continue;
      const guess = closest(key, KEYS);
      fail(`unknown key "${key}"${guess ? ` (did you mean "${guess}"?)` : ''}; the config knows "limits"`);
    }
    const limits = value['limits'];
    if (limits === undefined) return {};
    if (typeof limits !== 'string' || !(LIMITS as readonly string[]).includes(limits)) {
      fail(`"limits" is ${JSON.stringify(limits)}: expected ${orList(LIMITS.map((l) => `"${l}"`))}`);
    }
    return { limits: limits as LimitsProfile };
  }
}

function parseJson(path: string, cwd: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`cannot read project config '${displayPath(path, cwd)}': ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`invalid project config '${displayPath(path, cwd)}': not valid JSON (${(error as Error).message})`);
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false; // a folder we may not look into holds no config for us
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
