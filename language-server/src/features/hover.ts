// Hover: what the compiler says about the word under the cursor (Markdown), over that word's range.
import { hoverAt } from 'flowc';
import type { Hover, HoverParams } from 'vscode-languageserver/node';
import { toHover } from '../convert.js';
import { guarded, type ServerContext } from '../context.js';

export function registerHover(context: ServerContext): void {
  const { connection, documents } = context;
  connection.onHover(
    guarded(connection, 'textDocument/hover', null, async (params: HoverParams): Promise<Hover | null> => {
      const at = await documents.at(params.textDocument.uri, params.position);
      const hover = at && hoverAt(at.analysis, at.offset);
      return at && hover ? toHover(at.document, hover, context.client.markdownHover) : null;
    }),
  );
}
