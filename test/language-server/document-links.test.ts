// Document links: open_url targets, for Ctrl+click.
import type { DocumentLink } from 'vscode-languageserver-protocol';
import { describe, expect, test } from 'vitest';
import { flow, serverForFile, TestClient, uri } from './client.js';

let client: TestClient;
serverForFile((started) => (client = started));

const SOURCE = flow`
  flow links { version "7.3" }

  screen A "A" {
    terminal
    EmbeddedLink "Read our policy" -> open_url "https://example.com/privacy"
    Footer "Done" -> complete
  }
`;

describe('document links', () => {
  test('the URL of an open_url, over the text inside the quotes', async () => {
    const doc = uri('links');
    await client.open(doc, SOURCE);
    const links = await client.request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri: doc } });
    expect(links.map((l) => [client.slice(doc, l.range), l.target])).toEqual([['https://example.com/privacy', 'https://example.com/privacy']]);
  });
});
