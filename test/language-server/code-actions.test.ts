// Code actions: a diagnostic's fixes as quick fixes (applied, they fix it), and "Fix all".
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { describe, expect, test } from 'vitest';
import { flow, markers, serverForFile, TestClient, uri } from './client.js';

let client: TestClient;
serverForFile((started) => (client = started));

function codeActions(doc: string, diagnostics: Diagnostic[], only?: string[], at?: number): Promise<CodeAction[] | null> {
  const range = at === undefined ? diagnostics[0]!.range : { start: client.position(doc, at), end: client.position(doc, at) };
  return client.request('textDocument/codeAction', {
    textDocument: { uri: doc },
    range,
    context: { diagnostics, ...(only ? { only } : {}) },
  });
}

describe('code actions', () => {
  test('a quick fix, applied, fixes the diagnostic', async () => {
    const { text, offsets } = markers(flow`
      flow feedback { version "7.3" }

      screen RATE "Your visit" {
        Footer "Send" -> navigate TH<|>ANK
      }

      screen THANKS "Thank you" {
        terminal
        Footer "Done" -> complete
      }
    `);
    const doc = uri('quickfix');
    const diagnostics = await client.open(doc, text);
    expect(diagnostics.map((d) => d.code)).toContain('FLOW2002');
    const actions = await codeActions(doc, diagnostics, undefined, offsets[0]);
    const fix = actions?.find((a) => a.kind === 'quickfix');
    expect(fix).toMatchObject({ title: "Change to 'THANKS'", kind: 'quickfix', isPreferred: true });
    expect(fix!.diagnostics).toEqual([diagnostics.find((d) => d.code === 'FLOW2002')]);
    const after = await client.applyEdits(doc, fix!.edit!.changes![doc]!);
    expect(after).toEqual([]);
    expect(client.text(doc)).toContain('navigate THANKS\n');
  });

  test('no quick fix where there is nothing to fix', async () => {
    const { text, offsets } = markers(flow`
      flow feedback { version "7.3" }

      screen O<|>NE "Only" {
        terminal
        Footer "Done" -> complete
      }
    `);
    const doc = uri('clean');
    expect(await client.open(doc, text)).toEqual([]);
    expect(await codeActions(doc, [], undefined, offsets[0])).toEqual([]);
  });

  test('"Fix all" applies every unambiguous fix at once', async () => {
    const doc = uri('fixall');
    const diagnostics = await client.open(doc, flow`
      flow feedback { version "7.3" }

      screen RATE "Your visit" {
        Footer "Send" -> navigate THANK
      }

      screen MIDDLE "Middle" {
        Footer "On" -> navigate THANKZ
      }

      screen THANKS "Thank you" {
        terminal
        Footer "Done" -> complete
      }
    `);
    expect(diagnostics.filter((d) => d.code === 'FLOW2002')).toHaveLength(2);
    const actions = await codeActions(doc, [], ['source.fixAll'], 0);
    expect(actions).toHaveLength(1);
    expect(actions![0]).toMatchObject({ kind: 'source.fixAll.flowc' });
    const after = await client.applyEdits(doc, actions![0]!.edit!.changes![doc]!);
    expect(after.filter((d) => d.code === 'FLOW2002')).toEqual([]);
  });

  test('only quickfix: no source action', async () => {
    const doc = uri('onlyquick');
    const { text, offsets } = markers(flow`
      flow feedback { version "7.3" }

      screen RATE "Your visit" {
        Footer "Send" -> navigate <|>THANK
      }

      screen MIDDLE "Middle" {
        Footer "On" -> navigate THANKZ
      }

      screen THANKS "Thank you" {
        terminal
        Footer "Done" -> complete
      }
    `);
    const diagnostics = await client.open(doc, text);
    const actions = await codeActions(doc, diagnostics, ['quickfix'], offsets[0]);
    expect(actions?.map((a) => a.kind)).toEqual(['quickfix']);
    // without `only`: the quick fix at the cursor, and "Fix all" for the two
    const all = await codeActions(doc, diagnostics, undefined, offsets[0]);
    expect(all?.map((a) => a.kind)).toEqual(['quickfix', 'source.fixAll.flowc']);
  });
});
