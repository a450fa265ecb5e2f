// parse(text) → AST + syntax diagnostics. Never throws on any text: lexing and parsing recover, and
// every problem becomes a diagnostic in the user's words (never Chevrotain's default messages).
import type { IRecognitionException, IToken } from 'chevrotain';
import type * as A from '../ast.js';
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Span } from '../source.js';
import { AstBuilder, tokenSpan } from './build-ast.js';
import { parser } from './parser.js';
import { lexer } from './tokens.js';

export interface ParseResult {
  readonly ast: A.FlowFile;
  readonly diagnostics: readonly Diagnostic[];
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

  parser.input = lexed.tokens;
  const cst = parser.file();
  const lastEnd = lastTokenEnd(lexed.tokens, text);
  const seen = new Set<number>();
  for (const e of parser.errors) {
    const d = syntaxError(e, lastEnd, text);
    if (seen.has(d.span.start)) continue; // recovery can report the same spot twice
    seen.add(d.span.start);
    diagnostics.push(d);
  }

  const builder = new AstBuilder(text);
  const ast = builder.file(cst, comments);
  diagnostics.push(...builder.diagnostics);
  return { ast, diagnostics };
}

function syntaxError(e: IRecognitionException, lastEnd: number, text: string): Diagnostic {
  const t = e.token;
  const atEnd = t.tokenType.name === 'EOF' || Number.isNaN(t.startOffset);
  const span: Span = atEnd ? { start: lastEnd, end: lastEnd } : tokenSpan(t);
  const found = atEnd ? 'the end of the file' : describe(t, text);
  switch (e.name) {
    case 'MismatchedTokenException':
      return createDiagnostic('FLOW1004', span, { expected: e.message, found });
    case 'NotAllInputParsedException':
      return createDiagnostic('FLOW1006', span, { found });
    default:
      return createDiagnostic('FLOW1005', span, { expected: e.message, found });
  }
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
