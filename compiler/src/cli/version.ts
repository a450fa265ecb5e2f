// The flowc version: put into the bundle at build time (scripts/bundle.mjs), read from package.json otherwise.
import { readFileSync } from 'node:fs';

declare const __FLOWC_VERSION__: string | undefined;

export function flowcVersion(): string {
  if (typeof __FLOWC_VERSION__ === 'string') return __FLOWC_VERSION__;
  // dist/cli/version.js (or src/cli/version.ts) → compiler/package.json
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
