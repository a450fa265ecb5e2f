// Flow JSON versions: which exist, how they compare, and what each version unlocks.
import type { Version } from './types.js';

/** Every Flow JSON version the compiler can target, oldest first. */
export const FLOW_JSON_VERSIONS: readonly Version[] = [
  '2.1', '3.0', '3.1', '4.0', '5.0', '5.1', '6.0', '6.1', '6.2', '6.3', '7.0', '7.1', '7.2', '7.3',
];

/**
 * The first version Meta still publishes: 2.1–4.0 were frozen in April 2025, 5.0 in September 2025
 * (spec §1.2). Flows at a frozen version still run, but cannot be published or updated.
 */
export const OLDEST_PUBLISHABLE_VERSION: Version = '5.1';

/** The version a flow gets when it names none: the newest Meta documents. */
export const DEFAULT_VERSION: Version = '7.3';

/** data_api_version values; "4.0" needs Flow JSON 7.3. */
export const DATA_API_VERSIONS: Readonly<Record<string, Version>> = { '3.0': '3.0', '4.0': '7.3' };

export function isKnownVersion(v: string): boolean {
  return FLOW_JSON_VERSIONS.includes(v);
}

/** "X.Y" as one comparable number (after 1.9 comes 1.10), remembered: checks ask for a handful of
 *  versions thousands of times per compile. */
const ORDINALS = new Map<Version, number>();
function ordinal(v: Version): number {
  let n = ORDINALS.get(v);
  if (n === undefined) {
    const [major = 0, minor = 0] = v.split('.').map(Number);
    ORDINALS.set(v, (n = major * 100_000 + minor));
  }
  return n;
}

/** Compares "X.Y" versions numerically per part (after 1.9 comes 1.10). */
export function compareVersions(a: Version, b: Version): number {
  return ordinal(a) - ordinal(b);
}

/** True when `version` is at least `since` (an absent `since` always holds). */
export function atLeast(version: Version, since: Version | undefined): boolean {
  return since === undefined || compareVersions(version, since) >= 0;
}

/** Language features that depend on the target version (spec §1.3). */
export const FEATURE_SINCE = {
  /** Inputs may sit outside a Form; If, Switch, global `screen.X` references. */
  optionalForm: '4.0',
  globalReferences: '4.0',
  /** Backtick expressions: string interpolation, math, comparisons in properties. */
  expressions: '6.0',
  sensitive: '5.1',
  /** data_channel_uri exists only before 3.0. */
  dataChannelUriUntil: '3.0',
} as const satisfies Record<string, Version>;
