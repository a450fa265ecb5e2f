// From 6.0 strings are not empty or blank (spec §1.3, §4: MIN_CHARS_REQUIRED, PATTERN_MISMATCH);
// screen titles from 5.0.
import { describe, expect, test } from 'vitest';
import { screen } from './helpers.js';
import { applyFix, found } from './rule-helpers.js';

describe('blank strings', () => {
  test('an empty label (MIN_CHARS_REQUIRED)', () => {
    expect(found(screen('  TextInput name ""'), 'FLOW5053')).toEqual([
      expect.objectContaining({ at: '""', meta: 'MIN_CHARS_REQUIRED', message: "'label' of TextInput 'name' is empty", help: 'write a text' }),
    ]);
  });

  test('a blank label (PATTERN_MISMATCH)', () => {
    expect(found(screen('  TextInput name "   "'), 'FLOW5054')).toEqual([
      expect.objectContaining({
        at: '"   "',
        meta: 'PATTERN_MISMATCH',
        message: "'label' of TextInput 'name' is blank: it holds only white space",
      }),
    ]);
    expect(found(screen('  TextBody "\\n"'), 'FLOW5054')).toHaveLength(1);
  });

  test('an optional property can be removed', () => {
    const src = screen('  TextInput name "Name" { helper-text: ""; required }');
    expect(found(src, 'FLOW5053')).toEqual([expect.objectContaining({ help: 'write a text, or remove the property' })]);
    expect(applyFix(src, 'FLOW5053')).toContain('TextInput name "Name" { required }');
  });

  test('option titles and ids, list entries', () => {
    const src = screen('  Dropdown d "D" { data-source { a ""; " " "B" } }\n  TextBody { text: ["One", ""]; markdown }');
    expect(found(src, 'FLOW5053').map((d) => d.message)).toEqual([
      "'title' of item 'a' of Dropdown 'd' is empty",
      "'text' of TextBody is empty",
    ]);
    expect(found(src, 'FLOW5054').map((d) => d.message)).toEqual(["the id of item ' ' of Dropdown 'd' is blank: it holds only white space"]);
  });

  test('before 6.0 empty strings are allowed', () => {
    expect(found(screen('  TextInput name ""', 'flow t { version "5.1" }'), 'FLOW5053')).toEqual([]);
  });

  test('screen titles from 5.0', () => {
    const src = (version: string) => `flow { version "${version}" }\nscreen A " " { terminal Footer "OK" -> complete }\n`;
    expect(found(src('5.0'), 'FLOW5054')).toEqual([expect.objectContaining({ message: "the title of screen 'A' is blank: it holds only white space" })]);
    expect(found(src('4.0'), 'FLOW5054')).toEqual([]);
  });

  test('bindings and interpolations are not blank', () => {
    expect(found(screen('  data { n = "x" }\n  TextInput name "${data.n}"'), 'FLOW5053')).toEqual([]);
  });
});
