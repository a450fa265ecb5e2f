// Inlay hints: the inferred type after each data field written without one (`count: number = 3`).
import { inlayHints } from 'flowc';
import { InlayHintKind, type InlayHint, type InlayHintParams } from 'vscode-languageserver/node';
import { toPosition, toSpan } from '../convert.js';
import { guarded, type ServerContext } from '../context.js';

export function registerInlayHints({ connection, documents }: ServerContext): void {
  connection.languages.inlayHint.on(
    guarded(connection, 'textDocument/inlayHint', null, async (params: InlayHintParams): Promise<InlayHint[] | null> => {
      const analysed = await documents.analysed(params.textDocument.uri);
      if (!analysed?.analysis) return null;
      const { document } = analysed;
      return inlayHints(analysed.analysis, toSpan(document, params.range)).map((hint) => ({
        position: toPosition(document, hint.offset),
        label: hint.label,
        kind: InlayHintKind.Type,
        ...(hint.tooltip ? { tooltip: hint.tooltip } : {}),
      }));
    }),
  );
}
