// Folding ranges: screens, blocks and long comments, by line.
import { foldingRanges } from 'flowc';
import type { FoldingRange, FoldingRangeParams } from 'vscode-languageserver/node';
import { toFoldingRanges } from '../convert.js';
import { guarded, type ServerContext } from '../context.js';

export function registerFoldingRanges({ connection, documents }: ServerContext): void {
  connection.onFoldingRanges(
    guarded(connection, 'textDocument/foldingRange', null, async (params: FoldingRangeParams): Promise<FoldingRange[] | null> => {
      const analysed = await documents.analysed(params.textDocument.uri);
      if (!analysed?.analysis) return null;
      return toFoldingRanges(analysed.document, foldingRanges(analysed.analysis));
    }),
  );
}
