// parse(text) → AST + syntax diagnostics. Never throws on any text: lexing and parsing recover, and
// every problem becomes a diagnostic in the user's words (never Chevrotain's default messages).
import { tokenMatcher, type IRecognitionException, type IToken } from 'chevrotain';
import type * as A from '../ast.js';
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Span } from '../source.js';
import { AstBuilder, tokenSpan } from './build-ast.js';
import { END_OF_INPUT, parser } from './parser.js';
import { Backtick, lexer, Name, NumberLiteral, Screen as ScreenKeyword, StringLiteral } from './tokens.js';

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

  // The parser and the AST builder recurse once per nesting level: refuse absurd depths up front
  // (a diagnostic, not a stack overflow), and treat any overflow that still happens the same way.
  const tooDeep = firstTooDeep(lexed.tokens);
  if (tooDeep) return nestedTooDeeply(text, tooDeep.startOffset, tokenSpan(tooDeep), diagnostics, comments);
  try {
    return parseTokens(text, lexed.tokens, diagnostics, comments);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    return nestedTooDeeply(text, 0, { start: 0, end: 0 }, diagnostics, comments);
  }
}

/** Deeper than any real flow, shallow enough for the default stack. */
const MAX_NESTING = 100;

const OPERATORS = new Set(['||', '&&', '==', '!=', '<', '<=', '>', '>=', '+', '-', '*', '/', '%', '!']);
/** Tokens that may sit inside one expression: an operator chain continues across them. */
const EXPRESSION_TOKENS = new Set(['.', '(', ')']);

/**
 * The first token past MAX_NESTING levels of brackets, or of operators in one expression chain (a
 * chain of n operators becomes a tree n levels deep, which later stages walk recursively).
 */
function firstTooDeep(tokens: readonly IToken[]): IToken | undefined {
  let depth = 0;
  let chain = 0;
  for (const t of tokens) {
    const image = t.image;
    if (image === '{' || image === '[' || image === '(') depth++;
    else if (image === '}' || image === ']' || image === ')') depth--;
    if (OPERATORS.has(image)) chain++;
    else if (!EXPRESSION_TOKENS.has(image) && !isOperand(t)) chain = 0;
    if (depth > MAX_NESTING || chain > MAX_NESTING) return t;
  }
  return undefined;
}

function isOperand(t: IToken): boolean {
  const type = t.tokenType;
  return type === NumberLiteral || type === Backtick || tokenMatcher(t, Name) || tokenMatcher(t, StringLiteral);
}

function nestedTooDeeply(text: string, _at: number, span: Span, diagnostics: Diagnostic[], comments: A.Comment[]): ParseResult {
  diagnostics.push(createDiagnostic('FLOW1009', span, { max: MAX_NESTING }));
  return { ast: { kind: 'File', screens: [], comments, span: { start: 0, end: text.length } }, diagnostics, abandoned: true };
}

/**
 * Parses screen by screen: each `screen` declaration (and the header before the first one) is parsed
 * on its own and turned into AST at once, so the concrete syntax tree of one screen is garbage before
 * the next is built. One CST for a whole large file outlives the young generation of V8's collector,
 * and copying it at every collection made parsing superlinear.
 */
function parseTokens(text: string, tokens: IToken[], diagnostics: Diagnostic[], comments: A.Comment[]): ParseResult {
  const builder = new AstBuilder(text);
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
  const starts = chunkStarts(tokens);
  for (let c = 0; c < starts.length; c++) {
    const chunk = tokens.slice(starts[c], starts[c + 1] ?? tokens.length);
    // what follows this chunk: the next screen's keyword, or the end of the file
    const next = c + 1 < starts.length ? tokens[starts[c + 1]!] : undefined;
    parser.input = chunk;
    const cst = parser.file();
    const end = next ? { token: next, offset: next.startOffset } : { offset: lastTokenEnd(tokens, text) };
    for (const e of parser.errors) {
      const d = syntaxError(e, end, text, tokenBefore);
      if (seen.has(d.span.start)) continue; // recovery can report the same spot twice
      seen.add(d.span.start);
      diagnostics.push(d);
    }
    const part = builder.file(cst, comments);
    header ??= part.header;
    screens.push(...part.screens);
  }
  diagnostics.push(...builder.diagnostics);
  return {
    ast: { kind: 'File', ...(header ? { header } : {}), screens, comments, span: { start: 0, end: text.length } },
    diagnostics,
  };
}

/**
 * Where each chunk starts: 0, then every screen declaration — `screen NAME` outside any braces (the word
 * `screen` is also a reference root and may be a name, so both conditions matter). After an unclosed
 * brace the rest of the file is one chunk, as if parsed whole.
 */
function chunkStarts(tokens: readonly IToken[]): number[] {
  const starts = [0];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const image = t.image;
    if (image === '{' || image === '[' || image === '(') depth++;
    else if (image === '}' || image === ']' || image === ')') depth = Math.max(0, depth - 1);
    else if (i > 0 && depth === 0 && t.tokenType === ScreenKeyword) {
      const next = tokens[i + 1];
      if (next && tokenMatcher(next, Name)) starts.push(i);
    }
  }
  return starts;
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
