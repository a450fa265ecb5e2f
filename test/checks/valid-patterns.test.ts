// TextInput patterns are valid regular expressions (spec §4.4; Meta: INVALID_PROPERTY_VALUE_FORMAT).
import { describe, expect, test } from 'vitest';
import { screen } from './helpers.js';
import { found } from './type-helpers.js';

const CODE = 'FLOW3026';

describe('regular expressions', () => {
  test('an unclosed character class, an unclosed group, a quantifier with nothing to repeat', () => {
    const src = screen(
      '  TextInput a "A" { pattern: "^[0-9{6}$"; helper-text: "x" }\n  TextInput b "B" { pattern: "(ab"; helper-text: "x" }\n' +
        '  TextInput c "C" { pattern: "*a"; helper-text: "x" }',
    );
    expect(found(src, CODE).map((d) => [d.at, d.message, d.meta])).toEqual([
      ['"^[0-9{6}$"', "'pattern' is not a valid regular expression: unterminated character class", 'INVALID_PROPERTY_VALUE_FORMAT'],
      ['"(ab"', "'pattern' is not a valid regular expression: unterminated group", 'INVALID_PROPERTY_VALUE_FORMAT'],
      ['"*a"', "'pattern' is not a valid regular expression: nothing to repeat", 'INVALID_PROPERTY_VALUE_FORMAT'],
    ]);
  });

  test('accepted: the patterns of the samples, escapes, bindings', () => {
    const src = screen(
      '  data { p = "x" }\n  TextInput a "A" { pattern: "^[A-Z0-9 ]{2,8}$"; helper-text: "x" }\n' +
        '  TextInput b "B" { pattern: "^\\\\d{3}-\\\\d{4}$"; helper-text: "x" }\n  TextInput c "C" { pattern: data.p; helper-text: "x" }',
    );
    expect(found(src, CODE)).toEqual([]);
  });

  test('not checked before 6.2, where pattern does not exist', () => {
    expect(found(screen('  TextInput a "A" { pattern: "("; helper-text: "x" }', 'flow t { version "6.1" }'), CODE)).toEqual([]);
  });
});
