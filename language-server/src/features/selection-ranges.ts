// Selection ranges (Expand Selection): from the word at each position out to the whole file, by the AST.
import { selectionRanges } from 'flowc';
import type { SelectionRange, SelectionRangeParams } from 'vscode-languageserver/node';
import { toOffset, toRange } from '../convert.js';
import { guarded, type ServerContext } from '../context.js';

export function registerSelectionRanges({ connection, documents }: ServerContext): void {
  connection.onSelectionRanges(
    guarded(connection, 'textDocument/selectionRange', null, async (params: SelectionRangeParams): Promise<SelectionRange[] | null> => {
      const analysed = await documents.analysed(params.textDocument.uri);
      if (!analysed?.analysis) return null;
      const { document, analysis } = analysed;
      return params.positions.map((position) => {
        const offset = toOffset(document, position);
        // outermost first, each the parent of the next; the answer is the innermost
        let range: SelectionRange | undefined;
        for (const span of selectionRanges(analysis, offset).reverse()) {
          range = { range: toRange(document, span), ...(range ? { parent: range } : {}) };
        }
        return range ?? { range: toRange(document, { start: offset, end: offset }) };
      });
    }),
  );
}
