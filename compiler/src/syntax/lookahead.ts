// Chevrotain's LL(k) lookahead, with a table on the next token in front of it.
//
// Where a choice needs more than one token to decide (a member of a block: `data {` or `data: …`; a
// value: `data.x` or the bare word `data`), Chevrotain tries every path of every alternative in turn, on
// every call. Most tokens decide alone: `TextInput` can only start a component. So for each kind of next
// token this works out once whether it settles the choice, and only the tokens that do not (here:
// the words that can start more than one alternative) take Chevrotain's full path walk. Every choice
// goes through the table, those of one token too: the paths are worked out once, not twice.
import {
  EOF,
  getLookaheadPaths,
  LLkLookaheadStrategy,
  type IOrAlt,
  type OptionalProductionType,
  type Rule,
  type TokenType,
} from 'chevrotain';

type Path = readonly TokenType[];
type Alternatives = readonly (readonly Path[])[];

/** Table entries: an alternative's index, or one of these. */
const NO_ALTERNATIVE = -1;
const ASK_CHEVROTAIN = -2;

interface Recognizer {
  LA(howMuch: number): { tokenTypeIdx: number };
}

export class FirstTokenLookahead extends LLkLookaheadStrategy {
  private readonly tokens: readonly TokenType[];

  /** `tokens`: every token type the lexer makes (EOF is added). */
  constructor(options: { maxLookahead: number; tokens: readonly TokenType[] }) {
    super(options);
    this.tokens = [...options.tokens, EOF];
  }

  override buildLookaheadForAlternation(options: {
    prodOccurrence: number;
    rule: Rule;
    maxLookahead: number;
    hasPredicates: boolean;
    dynamicTokensEnabled: boolean;
  }): (this: Recognizer, orAlts?: IOrAlt<unknown>[]) => number | undefined {
    // alternatives with a GATE need it asked on every call
    if (options.hasPredicates) return super.buildLookaheadForAlternation(options);
    const alternatives = getLookaheadPaths({
      occurrence: options.prodOccurrence,
      rule: options.rule,
      prodType: 'Alternation',
      maxLookahead: options.maxLookahead,
    });
    const table = this.table((next) => choose(alternatives, next));
    // Chevrotain's path walk, made the first time a token needs it: the paths are costly to work out, and
    // every `flowc` run pays for them at start-up
    let full: ((this: Recognizer) => number | undefined) | undefined;
    const walk = () => (full ??= super.buildLookaheadForAlternation(options) as (this: Recognizer) => number | undefined);
    return function (this: Recognizer) {
      const decided = table[this.LA(1).tokenTypeIdx] ?? NO_ALTERNATIVE;
      return decided >= 0 ? decided : decided === NO_ALTERNATIVE ? undefined : walk().call(this);
    };
  }

  override buildLookaheadForOptional(options: {
    prodOccurrence: number;
    prodType: OptionalProductionType;
    rule: Rule;
    maxLookahead: number;
    dynamicTokensEnabled: boolean;
  }): (this: Recognizer) => boolean {
    const [inside = []] = getLookaheadPaths({
      occurrence: options.prodOccurrence,
      rule: options.rule,
      prodType: options.prodType,
      maxLookahead: options.maxLookahead,
    });
    const table = this.table((next) => choose([inside], next));
    let full: ((this: Recognizer) => boolean) | undefined;
    const walk = () => (full ??= super.buildLookaheadForOptional(options) as (this: Recognizer) => boolean);
    return function (this: Recognizer) {
      const decided = table[this.LA(1).tokenTypeIdx] ?? NO_ALTERNATIVE;
      return decided === ASK_CHEVROTAIN ? walk().call(this) : decided === 0;
    };
  }

  /** What `decide` says for each kind of next token, by token type index. */
  private table(decide: (next: TokenType) => number): number[] {
    const table: number[] = [];
    for (const t of this.tokens) table[t.tokenTypeIdx!] = decide(t);
    return table;
  }
}

/**
 * The alternative a next token of type `next` settles on: the first alternative with a path that can start
 * with it, if that path is this one token (or empty) — the earlier alternatives cannot match, and this one
 * does. If its path goes on, what follows decides: ASK_CHEVROTAIN.
 */
function choose(alternatives: Alternatives, next: TokenType): number {
  for (let alt = 0; alt < alternatives.length; alt++) {
    const starting = alternatives[alt]!.filter((path) => path.length === 0 || matches(next, path[0]!));
    if (starting.length === 0) continue;
    return starting.some((path) => path.length <= 1) ? alt : ASK_CHEVROTAIN;
  }
  return NO_ALTERNATIVE;
}

/** Whether a token of type `next` matches `expected` (the same type, or one of its categories). */
function matches(next: TokenType, expected: TokenType): boolean {
  return next === expected || (expected.categoryMatchesMap?.[next.tokenTypeIdx!] ?? false);
}
