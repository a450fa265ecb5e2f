// parse(text) → AST + syntax diagnostics. Never throws on any text: lexing and parsing recover, and
// every problem becomes a diagnostic in the user's words (never Chevrotain's default messages).
import type { IRecognitionException, IToken, TokenType } from 'chevrotain';
import type * as A from '../ast.js';
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Span } from '../source.js';
import { END_OF_INPUT, parser } from './parser.js';
import { tokenSpan } from './strings.js';
import { screenStarts } from './screen-starts.js';
import {
  ALL_TOKENS,
  Backtick,
  BinaryOperator,
  Dot,
  LBrace,
  LBracket,
  lexer,
  LParen,
  Name,
  NumberLiteral,
  PrefixOperator,
  RBrace,
  RBracket,
  RParen,
  Screen as ScreenKeyword,
  StringLiteral,
} from './tokens.js';

export interface ParseResult {
  readonly ast: A.FlowFile;
  readonly diagnostics: readonly Diagnostic[];
  /** The text was not parsed at all (nested too deeply): the AST is empty, not the file. */
  readonly abandoned?: boolean;
}

export interface ParseOptions {
  /**
   * Lex and parse screen by screen (see screen-starts.ts); by default only a file larger than
   * SCREEN_BY_SCREEN_FROM. The result is the same either way: only time and memory differ.
   */
  readonly screenByScreen?: boolean;
}

/**
 * From this size a file is lexed screen by screen. A smaller file's tokens die young anyway, and the
 * scan for screen starts (about 4 ns a character) would cost more than it saves.
 */
export const SCREEN_BY_SCREEN_FROM = 64 * 1024;

export function parse(text: string, options: ParseOptions = {}): ParseResult {
  // Lexical problems (characters, unclosed comments) come first, as when the file was lexed whole.
  const lexical: Diagnostic[] = [];
  const syntax: Diagnostic[] = [];
  const comments: A.Comment[] = [];
  const screens: A.Screen[] = [];
  let header: A.FlowHeader | undefined;
  const seen = new Set<number>();
  let before: IToken | undefined; // the last token of the chunks parsed so far

  /** Parses one chunk of tokens; `next` is what follows it. */
  const parseChunk = (tokens: IToken[], next: ChunkEnd): void => {
    parser.read(tokens);
    parser.file();
    if (parser.errors.length > 0) {
      const previous = before;
      const tokenBefore = (t: IToken): IToken | undefined => {
        const i = tokens.indexOf(t);
        return i > 0 ? tokens[i - 1] : i === 0 ? previous : undefined;
      };
      for (const e of parser.errors) {
        const d = syntaxError(e, next, text, tokenBefore);
        if (seen.has(d.span.start)) continue; // recovery can report the same spot twice
        seen.add(d.span.start);
        syntax.push(d);
      }
    }
    header ??= parser.parsedHeader;
    screens.push(...parser.parsedScreens);
    syntax.push(...parser.diagnostics);
    before = tokens[tokens.length - 1] ?? before;
  };

  // Each `screen` declaration (and the header before the first one) is parsed as a chunk of its own, so
  // recovery stays local to a screen. A large file is lexed in pieces cut at the same places, so that a
  // screen's tokens are garbage before the next piece is lexed.
  const byScreen = options.screenByScreen ?? text.length >= SCREEN_BY_SCREEN_FROM;
  const pieces = byScreen ? screenStarts(text) : [0];
  try {
    for (let p = 0; p < pieces.length; p++) {
      const pieceEnd = pieces[p + 1] ?? text.length;
      const tokens = lex(text, pieces[p]!, pieceEnd, lexical, comments);
      // Absurd nesting is a diagnostic, not a stack overflow: nothing is parsed (the rest is only lexed).
      const { tooDeep, chunkStarts } = scanTokens(tokens);
      if (tooDeep) {
        for (let k = p + 1; k < pieces.length; k++) lex(text, pieces[k]!, pieces[k + 1] ?? text.length, lexical, comments);
        return nestedTooDeeply(text, tokenSpan(tooDeep), lexical, comments);
      }
      for (let c = 0; c < chunkStarts.length; c++) {
        const chunk = chunkStarts.length === 1 ? tokens : tokens.slice(chunkStarts[c], chunkStarts[c + 1] ?? tokens.length);
        const nextToken = tokens[chunkStarts[c + 1] ?? tokens.length];
        const last = tokens[tokens.length - 1] ?? before;
        const endOfText = last ? last.startOffset + last.image.length : text.length;
        // what follows: the next screen's keyword (in this piece or the next one), or the end of the file
        parseChunk(
          chunk,
          nextToken
            ? { span: tokenSpan(nextToken), found: describe(nextToken, text) }
            : pieceEnd < text.length
              ? { span: { start: pieceEnd, end: pieceEnd + 'screen'.length }, found: "'screen'" }
              : { span: { start: endOfText, end: endOfText }, found: 'the end of the file' },
        );
      }
    }
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    return nestedTooDeeply(text, { start: 0, end: 0 }, lexical, comments);
  }
  return { ast: { kind: 'File', header, screens, comments, span: { start: 0, end: text.length } }, diagnostics: [...lexical, ...syntax] };
}

