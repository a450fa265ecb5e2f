// The public API of the compiler: compile .flow text to Flow JSON, and the pieces a tool needs.
export { compile, type CompileOptions, type CompileResult } from './compile.js';
export { parse, type ParseResult } from './syntax/parse.js';
export type * as Ast from './ast.js';
export { SourceFile, type Span, type Position } from './source.js';
export type { Diagnostic, Severity, Fix, TextEdit, RelatedInformation } from './diagnostics/diagnostic.js';
export { DIAGNOSTIC_CODES, type DiagnosticCode, type CodeEntry } from './diagnostics/codes.js';
export { COMPONENTS, COMPONENT_TYPES, componentSpec, propertySpec } from './catalog/components.js';
export type { ComponentSpec, PropertySpec, PropertyType, ActionName } from './catalog/types.js';
export { FLOW_JSON_VERSIONS, DEFAULT_VERSION, compareVersions } from './catalog/versions.js';
export { LIMIT_PROFILES, type FlowSettings, type LimitsProfile } from './semantics/settings.js';
export { renderDiagnostic, renderBaseline, type RenderOptions } from './diagnostics/render.js';
export { formatFlow, type FormatOptions, type FormatResult, type FormatError } from './format/format.js';
export { printFlowDoc } from './format/printer.js';
export { importFlowJson, validateFlowJson, type ImportOptions, type ImportResult, type ValidateOptions, type ValidateResult } from './import/import.js';
// Editor queries over the AST (offsets and spans, no LSP types): what the language server answers with.
export type { Analysis, BoundFlow, Hover, CompletionKind, CompletionItem, Completions, SymbolKind, DocumentSymbol, RenameResult, InlayHint, DocumentLink, SemanticToken } from './ide/types.js';
export { analyze } from './ide/analysis.js';
export { hoverAt } from './ide/hover.js';
export { completionsAt } from './ide/completion.js';
export { definitionAt } from './ide/definition.js';
export { referencesAt } from './ide/references.js';
export { prepareRenameAt, renameAt } from './ide/rename.js';
export { documentSymbols } from './ide/symbols.js';
export { foldingRanges } from './ide/folding.js';
export { inlayHints } from './ide/inlay-hints.js';
export { documentLinks } from './ide/document-links.js';
export { semanticTokens } from './ide/semantic-tokens.js';
export { selectionRanges } from './ide/selection-ranges.js';
