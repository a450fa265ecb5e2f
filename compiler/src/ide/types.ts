// What the editor queries answer, in the compiler's own terms: offsets and spans into the text, Markdown
// for documentation. No LSP types here: the language server's convert.ts is the one place that maps these
// to LSP ranges and kinds.
import type { CompileOptions, CompileResult } from '../compile.js';
import type { TextEdit } from '../diagnostics/diagnostic.js';
import type { BoundFlow } from '../semantics/bind.js';
import type { Span } from '../source.js';

/** A .flow text compiled once, with what every query needs; made by `analyze`. */
export interface Analysis {
  readonly text: string;
  readonly options: CompileOptions;
  /** The compile result: AST (recovered where the text is broken), diagnostics, settings, source. */
  readonly result: CompileResult;
  /** The bound flow: screens by id, each screen's data fields, inputs, components, references, actions. */
  readonly flow: BoundFlow;
}

export interface Hover {
  /** What the hover is about (the word under the cursor). */
  readonly span: Span;
  /** Markdown. */
  readonly markdown: string;
}

export type CompletionKind =
  | 'component'
  | 'property'
  | 'value'
  | 'screen'
  | 'dataField'
  | 'formField'
  | 'keyword'
  | 'action'
  | 'snippet';

export interface CompletionItem {
  readonly label: string;
  readonly kind: CompletionKind;
  /** One line shown beside the label: a property's type, a data field's type, a component's version. */
  readonly detail?: string;
  /** Markdown. */
  readonly documentation?: string;
  /** What to insert instead of the label; a snippet (`${1:name}` placeholders) when `snippet` is true. */
  readonly insertText?: string;
  readonly snippet?: boolean;
  /** Orders items within the list (plain string compare); the label when absent. */
  readonly sortText?: string;
}

export interface Completions {
  /** The text the chosen item replaces: the partial word before (and after) the cursor. */
  readonly span: Span;
  readonly items: readonly CompletionItem[];
}

export type SymbolKind = 'flow' | 'screen' | 'data' | 'dataField' | 'component' | 'input' | 'case';

export interface DocumentSymbol {
  readonly name: string;
  readonly detail?: string;
  readonly kind: SymbolKind;
  /** The whole declaration. */
  readonly span: Span;
  /** The name within it. */
  readonly selectionSpan: Span;
  readonly children: readonly DocumentSymbol[];
}

/** Text shown inside the code at `offset`, which is not part of it (an inferred type). */
export interface InlayHint {
  readonly offset: number;
  readonly label: string;
  readonly tooltip?: string;
}

/** A name in the text and what it names, for semantic highlighting; in document order, never overlapping. */
export interface SemanticToken {
  readonly span: Span;
  readonly kind: 'screen' | 'dataField' | 'input';
  /** The name as declared (the screen's id, the field in its data block, the input's name). */
  readonly declaration: boolean;
}

/** A URL in the text, for the editor to open (an `open_url` target). */
export interface DocumentLink {
  /** The URL as written, inside its quotes. */
  readonly span: Span;
  readonly target: string;
}

export type RenameResult =
  | { readonly edits: readonly TextEdit[]; readonly error?: undefined }
  | { readonly error: string; readonly edits?: undefined };

export type { BoundFlow, CompileOptions, CompileResult, Span, TextEdit };