/** Lexes text[start, end): its tokens, with offsets into the whole text; its problems and comments added. */
function lex(text: string, start: number, end: number, diagnostics: Diagnostic[], comments: A.Comment[]): IToken[] {
  const whole = start === 0 && end === text.length;
  const lexed = lexer.tokenize(whole ? text : text.slice(start, end));
  if (!whole) {
    for (const t of lexed.tokens) shift(t, start);
    for (const t of lexed.groups['comments'] ?? []) shift(t, start);
  }
  for (const e of lexed.errors) {
    const offset = e.offset + start;
    const char = text.slice(offset, offset + 1);
    diagnostics.push(createDiagnostic('FLOW1001', { start: offset, end: offset + (e.length || 1) }, { char: printable(char) }));
  }
  for (const t of lexed.groups['comments'] ?? []) {
    const closed = t.tokenType.name !== 'UnterminatedComment';
    if (!closed) diagnostics.push(createDiagnostic('FLOW1003', { start: t.startOffset, end: t.startOffset + 2 }));
    comments.push({ kind: 'Comment', text: t.image, block: t.image.startsWith('/*'), span: tokenSpan(t) });
  }
  return lexed.tokens;
}

function shift(t: IToken, by: number): void {
  t.startOffset += by;
  if (t.endOffset !== undefined) t.endOffset += by;
}

/** Deeper than any real flow, shallow enough for the default stack. */
const MAX_NESTING = 100;

// What the scan before parsing needs to know of each token type, by Chevrotain's tokenTypeIdx.
const OPENS = 1;
const CLOSES = 2;
const OPERATOR = 4;
/** May sit inside one expression: an operator chain continues across it. */
const IN_EXPRESSION = 8;
const SCREEN = 16;
const NAME = 32;
const KINDS: number[] = [];
for (const type of ALL_TOKENS) {
  const is = (category: TokenType) => type.CATEGORIES?.includes(category) ?? false;
  let kind = 0;
  if (type === LBrace || type === LBracket || type === LParen) kind |= OPENS;
  if (type === RBrace || type === RBracket || type === RParen) kind |= CLOSES;
  if (is(BinaryOperator) || is(PrefixOperator)) kind |= OPERATOR;
  if (is(Name)) kind |= NAME;
  if (type === ScreenKeyword) kind |= SCREEN;
  if (type === Dot || type === LParen || type === RParen || is(Name) || is(StringLiteral) || type === NumberLiteral || type === Backtick) {
    kind |= IN_EXPRESSION;
  }
  KINDS[type.tokenTypeIdx!] = kind;
}

interface TokenScan {
  /** The first token past MAX_NESTING levels of brackets, or of operators in one expression chain. */
  readonly tooDeep?: IToken;
  /**
   * Where each chunk starts: 0, then every screen declaration — `screen NAME` outside any brackets (the
   * word `screen` is also a reference root and may be a name, so both conditions matter). After an
   * unclosed bracket the rest is one chunk, as if parsed whole.
   */
  readonly chunkStarts: number[];
}

