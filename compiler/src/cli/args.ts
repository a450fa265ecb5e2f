// A small command-line parser: long options (--name, --name=value, --name value, --no-name), a few short
// flags (-h), `--` to end the options, and positionals. Errors are UsageErrors with a suggestion.

export interface OptionSpec {
  /** The long name without dashes: 'out-dir'. */
  readonly name: string;
  /** A one-letter alias without the dash: 'h'. */
  readonly short?: string;
  /** Present when the option takes a value. */
  readonly value?: { readonly placeholder: string; readonly choices?: readonly string[] };
  /** A flag that also accepts --no-<name> (which sets it to false). */
  readonly negatable?: boolean;
  readonly description: string;
}

export interface ParsedArgs {
  readonly positionals: readonly string[];
  /** Flags are booleans; options with a value are strings. Absent when not given. */
  readonly options: Readonly<Record<string, string | boolean | undefined>>;
}

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export function parseArgs(argv: readonly string[], specs: readonly OptionSpec[]): ParsedArgs {
  const positionals: string[] = [];
  const options: Record<string, string | boolean | undefined> = {};
  const byLong = new Map(specs.map((s) => [s.name, s]));
  const byShort = new Map(specs.filter((s) => s.short).map((s) => [s.short!, s]));

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = arg.slice(2, eq < 0 ? undefined : eq);
      const inline = eq < 0 ? undefined : arg.slice(eq + 1);
      let spec = byLong.get(name);
      if (!spec && name.startsWith('no-')) {
        const negated = byLong.get(name.slice(3));
        if (negated?.negatable) {
          if (inline !== undefined) throw new UsageError(`option '--${name}' takes no value`);
          options[negated.name] = false;
          continue;
        }
      }
      if (!spec) throw new UsageError(unknownOption(`--${name}`, specs));
      if (!spec.value) {
        if (inline !== undefined) throw new UsageError(`option '--${name}' takes no value`);
        options[spec.name] = true;
        continue;
      }
      let value = inline;
      if (value === undefined) {
        const next = argv[i + 1];
        if (next === undefined || (next.startsWith('-') && next !== '-')) {
          throw new UsageError(`option '--${name}' needs a value: --${name} ${spec.value.placeholder}`);
        }
        value = next;
        i++;
      }
      options[spec.name] = checkChoice(spec, value);
      continue;
    }
    if (arg.startsWith('-') && arg !== '-') {
      spec: {
        const spec = arg.length === 2 ? byShort.get(arg[1]!) : undefined;
        if (!spec) break spec;
        if (spec.value) {
          const next = argv[i + 1];
          if (next === undefined) throw new UsageError(`option '${arg}' needs a value: ${arg} ${spec.value.placeholder}`);
          options[spec.name] = checkChoice(spec, next);
          i++;
        } else {
          options[spec.name] = true;
        }
        continue;
      }
      throw new UsageError(unknownOption(arg, specs));
    }
    positionals.push(arg);
  }
  return { positionals, options };
}

function checkChoice(spec: OptionSpec, value: string): string {
  const choices = spec.value?.choices;
  if (choices && !choices.includes(value)) {
    throw new UsageError(`invalid value '${value}' for --${spec.name}: expected ${orList(choices)}`);
  }
  return value;
}

function unknownOption(option: string, specs: readonly OptionSpec[]): string {
  const known = specs.flatMap((s) => [`--${s.name}`, ...(s.negatable ? [`--no-${s.name}`] : [])]);
  const guess = closest(option.split('=')[0]!, known);
  return `unknown option '${option}'${guess ? ` (did you mean '${guess}'?)` : ''}`;
}

/** "a", "a or b", "a, b or c". */
export function orList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

/** The candidate nearest to `word` (by edits, a swap of neighbours counting as one) if it looks like a typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  if (best === undefined) return undefined;
  return bestDistance <= (best.length <= 4 ? 1 : 2) ? best : undefined;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current[j] = d;
    }
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}
