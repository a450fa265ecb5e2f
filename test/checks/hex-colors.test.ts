// data-source item colours are "#RRGGBB" (spec §4.6; Meta: PATTERN_MISMATCH).
import { describe, expect, test } from 'vitest';
import { screen } from './helpers.js';
import { fixed, found } from './type-helpers.js';

const CODE = 'FLOW3025';

function colors(a: string, b = '"#C62828"'): string {
  return screen(`  RadioButtonsGroup mood "Mood" {\n    data-source {\n      good "Good" { color: ${a} }\n      bad "Bad" { color: ${b} }\n    }\n  }`);
}

describe('hex colours', () => {
  test('a colour name', () => {
    expect(found(colors('"green"'), CODE)).toEqual([
      expect.objectContaining({ at: '"green"', meta: 'PATTERN_MISMATCH', message: '\'color\' must be a hex colour "#RRGGBB", found "green"' }),
    ]);
    expect(fixed(colors('"green"'), CODE)).toBeUndefined();
  });

  test('short and bare hex forms are fixed', () => {
    expect(fixed(colors('"#2e7"'), CODE)).toContain('color: "#22ee77"');
    expect(fixed(colors('"2E7D32"'), CODE)).toContain('color: "#2E7D32"');
  });

  test('a literal list of options, too', () => {
    const src = screen('  Dropdown d "D" { data-source: [{ id: "a", title: "A", color: "#12345" }] }');
    expect(found(src, CODE).map((d) => d.at)).toEqual(['"#12345"']);
  });

  test('accepted: six hex digits in either case', () => {
    expect(found(colors('"#2e7d32"', '"#C62828"'), CODE)).toEqual([]);
  });

  test('an empty colour: blank-strings reports it from 6.0, this rule before', () => {
    expect(found(colors('""'), CODE)).toEqual([]);
    expect(found(colors('""').replace('version "7.3"', 'version "5.1"'), CODE).map((d) => d.at)).toEqual(['""']);
  });

  test('not checked before 5.0, where item colours do not exist', () => {
    expect(found(colors('"green"').replace('version "7.3"', 'version "4.0"'), CODE)).toEqual([]);
  });
});