/**
 * One pass over the tokens before parsing. The parser and later stages recurse once per nesting level
 * (a chain of n operators becomes a tree n levels deep): absurd depths are refused up front.
 */
function scanTokens(tokens: readonly IToken[]): TokenScan {
  const chunkStarts = [0];
  let depth = 0;
  let chain = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const kind = KINDS[t.tokenType.tokenTypeIdx!] ?? 0;
    if (kind & OPENS) depth++;
    else if (kind & CLOSES) depth = Math.max(0, depth - 1);
    else if (kind & SCREEN && i > 0 && depth === 0 && (KINDS[tokens[i + 1]?.tokenType.tokenTypeIdx ?? -1] ?? 0) & NAME) chunkStarts.push(i);
    if (kind & OPERATOR) chain++;
    else if (!(kind & IN_EXPRESSION)) chain = 0;
    if (depth > MAX_NESTING || chain > MAX_NESTING) return { tooDeep: t, chunkStarts };
  }
  return { chunkStarts };
}

function nestedTooDeeply(text: string, span: Span, diagnostics: Diagnostic[], comments: A.Comment[]): ParseResult {
  diagnostics.push(createDiagnostic('FLOW1009', span, { max: MAX_NESTING }));
  return { ast: { kind: 'File', screens: [], comments, span: { start: 0, end: text.length } }, diagnostics, abandoned: true };
}

/** What follows a chunk's input: the next screen's keyword, or the end of the file. */
interface ChunkEnd {
  readonly span: Span;
  readonly found: string;
}

function syntaxError(
  e: IRecognitionException,
  end: ChunkEnd,
  text: string,
  tokenBefore: (t: IToken) => IToken | undefined,
): Diagnostic {
  const t = e.token;
  const atEnd = t.tokenType.name === 'EOF' || Number.isNaN(t.startOffset);
  const span: Span = atEnd ? end.span : tokenSpan(t);
  const found = atEnd ? end.found : describe(t, text);
  // the token before the error (Chevrotain's previousToken is unreliable after recovery)
  const previous = atEnd ? undefined : tokenBefore(t);
  switch (e.name) {
    case 'MismatchedTokenException':
      // recovery skipped tokens after the last screen it could read: not Chevrotain's "expected EOF"
      if (e.message === END_OF_INPUT) return createDiagnostic('FLOW1006', span, { found });
      return createDiagnostic('FLOW1004', span, {
        expected: expectedAfter(e.message, previous, atEnd ? undefined : t),
        found,
      });
    case 'NotAllInputParsedException':
      return createDiagnostic('FLOW1006', span, { found });
    default:
      return createDiagnostic('FLOW1005', span, { expected: e.message, found });
  }
}

/** Tokens that start a value: after a property key they mean the ':' was forgotten. */
const VALUE_STARTS = new Set(['ClosedString', 'UnterminatedString', 'NumberLiteral', 'Backtick', 'LBracket', 'Kw_true', 'Kw_false']);

/** A sharper "expected …" where the token before the error tells what was meant. */
function expectedAfter(expected: string, previous: IToken | undefined, found: IToken | undefined): string {
  const before = previous && !Number.isNaN(previous.startOffset) ? previous.tokenType.name : undefined;
  if (expected === Name.LABEL) {
    if (before === 'Kw_navigate') return 'the screen to go to (navigate SCREEN)';
    if (before === 'Kw_screen') return 'the screen id (screen NAME "Title" { … })';
    if (before === 'Dot') return "a name after '.'";
  }
  if (expected === StringLiteral.LABEL && before === 'Kw_open_url') return 'the address to open (open_url "https://…")';
  if (before === 'LowerIdent' && found && VALUE_STARTS.has(found.tokenType.name)) {
    return `':' between '${previous!.image}' and its value`;
  }
  return expected;
}

function describe(t: IToken, text: string): string {
  const image = text.slice(t.startOffset, t.startOffset + t.image.length);
  const shown = image.length > 24 ? `${image.slice(0, 21)}…` : image;
  return `'${shown}'`;
}

function printable(c: string): string {
  const code = c.codePointAt(0) ?? 0;
  return code < 32 ? `\\u${code.toString(16).padStart(4, '0')}` : c;
}
