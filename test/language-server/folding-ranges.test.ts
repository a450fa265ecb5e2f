// Folding ranges: blocks by line, the closing brace left visible.
import type { FoldingRange } from 'vscode-languageserver-protocol';
import { describe, expect, test } from 'vitest';
import { flow, serverForFile, TestClient, uri } from './client.js';

let client: TestClient;
serverForFile((started) => (client = started));

describe('folding ranges', () => {
  test('screens, blocks and comments', async () => {
    const doc = uri('folding');
    await client.open(doc, flow`
      flow feedback { version "7.3" }

      /* the first screen,
         where it starts */
      screen RATE "Your visit" {
        RadioButtonsGroup rating "How was it?" {
          data-source {
            great "Great"
            ok "Okay"
          }
        }
        Footer "Send" -> complete { rating: form.rating }
      }
    `);
    const ranges = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: doc } });
    expect(ranges).toContainEqual({ startLine: 2, endLine: 3, kind: 'comment' });
    expect(ranges).toContainEqual({ startLine: 4, endLine: 11 });
    expect(ranges).toContainEqual({ startLine: 5, endLine: 9 });
    expect(ranges).toContainEqual({ startLine: 6, endLine: 8 });
  });
});
