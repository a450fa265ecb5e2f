// Hover: Markdown about the word under the cursor, over that word's range.
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { describe, expect, test } from 'vitest';
import { flow, markers, serverForFile, TestClient, uri } from './client.js';

let client: TestClient;
serverForFile((started) => (client = started));

const SOURCE = flow`
  flow feedback { version "7.3" }

  screen RATE "Your visit" {
    TextI<|>nput name "Name"
    Footer "Send" -> navigate TH<|>ANKS { name: form.name }
  }

  screen THANKS "Thank you" {
    terminal
    data { name = "Ann" }
    TextHeading "Thanks \${data.na<|>me}"
    Footer "Done" -> complete { name: data.name }
  }
`;

describe('hover', () => {
  test('on a component, a screen and a data field', async () => {
    const { text, offsets } = markers(SOURCE);
    const doc = uri('hover');
    await client.open(doc, text);
    const hovers = await Promise.all(offsets.map((o) => client.request<Hover | null>('textDocument/hover', client.at(doc, o))));
    const [component, screen, field] = hovers;
    expect((component?.contents as MarkupContent).kind).toBe('markdown');
    expect((component?.contents as MarkupContent).value).toContain('TextInput');
    expect(client.slice(doc, component!.range!)).toBe('TextInput');
    expect(client.slice(doc, screen!.range!)).toBe('THANKS');
    expect((screen?.contents as MarkupContent).value).toContain('THANKS');
    expect(client.slice(doc, field!.range!)).toBe('name');
  });

  test('on white space: null', async () => {
    const { text, offsets } = markers('flow x { version "7.3" }\n<|>\n\nscreen A "a" {\n  terminal\n  Footer "Done" -> complete\n}\n');
    const doc = uri('hover-nothing');
    await client.open(doc, text);
    expect(await client.request('textDocument/hover', client.at(doc, offsets[0]!))).toBeNull();
  });

  test('past the end of the document: an answer, and the server goes on', async () => {
    const doc = uri('hover-far');
    await client.open(doc, markers(SOURCE).text);
    await client.request('textDocument/hover', { textDocument: { uri: doc }, position: { line: 999, character: 999 } });
    await client.request('textDocument/hover', { textDocument: { uri: doc }, position: { line: 2, character: 999 } });
    const next = await client.request<Hover | null>('textDocument/hover', client.at(doc, markers(SOURCE).offsets[0]!));
    expect(next).not.toBeNull();
    expect(client.alive).toBe(true);
  });
});
