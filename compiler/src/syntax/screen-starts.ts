// Where each screen declaration starts in a .flow text, found before lexing, so that the file can be
// lexed and parsed one screen at a time: the tokens of a screen are garbage before the next screen is
// lexed, instead of the whole file's tokens living (and being copied by the garbage collector) until
// the end of the parse. Words, strings, comments, backtick expressions and numbers are read with the
// lexer's own patterns, so a `screen` inside one of them is never taken for a declaration.
import type { TokenType } from 'chevrotain';
import * as T from './tokens.js';

/** The patterns of the given tokens as one sticky regular expression, tried in the lexer's order. */
function sticky(...types: TokenType[]): RegExp {
  return new RegExp(types.map((t) => `(?:${(t.PATTERN as RegExp).source})`).join('|'), 'y');
}

const COMMENT = sticky(T.LineComment, T.BlockComment, T.UnterminatedComment);
const QUOTED = sticky(T.ClosedString, T.UnterminatedString, T.Backtick);
const NUMBER = sticky(T.NumberLiteral);
const WORD = sticky(T.UpperIdent, T.LowerIdent);

/** Matches `pattern` at `at`; the length matched, 0 for none. */
function matchAt(pattern: RegExp, text: string, at: number): number {
  pattern.lastIndex = at;
  return pattern.test(text) ? pattern.lastIndex - at : 0;
}

// Character codes, compared directly: this scan runs over every character of the file.
const SPACE = 32;
const TAB = 9;
const LF = 10;
const FF = 12;
const CR = 13;
const BOM = 0xfeff;
const SLASH = 47;
const STAR = 42;
const QUOTE = 34;
const BACKTICK = 96;

const isWhiteSpace = (c: number) => c === SPACE || c === LF || c === CR || c === TAB || c === FF || c === BOM;
const isWordStart = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;

/** Skips white space and comments from `at`. */
function skipTrivia(text: string, at: number): number {
  for (;;) {
    const c = text.charCodeAt(at);
    if (isWhiteSpace(c)) at++;
    else if (c === SLASH && (text.charCodeAt(at + 1) === SLASH || text.charCodeAt(at + 1) === STAR)) at += matchAt(COMMENT, text, at);
    else return at;
  }
}

/**
 * 0, then the offset of every screen declaration: `screen NAME` outside any brackets and not the first
 * token (the token parser's rule for chunks; `screen` is also a reference root and may be a name).
 * After an unclosed bracket the rest of the file is one chunk, as if parsed whole.
 */
export function screenStarts(text: string): number[] {
  const starts = [0];
  let depth = 0;
  let first = true;
  let at = skipTrivia(text, 0);
  while (at < text.length) {
    const c = text.charCodeAt(at);
    let next = at + 1;
    if (isWordStart(c)) {
      next = at + matchAt(WORD, text, at);
      if (!first && depth === 0 && next - at === 6 && text.startsWith('screen', at) && isWordStart(text.charCodeAt(skipTrivia(text, next)))) {
        starts.push(at);
      }
    } else if (c === QUOTE || c === BACKTICK) {
      next = at + Math.max(1, matchAt(QUOTED, text, at));
    } else if (c >= 48 && c <= 57) {
      next = at + matchAt(NUMBER, text, at); // `1e5screen` is the number 1e5, then the word `screen`
    } else if (c === 123 || c === 91 || c === 40) {
      depth++;
    } else if (c === 125 || c === 93 || c === 41) {
      depth = Math.max(0, depth - 1);
    }
    first = false;
    at = skipTrivia(text, next);
  }
  return starts;
}
