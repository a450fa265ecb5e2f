// Rename a screen, data field or input everywhere it is written. prepareRename says what can be renamed
// (null: nothing here); a rename the compiler refuses (a name already taken, not a valid id) comes back as
// a RequestFailed error with the compiler's reason, which the editor shows.
import { prepareRenameAt, renameAt } from 'flowc';
import {
  LSPErrorCodes,
  ResponseError,
  type PrepareRenameParams,
  type Range,
  type RenameParams,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { toRange, toWorkspaceEdit } from '../convert.js';
import { guarded, type ServerContext } from '../context.js';

export function registerRename({ connection, documents }: ServerContext): void {
  connection.onPrepareRename(
    guarded(connection, 'textDocument/prepareRename', null, async (params: PrepareRenameParams): Promise<{ range: Range; placeholder: string } | null> => {
      const at = await documents.at(params.textDocument.uri, params.position);
      const prepared = at && prepareRenameAt(at.analysis, at.offset);
      return at && prepared ? { range: toRange(at.document, prepared.span), placeholder: prepared.placeholder } : null;
    }),
  );

  connection.onRenameRequest(
    guarded(connection, 'textDocument/rename', null, async (params: RenameParams): Promise<WorkspaceEdit | null> => {
      const at = await documents.at(params.textDocument.uri, params.position);
      if (!at) return null;
      const result = renameAt(at.analysis, at.offset, params.newName);
      if (result.error !== undefined) throw new ResponseError(LSPErrorCodes.RequestFailed, result.error);
      return toWorkspaceEdit(at.document, result.edits);
    }),
  );
}
