// Find references: every place the screen, data field or input under the cursor is written.
import { referencesAt } from 'flowc';
import type { Location, ReferenceParams } from 'vscode-languageserver/node';
import { toLocation } from '../convert.js';
import { guarded, type ServerContext } from '../context.js';

export function registerReferences({ connection, documents }: ServerContext): void {
  connection.onReferences(
    guarded(connection, 'textDocument/references', null, async (params: ReferenceParams): Promise<Location[] | null> => {
      const at = await documents.at(params.textDocument.uri, params.position);
      if (!at) return null;
      return referencesAt(at.analysis, at.offset, params.context.includeDeclaration).map((span) => toLocation(at.document, span));
    }),
  );
}
