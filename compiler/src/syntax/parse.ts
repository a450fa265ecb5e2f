// parse(text) → AST + syntax diagnostics. Never throws on any text: lexing and parsing recover, and
// every problem becomes a diagnostic in the user's words (never Chevrotain's default messages).
import type { IRecognitionException, IToken } from 'chevrotain';
import type * as A from '../ast.js';
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Span } from '../source.js';
import { END_OF_INPUT, parser } from './parser.js';
import { tokenSpan } from './strings.js';
import { ALL_TOKENS, Backtick, lexer, Name, NumberLiteral, Screen as ScreenKeyword, StringLiteral } from './tokens.js';

export interface ParseResult {
  readonly ast: A.FlowFile;
  readonly diagnostics: readonly Diagnostic[];
  /** The text was not parsed at all (nested too deeply): the AST is empty, not the file. */
  readonly abandoned?: boolean;
}

export function parse(text: string): ParseResult {
  const lexed = lexer.tokenize(text);
  const diagnostics: Diagnostic[] = [];

  for (const e of lexed.errors) {
    const char = text.slice(e.offset, e.offset + 1);
    diagnostics.push(
      createDiagnostic('FLOW1001', { start: e.offset, end: e.offset + (e.length || 1) }, { char: printable(char) }),
    );
  }

  const comments: A.Comment[] = [];
  for (const t of lexed.groups['comments'] ?? []) {
    const closed = t.tokenType.name !== 'UnterminatedComment';
    if (!closed) diagnostics.push(createDiagnostic('FLOW1003', { start: t.startOffset, end: t.startOffset + 2 }));
    comments.push({ kind: 'Comment', text: t.image, block: t.image.startsWith('/*'), span: tokenSpan(t) });
  }

  // Absurd nesting is a diagnostic, not a stack overflow; any overflow that still happens is treated alike.
  const { tooDeep, chunkStarts } = scanTokens(lexed.tokens);
  if (tooDeep) return nestedTooDeeply(text, tooDeep.startOffset, tokenSpan(tooDeep), diagnostics, comments);
  try {
    return parseTokens(text, lexed.tokens, chunkStarts, diagnostics, comments);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    return nestedTooDeeply(text, 0, { start: 0, end: 0 }, diagnostics, comments);
  }
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
  const image = typeof type.PATTERN === 'string' ? type.PATTERN : '';
  let kind = 0;
  if (image === '{' || image === '[' || image === '(') kind |= OPENS;
  if (image === '}' || image === ']' || image === ')') kind |= CLOSES;
  if (['||', '&&', '==', '!=', '<', '<=', '>', '>=', '+', '-', '*', '/', '%', '!'].includes(image)) kind |= OPERATOR;
  const isName = type.CATEGORIES?.includes(Name) ?? false;
  if (isName) kind |= NAME;
  if (image === '.' || image === '(' || image === ')' || isName || type === NumberLiteral || type === Backtick || (type.CATEGORIES?.includes(StringLiteral) ?? false)) {
    kind |= IN_EXPRESSION;
  }
  if (type === ScreenKeyword) kind |= SCREEN;
  KINDS[type.tokenTypeIdx!] = kind;
}

interface TokenScan {
  /** The first token past MAX_NESTING levels of brackets, or of operators in one expression chain. */
  readonly tooDeep?: IToken;
  /**
   * Where each chunk starts: 0, then every screen declaration — `screen NAME` outside any braces (the
   * word `screen` is also a reference root and may be a name, so both conditions matter). After an
   * unclosed brace the rest of the file is one chunk, as if parsed whole.
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

function nestedTooDeeply(text: string, _at: number, span: Span, diagnostics: Diagnostic[], comments: A.Comment[]): ParseResult {
  diagnostics.push(createDiagnostic('FLOW1009', span, { max: MAX_NESTING }));
  return { ast: { kind: 'File', screens: [], comments, span: { start: 0, end: text.length } }, diagnostics, abandoned: true };
}

/**
 * Parses screen by screen: each `screen` declaration (and the header before the first one) is parsed
 * on its own. Recovery stays local to a screen, and a chunk's syntax errors know where the chunk ends.
 */
function parseTokens(
  text: string,
  tokens: IToken[],
  starts: readonly number[],
  diagnostics: Diagnostic[],
  comments: A.Comment[],
): ParseResult {
  const seen = new Set<number>();
  let indexByOffset: Map<number, number> | undefined;
  const tokenBefore = (t: IToken): IToken | undefined => {
    if (!indexByOffset) {
      indexByOffset = new Map();
      tokens.forEach((tok, i) => indexByOffset!.set(tok.startOffset, i));
    }
    const i = indexByOffset.get(t.startOffset);
    return i ? tokens[i - 1] : undefined;
  };
  let header: A.FlowHeader | undefined;
  const screens: A.Screen[] = [];
  for (let c = 0; c < starts.length; c++) {
    const chunk = starts.length === 1 ? tokens : tokens.slice(starts[c], starts[c + 1] ?? tokens.length);
    // what follows this chunk: the next screen's keyword, or the end of the file
    const next = c + 1 < starts.length ? tokens[starts[c + 1]!] : undefined;
    parser.read(chunk);
    parser.file();
    const end = next ? { token: next, offset: next.startOffset } : { offset: lastTokenEnd(tokens, text) };
    for (const e of parser.errors) {
      const d = syntaxError(e, end, text, tokenBefore);
      if (seen.has(d.span.start)) continue; // recovery can report the same spot twice
      seen.add(d.span.start);
      diagnostics.push(d);
    }
    header ??= parser.parsedHeader;
    screens.push(...parser.parsedScreens);
    diagnostics.push(...parser.diagnostics);
  }
  return { ast: { kind: 'File', header, screens, comments, span: { start: 0, end: text.length } }, diagnostics };
}

/** Where a chunk's input ends: at the next screen's keyword, or at the end of the file. */
interface ChunkEnd {
  readonly token?: IToken;
  readonly offset: number;
}

function syntaxError(
  e: IRecognitionException,
  end: ChunkEnd,
  text: string,
  tokenBefore: (t: IToken) => IToken | undefined,
): Diagnostic {
  const t = e.token;
  const atEnd = t.tokenType.name === 'EOF' || Number.isNaN(t.startOffset);
  const span: Span = atEnd ? (end.token ? tokenSpan(end.token) : { start: end.offset, end: end.offset }) : tokenSpan(t);
  const found = atEnd ? (end.token ? describe(end.token, text) : 'the end of the file') : describe(t, text);
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

/** Where "the end of the file" is: just after the last token, so the caret sits next to the code. */
function lastTokenEnd(tokens: readonly IToken[], text: string): number {
  const last = tokens[tokens.length - 1];
  return last ? last.startOffset + last.image.length : text.length;
}
