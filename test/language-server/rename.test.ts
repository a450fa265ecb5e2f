// Rename, with prepareRename: every occurrence changes; a refused name is an error with the reason.
import type { WorkspaceEdit } from 'vscode-languageserver-protocol';
import { describe, expect, test } from 'vitest';
import { flow, markers, serverForFile, TestClient, uri } from './client.js';

let client: TestClient;
serverForFile((started) => (client = started));

const SOURCE = flow`
  flow feedback { version "7.3" }

  screen RATE "Your visit" {
    TextInput name "Name"
    Footer "Send" -> navigate THA<|>NKS { name: form.name }
  }

  screen THANKS "Thank you" {
    terminal
    data { name = "Ann" }
    TextHeading "Thanks \${data.name}"
    Footer "Done" -> complete { name: data.name }
  }
`;

describe('rename', () => {
  test('announced with prepareProvider', () => {
    expect(client.initializeResult.capabilities.renameProvider).toEqual({ prepareProvider: true });
  });

  test('prepareRename gives the range and the name', async () => {
    const { text, offsets } = markers(SOURCE);
    const doc = uri('prepare');
    await client.open(doc, text);
    const prepared = await client.request<{ range: never; placeholder: string }>('textDocument/prepareRename', client.at(doc, offsets[0]!));
    expect(prepared.placeholder).toBe('THANKS');
    expect(client.slice(doc, prepared.range)).toBe('THANKS');
  });

  test('prepareRename where there is nothing to rename: null', async () => {
    const { text, offsets } = markers('flow x { version "7.3" }\n\nscreen A "a" {\n  term<|>inal\n  Footer "Done" -> complete\n}\n');
    const doc = uri('prepare-none');
    await client.open(doc, text);
    expect(await client.request('textDocument/prepareRename', client.at(doc, offsets[0]!))).toBeNull();
  });

  test('renaming a screen changes every occurrence, and the flow still compiles', async () => {
    const { text, offsets } = markers(SOURCE);
    const doc = uri('rename');
    expect(await client.open(doc, text)).toEqual([]);
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', { ...client.at(doc, offsets[0]!), newName: 'DONE' });
    const edits = edit.changes![doc]!;
    expect(edits).toHaveLength(2);
    expect(await client.applyEdits(doc, edits)).toEqual([]);
    expect(client.text(doc)).toContain('navigate DONE {');
    expect(client.text(doc)).toContain('screen DONE "Thank you"');
    expect(client.text(doc)).not.toContain('THANKS');
  });

  test('a name already taken is refused with the reason', async () => {
    const { text, offsets } = markers(SOURCE);
    const doc = uri('rename-taken');
    await client.open(doc, text);
    await expect(client.request('textDocument/rename', { ...client.at(doc, offsets[0]!), newName: 'RATE' })).rejects.toThrow(/RATE/);
    expect(client.alive).toBe(true);
  });
});
