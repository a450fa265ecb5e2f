// Formatting: the edits turn the text into formatFlow's output, at the editor's indentation; a text with a
// syntax error gets no edits.
import { formatFlow } from 'flowc';
import type { TextEdit } from 'vscode-languageserver-protocol';
import { describe, expect, test } from 'vitest';
import { serverForFile, TestClient, uri } from './client.js';

const MESSY = `flow feedback {version "7.3"}
screen RATE "Your visit" { RadioButtonsGroup rating "How was it?" { required
data-source { great "Great"
  ok "Okay" } }
      Footer "Send" -> navigate THANKS { rating: form.rating }
}
// thanks
screen THANKS "Thank you" { terminal
  data { rating = "great" }
TextHeading "Thanks!"
  Footer "Done" -> complete { rating: data.rating } }
`;

let client: TestClient;
serverForFile((started) => (client = started));

function format(doc: string, tabSize = 2, insertSpaces = true): Promise<TextEdit[] | null> {
  return client.request('textDocument/formatting', { textDocument: { uri: doc }, options: { tabSize, insertSpaces } });
}

describe('formatting', () => {
  test('the result equals formatFlow', async () => {
    const doc = uri('messy');
    await client.open(doc, MESSY);
    const edits = await format(doc);
    expect(edits?.length).toBeGreaterThan(0);
    await client.applyEdits(doc, edits!);
    expect(client.text(doc)).toBe(formatFlow(MESSY).text);
    // formatted twice: nothing to change
    expect(await format(doc)).toEqual([]);
  });

  test('tabSize and insertSpaces', async () => {
    const four = uri('four');
    await client.open(four, MESSY);
    await client.applyEdits(four, (await format(four, 4))!);
    expect(client.text(four)).toBe(formatFlow(MESSY, { tabWidth: 4 }).text);
    const tabs = uri('tabs');
    await client.open(tabs, MESSY);
    await client.applyEdits(tabs, (await format(tabs, 4, false))!);
    expect(client.text(tabs)).toBe(formatFlow(MESSY, { tabWidth: 4, useTabs: true }).text);
    expect(client.text(tabs)).toContain('\n\tterminal');
  });

  test('a text with a syntax error gets no edits', async () => {
    const doc = uri('broken');
    await client.open(doc, 'flow x { version "7.3" }\nscreen A "a" {\n  TextBody "hi"\n');
    expect(await format(doc)).toEqual([]);
    expect(client.alive).toBe(true);
  });

  test('an unknown document gets no edits', async () => {
    expect(await format('file:///nowhere/unknown.flow')).toEqual([]);
  });
});
