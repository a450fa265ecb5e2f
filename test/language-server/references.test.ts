// Find references: every place a screen, data field or input is written, with or without its declaration.
import type { Location } from 'vscode-languageserver-protocol';
import { describe, expect, test } from 'vitest';
import { flow, markers, serverForFile, TestClient, uri } from './client.js';

let client: TestClient;
serverForFile((started) => (client = started));

const SOURCE = flow`
  flow feedback { version "7.3" }

  screen RATE "Your visit" {
    Footer "Send" -> navigate THANKS
  }

  screen OTHER "Other" {
    Footer "Go" -> navigate THANKS
  }

  screen THA<|>NKS "Thank you" {
    terminal
    Footer "Done" -> complete
  }
`;

function lines(locations: Location[] | null): number[] {
  return (locations ?? []).map((l) => l.range.start.line).sort((a, b) => a - b);
}

describe('references', () => {
  test('of a screen, with and without the declaration', async () => {
    const { text, offsets } = markers(SOURCE);
    const doc = uri('references');
    await client.open(doc, text);
    const request = (includeDeclaration: boolean) =>
      client.request<Location[]>('textDocument/references', { ...client.at(doc, offsets[0]!), context: { includeDeclaration } });
    const withDeclaration = await request(true);
    expect(lines(withDeclaration)).toEqual([3, 7, 10]);
    expect(withDeclaration.every((l) => client.slice(doc, l.range) === 'THANKS')).toBe(true);
    expect(lines(await request(false))).toEqual([3, 7]);
  });
});
