// Whole-document formatting with formatFlow, at the editor's indentation. A text with a syntax error is
// left as it is: no edits (the diagnostics already show the error).
import { formatFlow } from 'flowc';
import type { DocumentFormattingParams, TextEdit } from 'vscode-languageserver/node';
import { replaceTextEdits } from '../convert.js';
import { guarded, type ServerContext } from '../context.js';

export function registerFormatting({ connection, documents }: ServerContext): void {
  connection.onDocumentFormatting(
    guarded(connection, 'textDocument/formatting', [], (params: DocumentFormattingParams): TextEdit[] => {
      const document = documents.get(params.textDocument.uri);
      if (!document) return [];
      const { tabSize, insertSpaces } = params.options;
      const formatted = formatFlow(document.getText(), {
        tabWidth: Number.isInteger(tabSize) && tabSize > 0 ? tabSize : 2,
        useTabs: insertSpaces === false,
      });
      if (formatted.error !== undefined) return [];
      return replaceTextEdits(document, formatted.text);
    }),
  );
}
