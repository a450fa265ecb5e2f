// The one place that knows both worlds: the compiler's offsets, spans, diagnostics and edits on one side,
// LSP positions, ranges, diagnostics and edits on the other. Compiler offsets and LSP characters both
// count UTF-16 code units, so the mapping is only about lines; TextDocument keeps the line starts (for \n,
// \r\n and \r alike) and clamps positions past the end of a line or of the text.
import type {
  CompletionKind,
  Completions,
  Diagnostic as FlowDiagnostic,
  DocumentSymbol as FlowDocumentSymbol,
  Hover as FlowHover,
  Severity,
  Span,
  SymbolKind as FlowSymbolKind,
  TextEdit as FlowTextEdit,
} from 'flowc';
import { messageWithMeta } from 'flowc';
import {
  CompletionItemKind,
  DiagnosticSeverity,
  FoldingRangeKind,
  InsertTextFormat,
  MarkupKind,
  SymbolKind,
  type CompletionItem,
  type CompletionList,
  type Diagnostic,
  type DiagnosticRelatedInformation,
  type DocumentSymbol,
  type FoldingRange,
  type Hover,
  type Location,
  type MarkupContent,
  type Position,
  type Range,
  type SymbolInformation,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';

export const SOURCE = 'flowc';

export function toPosition(document: TextDocument, offset: number): Position {
  return document.positionAt(offset);
}

/** An LSP position as an offset into the text; a position past a line's end or the text's end is clamped. */
export function toOffset(document: TextDocument, position: Position): number {
  return document.offsetAt(position);
}

export function toRange(document: TextDocument, span: Span): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

export function toSpan(document: TextDocument, range: Range): Span {
  const a = document.offsetAt(range.start);
  const b = document.offsetAt(range.end);
  return { start: Math.min(a, b), end: Math.max(a, b) };
}

export function toTextEdit(document: TextDocument, edit: FlowTextEdit): TextEdit {
  return { range: toRange(document, edit.span), newText: edit.newText };
}

const SEVERITY: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export interface DiagnosticOptions {
  /** The client shows relatedInformation; otherwise the related messages go into the message. */
  readonly relatedInformation: boolean;
}

/**
 * A compiler diagnostic as the editor shows it. The code is the FLOW code (no codeDescription: there is no
 * page per code to link to); Meta's code, when there is one, follows the message as in the CLI; the help
 * text goes on a line of its own under the message, since it has no place of its own to point at.
 */
export function toDiagnostic(document: TextDocument, diagnostic: FlowDiagnostic, options: DiagnosticOptions): Diagnostic {
  const lines = [messageWithMeta(diagnostic)];
  if (diagnostic.help) lines.push(`help: ${diagnostic.help}`);
  const related = diagnostic.related ?? [];
  if (!options.relatedInformation) {
    for (const r of related) {
      const { line, character } = document.positionAt(r.span.start);
      lines.push(`${line + 1}:${character + 1}: ${r.message}`);
    }
  }
  const result: Diagnostic = {
    range: toRange(document, diagnostic.span),
    severity: SEVERITY[diagnostic.severity],
    code: diagnostic.code,
    source: SOURCE,
    message: lines.join('\n'),
  };
  if (options.relatedInformation && related.length > 0) {
    result.relatedInformation = related.map(
      (r): DiagnosticRelatedInformation => ({
        location: { uri: document.uri, range: toRange(document, r.span) },
        message: r.message,
      }),
    );
  }
  return result;
}

/** A project config that cannot be used, shown at the top of each file of the project. */
export function configErrorDiagnostic(error: string): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Warning,
    source: SOURCE,
    message: `${error} (until it is fixed, the editor setting whatsappFlow.limits applies)`,
  };
}

/** A diagnostic for a compiler that threw: a bug to report, shown at the top of the file. */
export function internalErrorDiagnostic(failure: string): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Error,
    source: SOURCE,
    message: `flowc failed on this file (a bug in flowc, please report it): ${failure}`,
  };
}

/**
 * The edits that turn `document`'s text into `newText`: one edit over the part that differs (the common
 * beginning and end stay), so the editor keeps the cursor and the undo step small. None when equal.
 */
