// The server: reads what the client can do, announces the capabilities, and registers one handler module
// per feature. Knows nothing of the transport (main.ts) or of the compiler's offsets (convert.ts).
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  MarkupKind,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { logError, type ClientSupport, type ServerContext } from './context.js';
import { FlowDocuments } from './documents.js';
import { FIX_ALL_KIND, registerCodeActions } from './features/code-actions.js';
import { COMPLETION_TRIGGERS, registerCompletion } from './features/completion.js';
import { registerDefinition } from './features/definition.js';
import { registerDiagnostics } from './features/diagnostics.js';
import { registerDocumentHighlight } from './features/document-highlight.js';
import { registerDocumentLinks } from './features/document-links.js';
import { registerDocumentSymbols } from './features/document-symbols.js';
import { registerFlowJson } from './features/flow-json.js';
import { registerFoldingRanges } from './features/folding-ranges.js';
import { registerFormatting } from './features/formatting.js';
import { registerHover } from './features/hover.js';
import { registerImportFlowJson } from './features/import-flow-json.js';
import { registerInlayHints } from './features/inlay-hints.js';
import { registerReferences } from './features/references.js';
import { registerRename } from './features/rename.js';
import { registerSelectionRanges } from './features/selection-ranges.js';
import { registerSemanticTokens, SEMANTIC_TOKENS_LEGEND } from './features/semantic-tokens.js';
import { CONFIG_FILE_PATTERNS, ProjectConfigs } from './project-config.js';
import { SECTION, Settings } from './settings.js';

export const SERVER_NAME = 'flow-language-server';
export const SERVER_VERSION = '0.1.0';

export function startServer(connection: Connection): void {
  const settings = new Settings(connection);
  const projects = new ProjectConfigs();
  const documents = new FlowDocuments(connection, settings, projects);
  let client: ClientSupport = readClientSupport({});
  const context: ServerContext = {
    connection,
    documents,
    settings,
    get client() {
      return client;
    },
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    client = readClientSupport(params.capabilities);
    settings.initialize(client.configuration, params.initializationOptions);
    return { capabilities: capabilities(client), serverInfo: { name: SERVER_NAME, version: SERVER_VERSION } };
  });

  connection.onInitialized(() => {
    if (client.dynamicConfigurationChange) {
      void connection.client
        .register(DidChangeConfigurationNotification.type, { section: SECTION })
        .catch((error: unknown) => logError(connection, 'registering didChangeConfiguration', error));
    }
    if (client.dynamicFileWatching) {
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: CONFIG_FILE_PATTERNS.map((globPattern) => ({ globPattern })) })
        .catch((error: unknown) => logError(connection, 'registering didChangeWatchedFiles', error));
    }
  });

  const diagnostics = registerDiagnostics(context);
  registerCodeActions(context);
  registerFormatting(context);
  registerHover(context);
  registerCompletion(context);
  registerDefinition(context);
  registerReferences(context);
  registerDocumentHighlight(context);
  registerRename(context);
  registerDocumentSymbols(context);
  registerFoldingRanges(context);
  registerFlowJson(context);
  registerImportFlowJson(context);
  registerInlayHints(context);
  registerDocumentLinks(context);
  registerSemanticTokens(context);
  registerSelectionRanges(context);

  connection.onDidChangeConfiguration((params) => {
    try {
      settings.changed(params.settings);
      documents.invalidate();
      diagnostics.revalidateAll();
    } catch (error) {
      logError(connection, 'workspace/didChangeConfiguration', error);
    }
  });

  // a project config changed (the client watches them: see onInitialized)
  connection.onDidChangeWatchedFiles(() => {
    try {
      projects.reset();
      documents.invalidate();
      diagnostics.revalidateAll();
    } catch (error) {
      logError(connection, 'workspace/didChangeWatchedFiles', error);
    }
  });

  documents.listen();
}

export function capabilities(client: ClientSupport): InitializeResult['capabilities'] {
  return {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
    documentFormattingProvider: true,
    hoverProvider: true,
    completionProvider: { triggerCharacters: COMPLETION_TRIGGERS },
    definitionProvider: true,
    referencesProvider: true,
    documentHighlightProvider: true,
    // RenameOptions only for a client that said it sends prepareRename
    renameProvider: client.prepareRename ? { prepareProvider: true } : true,
    documentSymbolProvider: true,
    foldingRangeProvider: true,
    inlayHintProvider: true,
    documentLinkProvider: {},
    semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true },
    selectionRangeProvider: true,
  };
}

function readClientSupport(capabilities: ClientCapabilities): ClientSupport {
  const text = capabilities.textDocument;
  return {
    configuration: capabilities.workspace?.configuration === true,
    dynamicConfigurationChange: capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true,
    dynamicFileWatching: capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    relatedInformation: text?.publishDiagnostics?.relatedInformation === true,
    snippets: text?.completion?.completionItem?.snippetSupport === true,
    // a client that names no formats gets Markdown: every editor in use renders it
    markdownHover: text?.hover?.contentFormat?.includes(MarkupKind.Markdown) ?? true,
    markdownCompletion: text?.completion?.completionItem?.documentationFormat?.includes(MarkupKind.Markdown) ?? true,
    hierarchicalSymbols: text?.documentSymbol?.hierarchicalDocumentSymbolSupport === true,
    prepareRename: text?.rename?.prepareSupport === true,
  };
}
