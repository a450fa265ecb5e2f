// The project config of a document on disk — flowc.config.json, or a "flowc" key in package.json, found
// from the document's folder upwards — the same file `flowc build` and `flowc check` read, so that the
// editor and the build agree on a flow's limits. Read once per folder; a change to a config file (the
// client watches them) forgets what was read.
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';
import type { LimitsProfile } from 'flowc';
import { CONFIG_FILE, ConfigError, ConfigFinder } from 'flowc/config';

export interface DocumentProjectConfig {
  /** The project's limits profile for flows without their own `limits` line; undefined: the project sets none. */
  readonly limits?: LimitsProfile;
  /** Why the project config could not be used (it cannot be read, or is not valid). */
  readonly error?: string;
}

/** The files whose change can change a project config, as glob patterns for the client to watch. */
export const CONFIG_FILE_PATTERNS = [`**/${CONFIG_FILE}`, '**/package.json'];

export class ProjectConfigs {
  private finder = new ConfigFinder(process.cwd());

  forDocument(uri: string): DocumentProjectConfig {
    if (!uri.startsWith('file:')) return {}; // an untitled document has no folder, hence no project
    try {
      return { limits: this.finder.find(dirname(fileURLToPath(uri))).config.limits };
    } catch (error) {
      if (error instanceof ConfigError) return { error: error.message };
      throw error;
    }
  }

  /** A config file changed: read them again. */
  reset(): void {
    this.finder = new ConfigFinder(process.cwd());
  }
}
