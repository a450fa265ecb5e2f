// The server never dies: odd requests are answered, and it starts on each transport and exits cleanly.
import { describe, expect, test } from 'vitest';
import { flow, serverForFile, TestClient, uri } from './client.js';

const TEXT = flow`
  flow feedback { version "7.3" }

  screen RATE "Your visit" {
    Footer "Send" -> navigate THANK
  }

  screen THANKS "Thank you" {
    terminal
    Footer "Done" -> complete
  }
`;

let client: TestClient;
serverForFile((started) => (client = started));

describe('robustness', () => {
  test('a position past the end of the document does not kill the server', async () => {
    const doc = uri('past-end');
    await client.open(doc, TEXT);
    const far = { line: 10_000, character: 10_000 };
    const actions = await client.request('textDocument/codeAction', {
      textDocument: { uri: doc },
      range: { start: far, end: far },
      context: { diagnostics: [] },
    });
    expect(Array.isArray(actions)).toBe(true);
    const midLine = { line: 3, character: 500 };
    await client.request('textDocument/codeAction', { textDocument: { uri: doc }, range: { start: midLine, end: far }, context: { diagnostics: [] } });
    // the next request still answers
    expect(await client.request('textDocument/formatting', { textDocument: { uri: doc }, options: { tabSize: 2, insertSpaces: true } })).not.toBeNull();
    for (const method of ['textDocument/hover', 'textDocument/completion', 'textDocument/definition', 'textDocument/prepareRename']) {
      await client.request(method, { textDocument: { uri: doc }, position: far });
    }
    await client.request('textDocument/references', { textDocument: { uri: doc }, position: far, context: { includeDeclaration: true } });
    expect(await client.request('textDocument/documentSymbol', { textDocument: { uri: doc } })).not.toBeNull();
    expect(client.alive).toBe(true);
    // clamped, not failed
    expect(client.failures).toEqual([]);
  });

  test('requests on a document that is not open answer empty', async () => {
    const missing = { uri: 'file:///nowhere/missing.flow' };
    expect(await client.request('textDocument/codeAction', { textDocument: missing, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } })).toEqual([]);
    expect(client.alive).toBe(true);
  });

  test('an unknown request is an error, not a crash', async () => {
    await expect(client.request('flow/doesNotExist', {})).rejects.toThrow();
    expect(client.alive).toBe(true);
  });

  test('announces incremental sync', () => {
    expect(client.initializeResult.capabilities.textDocumentSync).toMatchObject({ openClose: true, change: 2 });
    expect(client.initializeResult.serverInfo?.name).toBe('flow-language-server');
  });
});

describe('transports and exit', () => {
  test.each(['node-ipc', 'none'] as const)('starts with %s', async (transport) => {
    const other = await TestClient.start({ transport });
    try {
      expect(await other.open(uri(transport), TEXT)).not.toEqual([]);
    } finally {
      await other.stop();
    }
  });

  test('shutdown then exit ends the process with code 0', async () => {
    const other = await TestClient.start();
    await other.stop();
    expect(await other.exitCode()).toBe(0);
  });
});
