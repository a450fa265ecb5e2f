// Document symbols: the outline, nested.
import type { DocumentSymbol } from 'vscode-languageserver-protocol';
import { describe, expect, test } from 'vitest';
import { flow, serverForFile, TestClient, uri } from './client.js';

let client: TestClient;
serverForFile((started) => (client = started));

describe('document symbols', () => {
  test('the flow and its screens, with their contents', async () => {
    const doc = uri('symbols');
    await client.open(doc, flow`
      flow feedback { version "7.3" }

      screen RATE "Your visit" {
        TextInput name "Name"
        Footer "Send" -> navigate THANKS { name: form.name }
      }

      screen THANKS "Thank you" {
        terminal
        data { name = "Ann" }
        Footer "Done" -> complete { name: data.name }
      }
    `);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: doc } });
    expect(symbols.map((s) => s.name)).toEqual(['feedback', 'RATE', 'THANKS']);
    const rate = symbols[1]!;
    expect(rate.kind).toBe(5); // Class
    expect(rate.detail).toBe('Your visit');
    expect(client.slice(doc, rate.selectionRange)).toBe('RATE');
    expect(rate.range).toEqual({ start: { line: 2, character: 0 }, end: { line: 5, character: 1 } });
    const names = (s: DocumentSymbol): string[] => [s.name, ...(s.children ?? []).flatMap(names)];
    expect(names(rate)).toContain('name');
    expect(names(symbols[2]!)).toContain('name');
  });
});
