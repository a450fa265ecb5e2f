// Completion: components, properties, values, screens, data and form fields, keywords and snippets, as the
// compiler finds them for the cursor's place; each item replaces the partial word at the cursor.
import { completionsAt } from 'flowc';
import type { CompletionList, CompletionParams } from 'vscode-languageserver/node';
import { toCompletionList } from '../convert.js';
import { guarded, type ServerContext } from '../context.js';

/** `data.` and `form.` start a field name. (Not `{`: every new block would open the list.) */
export const COMPLETION_TRIGGERS = ['.'];

export function registerCompletion(context: ServerContext): void {
  const { connection, documents } = context;
  connection.onCompletion(
    guarded(connection, 'textDocument/completion', null, async (params: CompletionParams): Promise<CompletionList | null> => {
      const at = await documents.at(params.textDocument.uri, params.position);
      if (!at) return null;
      const completions = completionsAt(at.analysis, at.offset);
      return toCompletionList(at.document, completions, at.offset, {
        snippets: context.client.snippets,
        markdown: context.client.markdownCompletion,
      });
    }),
  );
}
