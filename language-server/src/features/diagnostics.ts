// Diagnostics as you type (push model): published when a document opens and after every change, for the
// version that was analysed; cleared when it closes; all re-published when the settings or a project
// config change.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { configErrorDiagnostic, internalErrorDiagnostic, toDiagnostic } from '../convert.js';
import { logError, type ServerContext } from '../context.js';

export function registerDiagnostics(context: ServerContext): { revalidateAll(): void } {
  const { connection, documents } = context;

  const validate = async (document: TextDocument): Promise<void> => {
    try {
      const analysed = await documents.analysed(document.uri);
      // a newer version (or a close) came while the settings were read: that one publishes instead
      if (!analysed || analysed.document.version !== document.version) return;
      const diagnostics = analysed.analysis
        ? analysed.analysis.result.diagnostics.map((d) =>
            toDiagnostic(analysed.document, d, { relatedInformation: context.client.relatedInformation }),
          )
        : [internalErrorDiagnostic(analysed.failure ?? 'unknown error')];
      if (analysed.configError) diagnostics.unshift(configErrorDiagnostic(analysed.configError));
      await connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
    } catch (error) {
      logError(connection, `diagnostics for ${document.uri}`, error);
    }
  };

  // onDidChangeContent also fires when a document opens
  documents.documents.onDidChangeContent(({ document }) => void validate(document));
  documents.documents.onDidClose(({ document }) => {
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] }).catch((error: unknown) => logError(connection, 'clearing diagnostics', error));
  });

  return {
    revalidateAll() {
      for (const document of documents.all()) void validate(document);
    },
  };
}
