// The formatter on fixed cases: test/fixtures/format/<case>/input.flow formats to output.flow (with the
// options of options.json, if any), keeping the AST and every comment, and output.flow is a fixed point.
// UPDATE_FIXTURES=1 rewrites output.flow from the current printer: read every rewritten file before
// accepting it, the fixtures are the canonical layout (docs/language.md, "Formatting").
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { formatFlow, type FormatOptions } from '../compiler/src/format/format.js';
import { expectSoundFormat } from './format-helpers.js';

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = join(here, 'fixtures', 'format');
const update = process.env['UPDATE_FIXTURES'] === '1';

const cases = readdirSync(fixtures)
  .filter((name) => statSync(join(fixtures, name)).isDirectory())
  .sort();

describe('format fixtures', () => {
  test.each(cases)('%s', (name) => {
    const dir = join(fixtures, name);
    const input = readFileSync(join(dir, 'input.flow'), 'utf8');
    const optionsPath = join(dir, 'options.json');
    const options = existsSync(optionsPath) ? (JSON.parse(readFileSync(optionsPath, 'utf8')) as FormatOptions) : {};
    const formatted = expectSoundFormat(input, options);
    const outputPath = join(dir, 'output.flow');
    if (update) {
      writeFileSync(outputPath, formatted);
      return;
    }
    expect(existsSync(outputPath), `${name}/output.flow is missing: run with UPDATE_FIXTURES=1`).toBe(true);
    const expected = readFileSync(outputPath, 'utf8').replace(/\r\n/g, '\n');
    expect(formatted).toBe(expected);
    expect(formatFlow(expected, options).text, 'output.flow is formatted').toBe(expected);
  });
});

describe('formatFlow', () => {
  test('does not format a text with a syntax error, and says where the first one is', () => {
    const result = formatFlow('screen A "A" {\n  TextBody "x" { visible: }\n  TextBody "y" =\n}\n');
    expect(result.text).toBeUndefined();
    expect(result.error).toMatchObject({ line: 2, column: 27 });
    expect(result.error!.message).toMatch(/\(2:27\)$/);
    expect(result.error!.diagnostics.length).toBeGreaterThanOrEqual(2);
    expect(result.error!.diagnostic.code).toMatch(/^FLOW100/);
  });

  test.each([
    ['an unterminated string', 'screen A "A {\n}\n'],
    ['an unterminated comment', 'screen A "A" { /* never closed\n}\n'],
    ['an unexpected character', 'screen A "A" { TextBody "x" § }\n'],
    ['a bad escape', 'screen A "A" { TextBody "\\q" }\n'],
    ['text after the last screen', 'screen A "A" {}\nTextBody "x"\n'],
  ])('refuses %s', (_, text) => {
    expect(formatFlow(text).error).toBeDefined();
  });

  test('CRLF line endings become LF; the layout is the same', () => {
    const lf = 'screen A "A" {\n  TextBody "x" // one\n  /* two\n     lines */\n  TextBody "y"\n}\n';
    const crlf = lf.replace(/\n/g, '\r\n');
    expect(formatFlow(crlf).text).toBe(formatFlow(lf).text);
    expect(expectSoundFormat(crlf)).toBe(lf);
  });

  test('printWidth, tabWidth and useTabs', () => {
    const text = 'screen A "A" { TextInput email "Email" { input-type: email, required } }\n';
    expect(formatFlow(text).text).toBe('screen A "A" {\n  TextInput email "Email" { input-type: email, required }\n}\n');
    expect(formatFlow(text, { printWidth: 40 }).text).toBe(
      'screen A "A" {\n  TextInput email "Email" {\n    input-type: email\n    required\n  }\n}\n',
    );
    expect(formatFlow(text, { printWidth: 40, tabWidth: 4 }).text).toBe(
      'screen A "A" {\n    TextInput email "Email" {\n        input-type: email\n        required\n    }\n}\n',
    );
    expect(formatFlow(text, { printWidth: 40, useTabs: true }).text).toBe(
      'screen A "A" {\n\tTextInput email "Email" {\n\t\tinput-type: email\n\t\trequired\n\t}\n}\n',
    );
  });

  test('an empty text stays empty', () => {
    expect(formatFlow('').text).toBe('');
    expect(formatFlow(' \n\n').text).toBe('');
  });
});
