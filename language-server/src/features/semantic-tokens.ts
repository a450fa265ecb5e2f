// Semantic tokens: screen ids, data fields and inputs coloured by what they name, wherever they are
// written (navigate targets, payload keys, `${data.x}` inside strings). Highlighting of everything else
// is the grammar's.
import { semanticTokens, type SemanticToken } from 'flowc';
import { SemanticTokensBuilder, type SemanticTokens, type SemanticTokensLegend, type SemanticTokensParams } from 'vscode-languageserver/node';
import { toPosition } from '../convert.js';
import { guarded, type ServerContext } from '../context.js';

/** Standard token types, so that every theme colours them: a screen as a class, a data field as a property,
 *  an input as a parameter (the value the user gives). */
const TYPES: Record<SemanticToken['kind'], number> = { screen: 0, dataField: 1, input: 2 };
export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: ['class', 'property', 'parameter'], tokenModifiers: ['declaration'] };

export function registerSemanticTokens({ connection, documents }: ServerContext): void {
  connection.languages.semanticTokens.on(
    guarded(connection, 'textDocument/semanticTokens/full', { data: [] }, async (params: SemanticTokensParams): Promise<SemanticTokens> => {
      const analysed = await documents.analysed(params.textDocument.uri);
      if (!analysed?.analysis) return { data: [] };
      const builder = new SemanticTokensBuilder();
      for (const token of semanticTokens(analysed.analysis)) {
        const start = toPosition(analysed.document, token.span.start);
        builder.push(start.line, start.character, token.span.end - token.span.start, TYPES[token.kind], token.declaration ? 1 : 0);
      }
      return builder.build();
    }),
  );
}
