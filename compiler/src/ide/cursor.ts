// The text around a cursor, as completion needs it in text that is being typed: the partial word, the
// tokens before it, whether the cursor sits in a string, backtick expression or comment, and the
// brackets still open at the cursor. Read from the compiler's own lexer, which never fails (an
// unknown character is skipped), so this works however broken the text is.
import { tokenMatcher, type IToken, type TokenType } from 'chevrotain';
import * as T from '../syntax/tokens.js';
import type { Span } from '../source.js';
import type { Analysis } from './types.js';

export interface Lexed {
  /** The tokens the parser sees. */
  readonly tokens: readonly IToken[];
  /** Comments, in order. */
  readonly comments: readonly IToken[];
}

const lexedCache = new WeakMap<Analysis, Lexed>();

export function lexed(analysis: Analysis): Lexed {
  let l = lexedCache.get(analysis);
  if (!l) {
    const result = T.lexer.tokenize(analysis.text);
    l = { tokens: result.tokens, comments: result.groups['comments'] ?? [] };
    lexedCache.set(analysis, l);
  }
  return l;
}

export const endOf = (t: IToken): number => t.startOffset + t.image.length;
export const isName = (t: IToken | undefined): boolean => t !== undefined && tokenMatcher(t, T.Name);
export const is = (t: IToken | undefined, type: TokenType): boolean => t !== undefined && tokenMatcher(t, type);

export interface Cursor {
  readonly offset: number;
  /** The word the cursor is in or touches (a name token); empty at the cursor when there is none. */
  readonly word: Span;
  /** The tokens that end at or before the word, in order. */
  readonly before: readonly IToken[];
  /** The string, backtick expression or comment the cursor is inside. */
  readonly inside?: { readonly kind: 'string' | 'backtick' | 'comment'; readonly token: IToken };
}

export function cursorAt(analysis: Analysis, offset: number): Cursor {
  const { tokens, comments } = lexed(analysis);
  for (const c of comments) {
    const closed = c.tokenType === T.BlockComment;
    if (c.startOffset < offset && (offset < endOf(c) || (!closed && offset === endOf(c)))) {
      return { offset, word: { start: offset, end: offset }, before: [], inside: { kind: 'comment', token: c } };
    }
  }
  // the first token that does not end before the cursor
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (endOf(tokens[mid]!) < offset) lo = mid + 1;
    else hi = mid;
  }
  const at = tokens[lo];
  let word: Span = { start: offset, end: offset };
  let firstAfter = lo;
  if (at && at.startOffset <= offset) {
    if (isName(at)) {
      word = { start: at.startOffset, end: endOf(at) };
    } else if (at.startOffset < offset && (offset < endOf(at) || at.tokenType === T.UnterminatedString)) {
      const kind = at.tokenType === T.Backtick ? 'backtick' : 'string';
      if (is(at, T.StringLiteral) || at.tokenType === T.Backtick) {
        return { offset, word, before: tokens.slice(0, lo), inside: { kind, token: at } };
      }
    } else if (endOf(at) <= offset) {
      firstAfter = lo + 1; // a token that ends at the cursor (`.`, `{`) is before it
    }
  }
  return { offset, word, before: tokens.slice(0, firstAfter) };
}

/**
 * The dotted names written just before the word: `screen.B.data.` gives ['screen', 'B', 'data'];
 * undefined when the word does not follow a dot.
 */
export function dottedChain(before: readonly IToken[]): string[] | undefined {
  let i = before.length - 1;
  if (!is(before[i], T.Dot)) return undefined;
  const names: string[] = [];
  while (is(before[i], T.Dot) && isName(before[i - 1])) {
    names.unshift(before[i - 1]!.image);
    i -= 2;
  }
  return names.length > 0 && !is(before[i], T.Dot) ? names : undefined;
}

/**
 * The same chain inside `${…}` in a string or backtick expression: the text from the last unclosed
 * `${` to the cursor. Returns the chain and the partial word, or undefined outside `${…}`.
 */
export function interpolationChain(analysis: Analysis, token: IToken, offset: number): { chain: string[]; word: Span } | undefined {
  const text = analysis.text.slice(token.startOffset + 1, offset);
  const open = text.lastIndexOf('${');
  if (open < 0 || text.indexOf('}', open) >= 0) return undefined;
  const m = /^\s*((?:[A-Za-z_][\w-]*\.)*)([\w-]*)$/.exec(text.slice(open + 2));
  if (!m) return undefined;
  const chain = m[1] ? m[1].slice(0, -1).split('.') : [];
  let end = offset;
  while (end < analysis.text.length && /[\w-]/.test(analysis.text[end]!)) end++;
  return { chain, word: { start: offset - m[2]!.length, end } };
}

/**
 * The brackets open at the end of `before` ({, [ and ( tokens, outermost first). A `screen NAME` starts
 * a new screen at the top level, whatever an earlier screen left open (as the parser's chunks do).
 */
export function openBrackets(before: readonly IToken[]): number[] {
  const open: number[] = [];
  for (let i = 0; i < before.length; i++) {
    const t = before[i]!;
    if (t.tokenType === T.LBrace || t.tokenType === T.LBracket || t.tokenType === T.LParen) open.push(i);
    else if (t.tokenType === T.RBrace || t.tokenType === T.RBracket || t.tokenType === T.RParen) open.pop();
    else if (t.tokenType === T.Screen && isName(before[i + 1]) && !is(before[i - 1], T.Dot) && !is(before[i - 1], T.UpperIdent)) {
      open.length = 0;
    }
  }
  return open;
}
