// Document highlight: every place the name under the cursor is written; the declaration as Write.
import type { DocumentHighlight } from 'vscode-languageserver-protocol';
import { describe, expect, test } from 'vitest';
import { flow, markers, serverForFile, TestClient, uri } from './client.js';

let client: TestClient;
serverForFile((started) => (client = started));

const SOURCE = flow`
  flow feedback { version "7.3" }

  screen RATE "Your visit" {
    TextInput name "Name"
    Footer "Send" -> navigate THANKS { who: form.na<|>me }
  }

  screen THANKS "Thank you" {
    terminal
    data { who = "Ann" }
    TextHeading "Thanks \${data.who}"
    Footer "Done" -> complete { who: data.who }
  }

  screen SPARE "Spare" {
    Text<|>Body "Nothing to highlight on a component keyword"
  }
`;

describe('document highlight', () => {
  test('an input: its declaration is Write (3), its use Read (2)', async () => {
    const { text, offsets } = markers(SOURCE);
    const doc = uri('highlight');
    await client.open(doc, text);
    const highlights = await client.request<DocumentHighlight[]>('textDocument/documentHighlight', client.at(doc, offsets[0]!));
    expect(highlights.map((h) => [h.range.start.line, h.kind, client.slice(doc, h.range)])).toEqual([
      [3, 3, 'name'],
      [4, 2, 'name'],
    ]);
    const none = await client.request<DocumentHighlight[] | null>('textDocument/documentHighlight', client.at(doc, offsets[1]!));
    expect(none ?? []).toEqual([]);
  });
});
