// Diagnostics as you type: published on open and after each change, cleared on close.
import { describe, expect, test } from 'vitest';
import { flow, serverForFile, TestClient, uri } from './client.js';

const BROKEN = flow`
  flow feedback { version "7.3" }

  screen RATE "Your visit" {
    TextInput name "Name"
    Footer "Send" -> navigate THANK { name: form.name }
  }

  screen THANKS "Thank you" {
    terminal
    data { name = "Ann" }
    TextHeading "Thanks"
    Footer "Done" -> complete { name: data.name }
  }
`;

let client: TestClient;
serverForFile((started) => (client = started));

describe('diagnostics', () => {
  test('published on open, with code, source, severity, range and help', async () => {
    const doc = uri('broken');
    const diagnostics = await client.open(doc, BROKEN);
    const unknown = diagnostics.find((d) => d.code === 'FLOW2002');
    expect(unknown).toMatchObject({
      source: 'flowc',
      severity: 1,
      range: { start: { line: 4, character: 28 }, end: { line: 4, character: 33 } },
    });
    expect(unknown!.message).toContain("there is no screen 'THANK'");
    expect(unknown!.message).toContain("help: did you mean 'THANKS'?");
    expect(unknown!.message).toContain('(Meta: INVALID_NAVIGATE_ACTION_NEXT_SCREEN_NAME)');
    expect(unknown).not.toHaveProperty('codeDescription');
  });

  test('an incremental edit that fixes the error empties the list', async () => {
    const doc = uri('fixed');
    expect(await client.open(doc, BROKEN)).not.toEqual([]);
    // insert the missing S after THANK
    const after = await client.change(doc, [{ range: { start: { line: 4, character: 33 }, end: { line: 4, character: 33 } }, text: 'S' }]);
    expect(after).toEqual([]);
    expect(client.published.get(doc)?.version).toBe(2);
  });

  test('an edit that breaks the text brings the diagnostics back, a syntax error included', async () => {
    const doc = uri('breaks');
    expect(await client.open(doc, BROKEN.replace('THANK ', 'THANKS '))).toEqual([]);
    const broken = await client.change(doc, [{ range: { start: { line: 5, character: 0 }, end: { line: 5, character: 1 } }, text: '' }]);
    expect(broken.map((d) => d.code)).toContain('FLOW1004');
  });

  test('related information points at the other place', async () => {
    const doc = uri('duplicate');
    const diagnostics = await client.open(doc, flow`
      flow twice { version "7.3" }

      screen A "One" {
        terminal
        Footer "Done" -> complete
      }

      screen A "Two" {
        terminal
        Footer "Done" -> complete
      }
    `);
    const duplicate = diagnostics.find((d) => d.code === 'FLOW2001');
    expect(duplicate?.range.start.line).toBe(7);
    expect(duplicate?.relatedInformation?.[0]).toMatchObject({
      location: { uri: doc, range: { start: { line: 2, character: 7 } } },
    });
  });

  test('columns count UTF-16 units, lines follow \\r\\n', async () => {
    const doc = uri('utf16');
    const text = BROKEN.replace('Footer "Send"', 'Footer "😀 Send"').replace(/\n/g, '\r\n');
    const diagnostics = await client.open(doc, text);
    const unknown = diagnostics.find((d) => d.code === 'FLOW2002');
    // "😀 " is three UTF-16 units
    expect(unknown?.range).toEqual({ start: { line: 4, character: 31 }, end: { line: 4, character: 36 } });
  });

  test('cleared on close', async () => {
    const doc = uri('closed');
    expect(await client.open(doc, BROKEN)).not.toEqual([]);
    expect(await client.close(doc)).toEqual([]);
  });

  test('an empty document and arbitrary text get diagnostics, not a crash', async () => {
    const empty = uri('empty');
    await client.open(empty, '');
    const junk = uri('junk');
    expect((await client.open(junk, '}}} screen "\u0000 {{ -> navigate\n\t@@')).length).toBeGreaterThan(0);
    expect(client.alive).toBe(true);
  });
});
