// Go to definition: from a use of a screen, data field or input to its declaration.
import type { Location } from 'vscode-languageserver-protocol';
import { describe, expect, test } from 'vitest';
import { flow, markers, serverForFile, TestClient, uri } from './client.js';

let client: TestClient;
serverForFile((started) => (client = started));

const SOURCE = flow`
  flow feedback { version "7.3" }

  screen RATE "Your visit" {
    TextInput name "Name"
    Footer "Send" -> navigate TH<|>ANKS { name: form.na<|>me }
  }

  screen THANKS "Thank you" {
    terminal
    data { name = "Ann" }
    TextHeading "Thanks \${data.n<|>ame}"
    Footer "Done" -> complete { name: data.name }
  }
`;

describe('definition', () => {
  test('a screen, an input and a data field', async () => {
    const { text, offsets } = markers(SOURCE);
    const doc = uri('definition');
    await client.open(doc, text);
    const [screen, input, field] = await Promise.all(
      offsets.map((o) => client.request<Location[]>('textDocument/definition', client.at(doc, o))),
    );
    expect(screen).toHaveLength(1);
    expect(screen![0]!.uri).toBe(doc);
    expect(screen![0]!.range.start.line).toBe(7);
    expect(client.slice(doc, screen![0]!.range)).toBe('THANKS');
    expect(input![0]!.range.start.line).toBe(3);
    expect(client.slice(doc, input![0]!.range)).toBe('name');
    expect(field![0]!.range.start.line).toBe(9);
  });

  test('nothing to go to: an empty list', async () => {
    const { text, offsets } = markers('flow x { vers<|>ion "7.3" }\n\nscreen A "a" {\n  terminal\n  Footer "Done" -> complete\n}\n');
    const doc = uri('definition-none');
    await client.open(doc, text);
    expect(await client.request('textDocument/definition', client.at(doc, offsets[0]!))).toEqual([]);
  });
});
