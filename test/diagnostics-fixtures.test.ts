// Diagnostic fixtures: every directory under test/fixtures/diagnostics is one case.
//   input.flow    the source (usually with a comment saying what it shows)
//   input.json    instead of input.flow: a Flow JSON file, run through importFlowJson (what `flowc import`
//                 and, without FLOW9006, `flowc validate` report), for the FLOW9xxx codes
//   expected.txt  renderBaseline() of its diagnostics: the source with `~` under each diagnostic's span
//                 and the diagnostic (code, Meta's code, message, related places, help) under its line
// The cases pin down exactly what a user sees for each code: test/diagnostic-codes.test.ts checks that
// every code of the catalogue appears in at least one expected.txt. UPDATE_FIXTURES=1 rewrites the
// expected files from the current output instead of comparing; review the diff before accepting it.
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { compile, importFlowJson, renderBaseline } from '../compiler/src/index.js';
import { readText } from './support/flow.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = dirname(here);
const suite = join(here, 'fixtures', 'diagnostics');
const update = process.env['UPDATE_FIXTURES'] === '1';

const cases = existsSync(suite)
  ? readdirSync(suite)
      .filter(
        (name) =>
          statSync(join(suite, name)).isDirectory() &&
          (existsSync(join(suite, name, 'input.flow')) || existsSync(join(suite, name, 'input.json'))),
      )
      .sort()
  : [];

describe('diagnostic fixtures', () => {
  test('there are diagnostic fixtures', () => expect(cases.length).toBeGreaterThan(0));

  test.each(cases)('%s', (name) => {
    const json = existsSync(join(suite, name, 'input.json'));
    const inputPath = join(suite, name, json ? 'input.json' : 'input.flow');
    const expectedPath = join(suite, name, 'expected.txt');
    // The relative path with forward slashes, so baselines do not depend on the machine.
    const fileName = relative(root, inputPath).split('\\').join('/');
    const result = json ? importFlowJson(readText(inputPath), { fileName }) : compile(readText(inputPath), { fileName });
    const baseline = renderBaseline(result.source, result.diagnostics);
    if (update) {
      writeFileSync(expectedPath, baseline);
      return;
    }
    expect(existsSync(expectedPath), `missing ${relative(root, expectedPath)} (run with UPDATE_FIXTURES=1)`).toBe(true);
    expect(baseline).toBe(readText(expectedPath));
    // A case shows at least one diagnostic: a clean file belongs in test/fixtures/compile.
    expect(result.diagnostics.length, 'a diagnostic fixture reports something').toBeGreaterThan(0);
  });
});
