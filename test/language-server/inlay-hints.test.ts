// Inlay hints: the inferred type after each data field written without one.
import type { InlayHint } from 'vscode-languageserver-protocol';
import { describe, expect, test } from 'vitest';
import { flow, serverForFile, TestClient, uri } from './client.js';

let client: TestClient;
serverForFile((started) => (client = started));

const SOURCE = flow`
  flow hints { version "7.3" }

  screen A "A" {
    terminal
    data {
      count = 3
      name: string = "Ann"
      tags = ["a", "b"]
    }
    Footer "Done" -> complete
  }
`;

describe('inlay hints', () => {
  test('the inferred type after each field without one, as a type hint', async () => {
    const doc = uri('inlay');
    await client.open(doc, SOURCE);
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', {
      textDocument: { uri: doc },
      range: { start: { line: 0, character: 0 }, end: { line: 12, character: 0 } },
    });
    expect(hints.map((h) => [h.position, h.label, h.kind])).toEqual([
      [{ line: 5, character: 9 }, ': number', 1], // right after `count`
      [{ line: 7, character: 8 }, ': [string]', 1],
    ]);
    expect(client.initializeResult.capabilities.inlayHintProvider).toBe(true);
  });
});
