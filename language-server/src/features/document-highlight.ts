// Document highlight: the screen, data field or input under the cursor, everywhere it is written in the
// document; its declaration marked as the place it is written (Write), the uses as reads (Read).
import { referencesAt } from 'flowc';
import { DocumentHighlightKind, type DocumentHighlight, type DocumentHighlightParams } from 'vscode-languageserver/node';
import { toRange } from '../convert.js';
import { guarded, type ServerContext } from '../context.js';

export function registerDocumentHighlight({ connection, documents }: ServerContext): void {
  connection.onDocumentHighlight(
    guarded(connection, 'textDocument/documentHighlight', null, async (params: DocumentHighlightParams): Promise<DocumentHighlight[] | null> => {
      const at = await documents.at(params.textDocument.uri, params.position);
      if (!at) return null;
      const uses = new Set(referencesAt(at.analysis, at.offset, false).map((s) => s.start));
      return referencesAt(at.analysis, at.offset, true).map((span) => ({
        range: toRange(at.document, span),
        kind: uses.has(span.start) ? DocumentHighlightKind.Read : DocumentHighlightKind.Write,
      }));
    }),
  );
}
