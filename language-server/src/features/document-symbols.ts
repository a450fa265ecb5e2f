// Document symbols (outline, breadcrumbs): the flow, its screens, their data, components and inputs.
import { documentSymbols } from 'flowc';
import type { DocumentSymbol, DocumentSymbolParams, SymbolInformation } from 'vscode-languageserver/node';
import { toDocumentSymbols, toSymbolInformation } from '../convert.js';
import { guarded, type ServerContext } from '../context.js';

export function registerDocumentSymbols(context: ServerContext): void {
  const { connection, documents } = context;
  connection.onDocumentSymbol(
    guarded(connection, 'textDocument/documentSymbol', null, async (params: DocumentSymbolParams): Promise<DocumentSymbol[] | SymbolInformation[] | null> => {
      const analysed = await documents.analysed(params.textDocument.uri);
      if (!analysed?.analysis) return null;
      const symbols = documentSymbols(analysed.analysis);
      return context.client.hierarchicalSymbols
        ? toDocumentSymbols(analysed.document, symbols)
        : toSymbolInformation(analysed.document, symbols);
    }),
  );
}
