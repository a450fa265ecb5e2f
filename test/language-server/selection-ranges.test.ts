// Selection ranges (Expand Selection): the word, then each enclosing node, out to the whole file.
import type { SelectionRange } from 'vscode-languageserver-protocol';
import { describe, expect, test } from 'vitest';
import { flow, markers, serverForFile, TestClient, uri } from './client.js';

let client: TestClient;
serverForFile((started) => (client = started));

const SOURCE = flow`
  flow sel { version "7.3" }

  screen A "A" {
    terminal
    TextInput name "Name" { helper-text: "Your na<|>me" }
    Footer "Done" -> complete
  }
`;

describe('selection ranges', () => {
  test('from the string out to the file, each step holding the one before', async () => {
    const { text, offsets } = markers(SOURCE);
    const doc = uri('selection');
    await client.open(doc, text);
    const [first] = await client.request<SelectionRange[]>('textDocument/selectionRange', {
      textDocument: { uri: doc },
      positions: [client.at(doc, offsets[0]!).position],
    });
    const steps: string[] = [];
    for (let r: SelectionRange | undefined = first; r; r = r.parent) steps.push(client.slice(doc, r.range));
    expect(steps.slice(0, 3)).toEqual(['"Your name"', 'helper-text: "Your name"', 'TextInput name "Name" { helper-text: "Your name" }']);
    expect(steps.at(-2)!.startsWith('screen A "A" {')).toBe(true);
    expect(steps.at(-1)).toBe(text);
  });
});