export function replaceTextEdits(document: TextDocument, newText: string): TextEdit[] {
  const oldText = document.getText();
  if (oldText === newText) return [];
  let start = 0;
  const max = Math.min(oldText.length, newText.length);
  while (start < max && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++;
  let oldEnd = oldText.length;
  let newEnd = newText.length;
  while (oldEnd > start && newEnd > start && oldText.charCodeAt(oldEnd - 1) === newText.charCodeAt(newEnd - 1)) {
    oldEnd--;
    newEnd--;
  }
  // never split a surrogate pair or a \r\n: widen to whole characters
  while (start > 0 && (isLowSurrogate(oldText.charCodeAt(start)) || (oldText[start] === '\n' && oldText[start - 1] === '\r'))) start--;
  while (oldEnd < oldText.length && (isLowSurrogate(oldText.charCodeAt(oldEnd)) || (oldText[oldEnd] === '\n' && oldText[oldEnd - 1] === '\r'))) {
    oldEnd++;
    newEnd++;
  }
  return [{ range: toRange(document, { start, end: oldEnd }), newText: newText.slice(start, newEnd) }];
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

export function toLocation(document: TextDocument, span: Span): Location {
  return { uri: document.uri, range: toRange(document, span) };
}

export function toWorkspaceEdit(document: TextDocument, edits: readonly FlowTextEdit[]): WorkspaceEdit {
  return { changes: { [document.uri]: edits.map((e) => toTextEdit(document, e)) } };
}

/** Markdown when the client shows it; otherwise the same text as plain text (Markdown reads well enough). */
export function toMarkup(markdown: string, clientShowsMarkdown: boolean): MarkupContent {
  return { kind: clientShowsMarkdown ? MarkupKind.Markdown : MarkupKind.PlainText, value: markdown };
}

export function toHover(document: TextDocument, hover: FlowHover, markdown: boolean): Hover {
  return { contents: toMarkup(hover.markdown, markdown), range: toRange(document, hover.span) };
}

const COMPLETION_KIND: Readonly<Record<CompletionKind, CompletionItemKind>> = {
  component: CompletionItemKind.Class,
  property: CompletionItemKind.Property,
  value: CompletionItemKind.EnumMember,
  screen: CompletionItemKind.Module,
  dataField: CompletionItemKind.Field,
  formField: CompletionItemKind.Variable,
  keyword: CompletionItemKind.Keyword,
  action: CompletionItemKind.Function,
  snippet: CompletionItemKind.Snippet,
};

export interface CompletionOptions {
  readonly snippets: boolean;
  readonly markdown: boolean;
}

/**
 * Each item replaces the completions' span (the partial word at the cursor) with its text. LSP wants that
 * range on one line and around the cursor; a span that is not falls back to inserting at the cursor.
 */
export function toCompletionList(document: TextDocument, completions: Completions, cursor: number, options: CompletionOptions): CompletionList {
  const { span } = completions;
  const usable = span.start <= cursor && cursor <= span.end && !/[\r\n]/.test(document.getText().slice(span.start, span.end));
  const range = toRange(document, usable ? span : { start: cursor, end: cursor });
  const items = completions.items.map((item): CompletionItem => {
    const text = item.insertText ?? item.label;
    const snippet = item.snippet === true && options.snippets;
    const result: CompletionItem = {
      label: item.label,
      kind: COMPLETION_KIND[item.kind] ?? CompletionItemKind.Text,
      textEdit: { range, newText: item.snippet && !snippet ? snippetToText(text) : text },
      insertTextFormat: snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    };
    if (item.detail !== undefined) result.detail = item.detail;
    if (item.documentation !== undefined) result.documentation = toMarkup(item.documentation, options.markdown);
    if (item.sortText !== undefined) result.sortText = item.sortText;
    return result;
  });
  return { isIncomplete: false, items };
}

/** A snippet as plain text, for a client without snippets: `${1:name}` → name, `$1` and `$0` → nothing. */
export function snippetToText(snippet: string): string {
  return snippet
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\{\d+\|([^,|}]*)[^}]*\}/g, '$1')
    .replace(/\$\{\d+\}|\$\d+/g, '')
    .replace(/\\([$}\\])/g, '$1');
}

const SYMBOL_KIND: Readonly<Record<FlowSymbolKind, SymbolKind>> = {
  flow: SymbolKind.Module,
  screen: SymbolKind.Class,
  data: SymbolKind.Struct,
  dataField: SymbolKind.Field,
  component: SymbolKind.Object,
  input: SymbolKind.Variable,
  case: SymbolKind.EnumMember,
};

export function toDocumentSymbols(document: TextDocument, symbols: readonly FlowDocumentSymbol[]): DocumentSymbol[] {
  return symbols.map((symbol): DocumentSymbol => {
    // LSP wants the selection inside the range; a recovered declaration could break that
    const span = { start: Math.min(symbol.span.start, symbol.selectionSpan.start), end: Math.max(symbol.span.end, symbol.selectionSpan.end) };
    const result: DocumentSymbol = {
      name: symbol.name || '?',
      kind: SYMBOL_KIND[symbol.kind] ?? SymbolKind.Object,
      range: toRange(document, span),
      selectionRange: toRange(document, symbol.selectionSpan),
      children: toDocumentSymbols(document, symbol.children),
    };
    if (symbol.detail !== undefined) result.detail = symbol.detail;
    return result;
  });
}

/** The flat list, for a client without hierarchical document symbols. */
export function toSymbolInformation(document: TextDocument, symbols: readonly FlowDocumentSymbol[], container?: string): SymbolInformation[] {
  return symbols.flatMap((symbol) => {
    const info: SymbolInformation = {
      name: symbol.name || '?',
      kind: SYMBOL_KIND[symbol.kind] ?? SymbolKind.Object,
      location: toLocation(document, symbol.span),
    };
    if (container !== undefined) info.containerName = container;
    return [info, ...toSymbolInformation(document, symbol.children, symbol.name)];
  });
}

/**
 * Folding ranges by line. A range that ends with its closing bracket stops on the line before it, so the
 * bracket stays visible under the folded line; ranges that would fold nothing are dropped, and of two
 * starting on one line the larger is kept. Comments fold as comments.
 */
export function toFoldingRanges(document: TextDocument, spans: readonly Span[]): FoldingRange[] {
  const text = document.getText();
  const byStart = new Map<number, FoldingRange>();
  for (const span of spans) {
    const startLine = document.positionAt(span.start).line;
    const end = document.positionAt(span.end);
    const last = text[span.end - 1];
    const closing = last === '}' || last === ']' || last === ')';
    const endLine = closing && end.line > startLine ? end.line - 1 : end.line;
    if (endLine <= startLine) continue;
    const range: FoldingRange = { startLine, endLine };
    if (text.startsWith('//', span.start) || text.startsWith('/*', span.start)) range.kind = FoldingRangeKind.Comment;
    const earlier = byStart.get(startLine);
    if (!earlier || earlier.endLine < endLine) byStart.set(startLine, range);
  }
  return [...byStart.values()].sort((a, b) => a.startLine - b.startLine);
}
