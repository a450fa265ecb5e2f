// The server never dies, whatever is typed: random incremental edits of the samples (insertions of
// .flow fragments, deletions, replacements), each followed by a request at a random position, through
// the real protocol. After each edit the diagnostics published are those compile gives for the text the
// client holds (the server and the client agree on the document), and no handler fails.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compile } from '../../compiler/src/index.js';
import { ROOT } from '../support/cli.js';
import { serverForFile, TestClient, uri } from './client.js';

let client: TestClient;
serverForFile((started) => (client = started));

const SAMPLES = readdirSync(join(ROOT, 'samples'))
  .filter((f) => f.endsWith('.flow'))
  .sort()
  .map((f) => readFileSync(join(ROOT, 'samples', f), 'utf8'));

const FRAGMENTS = ['{', '}', '"', '`', '${', 'data.', 'form.', 'screen ', '->', ' navigate ', ':', '\n', 'TextInput x "X"', '/*', '//', '[', ']', ',', '😀', '\r\n'];

const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.nat({ max: 12 }),
  insert: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 6 }), fc.constant('')),
  request: fc.constantFrom('hover', 'completion', 'definition', 'references', 'documentHighlight', 'prepareRename', 'codeAction', 'formatting', 'inlayHint', 'semanticTokens/full', 'documentLink', 'selectionRange'),
  where: fc.double({ min: 0, max: 1, noNaN: true }),
});

describe('random edits through the protocol', () => {
  test('the server keeps answering and agrees with compile', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: SAMPLES.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 6 }), async (sample, edits) => {
        const doc = uri(`random-${n++}`);
        await client.open(doc, SAMPLES[sample]!);
        for (const e of edits) {
          const document = client.document(doc);
          const text = document.getText();
          const start = Math.floor(e.at * text.length);
          const end = Math.min(text.length, start + e.length);
          const range = { start: document.positionAt(start), end: document.positionAt(end) };
          const diagnostics = await client.change(doc, [{ range, text: e.insert }]);
          const expected = compile(client.document(doc).getText()).diagnostics.map((d) => d.code);
          expect(diagnostics.map((d) => d.code).sort()).toEqual([...expected].sort());
          const position = client.document(doc).positionAt(Math.floor(e.where * client.document(doc).getText().length));
          const textDocument = { uri: doc };
          if (e.request === 'codeAction') {
            await client.request('textDocument/codeAction', { textDocument, range: { start: position, end: position }, context: { diagnostics: [] } });
          } else if (e.request === 'selectionRange') {
            await client.request('textDocument/selectionRange', { textDocument, positions: [position] });
          } else if (e.request === 'semanticTokens/full' || e.request === 'documentLink') {
            await client.request(`textDocument/${e.request}`, { textDocument });
          } else if (e.request === 'inlayHint') {
            await client.request('textDocument/inlayHint', { textDocument, range: { start: { line: 0, character: 0 }, end: position } });
          } else if (e.request === 'formatting') {
            await client.request('textDocument/formatting', { textDocument, options: { tabSize: 2, insertSpaces: true } });
          } else if (e.request === 'references') {
            await client.request('textDocument/references', { textDocument, position, context: { includeDeclaration: true } });
          } else {
            await client.request(`textDocument/${e.request}`, { textDocument, position });
          }
        }
        await client.close(doc);
        expect(client.alive).toBe(true);
        expect(client.failures).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});
