// Go to definition: where the screen, data field or input under the cursor is declared.
import { definitionAt } from 'flowc';
import type { DefinitionParams, Location } from 'vscode-languageserver/node';
import { toLocation } from '../convert.js';
import { guarded, type ServerContext } from '../context.js';

export function registerDefinition({ connection, documents }: ServerContext): void {
  connection.onDefinition(
    guarded(connection, 'textDocument/definition', null, async (params: DefinitionParams): Promise<Location[] | null> => {
      const at = await documents.at(params.textDocument.uri, params.position);
      if (!at) return null;
      return definitionAt(at.analysis, at.offset).map((span) => toLocation(at.document, span));
    }),
  );
}
