// Completion: the compiler's items for the cursor's place, each replacing the partial word there.
import type { CompletionItem, CompletionList } from 'vscode-languageserver-protocol';
import { describe, expect, test } from 'vitest';
import { flow, markers, serverForFile, TestClient, uri } from './client.js';

let client: TestClient;
serverForFile((started) => (client = started));

async function complete(source: string): Promise<{ doc: string; list: CompletionList }> {
  const { text, offsets } = markers(source);
  const doc = uri('completion');
  await client.open(doc, text);
  const list = await client.request<CompletionList>('textDocument/completion', client.at(doc, offsets[0]!));
  return { doc, list };
}

function labels(items: CompletionItem[]): string[] {
  return items.map((i) => i.label);
}

describe('completion', () => {
  test('components in a screen, replacing the partial word', async () => {
    const { doc, list } = await complete(flow`
      flow feedback { version "7.3" }

      screen RATE "Your visit" {
        terminal
        TextIn<|>
        Footer "Done" -> complete
      }
    `);
    expect(labels(list.items)).toContain('TextInput');
    const item = list.items.find((i) => i.label === 'TextInput')!;
    expect(item.kind).toBe(7); // Class
    const edit = item.textEdit as { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string };
    expect(client.slice(doc, edit.range)).toBe('TextIn');
  });

  test('screens after navigate', async () => {
    const { list } = await complete(flow`
      flow feedback { version "7.3" }

      screen RATE "Your visit" {
        Footer "Send" -> navigate <|>
      }

      screen THANKS "Thank you" {
        terminal
        Footer "Done" -> complete
      }
    `);
    expect(labels(list.items)).toContain('THANKS');
  });

  test('form fields after form.', async () => {
    const { list } = await complete(flow`
      flow feedback { version "7.3" }

      screen RATE "Your visit" {
        TextInput name "Name"
        Footer "Send" -> navigate THANKS { name: form.<|> }
      }

      screen THANKS "Thank you" {
        terminal
        data { name = "Ann" }
        Footer "Done" -> complete
      }
    `);
    expect(labels(list.items)).toContain('name');
  });

  test('snippets: as snippets, or as plain text for a client without them', async () => {
    const source = flow`
      flow feedback { version "7.3" }

      screen RATE "Your visit" {
        <|>
        Footer "Done" -> complete
      }
    `;
    const snippets = (await complete(source)).list.items.filter((i) => i.insertTextFormat === 2);
    expect(snippets.length).toBeGreaterThan(0);
    const plain = await TestClient.start({ snippets: false });
    try {
      const { text, offsets } = markers(source);
      const doc = uri('plain');
      await plain.open(doc, text);
      const list = await plain.request<CompletionList>('textDocument/completion', plain.at(doc, offsets[0]!));
      expect(list.items.every((i) => i.insertTextFormat !== 2)).toBe(true);
      for (const item of list.items) expect((item.textEdit as { newText: string }).newText).not.toMatch(/\$\{?\d/);
    } finally {
      await plain.stop();
    }
  });

  test('past the end of the document: an answer, and the server goes on', async () => {
    const doc = uri('completion-far');
    await client.open(doc, 'flow x { version "7.3" }\n');
    await client.request('textDocument/completion', { textDocument: { uri: doc }, position: { line: 500, character: 3 } });
    expect(client.alive).toBe(true);
  });
});
