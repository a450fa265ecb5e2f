// formatFlow(text) → the canonical layout of a .flow text, or the syntax error that stops it. What
// `flowc fmt`, the language server and `flowc import` call; the Prettier plugin prints the same Doc
// (printer.ts) through Prettier itself.
import { printer } from 'prettier/doc';
import type * as A from '../ast.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { SourceFile } from '../source.js';
import { parse } from '../syntax/parse.js';
import { printFlowDoc } from './printer.js';

export interface FormatOptions {
  /** The line length the printer wraps at; default 80. */
  readonly printWidth?: number;
  /** Spaces per indentation level; default 2. */
  readonly tabWidth?: number;
  /** Indent with tabs instead of spaces; default false. */
  readonly useTabs?: boolean;
}

/** Why a text was not formatted: its first syntax error. */
export interface FormatError {
  /** The error in words, with its place: "expected … (3:14)". */
  readonly message: string;
  /** 1-based line and column of the error. */
  readonly line: number;
  readonly column: number;
  /** The first syntax error, and all of them. */
  readonly diagnostic: Diagnostic;
  readonly diagnostics: readonly Diagnostic[];
}

export type FormatResult =
  | { readonly text: string; readonly error?: undefined }
  | { readonly error: FormatError; readonly text?: undefined };

/**
 * Formats a .flow text. A text with a syntax error (any error `parse` reports) is not formatted: the
 * result is its first error instead. Line endings become \n; a leading byte order mark stays (as Prettier
 * keeps it).
 */
export function formatFlow(text: string, options: FormatOptions = {}): FormatResult {
  const parsed = parseForFormat(text);
  if ('error' in parsed) return { error: parsed.error };
  const formatted = printDoc(printFlowDoc(parsed.ast, parsed.text), options);
  return { text: text.charCodeAt(0) === 0xfeff ? `\uFEFF${formatted}` : formatted };
}

/** The text as the printer sees it (line endings \n, no byte order mark), parsed; or its first error. */
export function parseForFormat(text: string): { ast: A.FlowFile; text: string } | { error: FormatError } {
  const normalized = normalizeText(text);
  const { ast, diagnostics } = parse(normalized);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) return { error: formatError(normalized, errors) };
  return { ast, text: normalized };
}

export function printDoc(doc: ReturnType<typeof printFlowDoc>, options: FormatOptions = {}): string {
  return printer.printDocToString(doc, {
    printWidth: options.printWidth ?? 80,
    tabWidth: options.tabWidth ?? 2,
    useTabs: options.useTabs ?? false,
  }).formatted;
}

function normalizeText(text: string): string {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return withoutBom.includes('\r') ? withoutBom.replace(/\r\n?/g, '\n') : withoutBom;
}

function formatError(text: string, errors: readonly Diagnostic[]): FormatError {
  const first = errors.reduce((a, b) => (b.span.start < a.span.start ? b : a));
  const { line, column } = new SourceFile(text).position(first.span.start);
  return { message: `${first.message} (${line}:${column})`, line, column, diagnostic: first, diagnostics: errors };
}
