// Document links: the URL of each open_url, opened by the editor on Ctrl+click.
import { documentLinks } from 'flowc';
import type { DocumentLink, DocumentLinkParams } from 'vscode-languageserver/node';
import { toRange } from '../convert.js';
import { guarded, type ServerContext } from '../context.js';

export function registerDocumentLinks({ connection, documents }: ServerContext): void {
  connection.onDocumentLinks(
    guarded(connection, 'textDocument/documentLink', null, async (params: DocumentLinkParams): Promise<DocumentLink[] | null> => {
      const analysed = await documents.analysed(params.textDocument.uri);
      if (!analysed?.analysis) return null;
      return documentLinks(analysed.analysis).map((link) => ({ range: toRange(analysed.document, link.span), target: link.target }));
    }),
  );
}
