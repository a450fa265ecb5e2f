// The items of one list have different ids.
import { describe, expect, test } from 'vitest';
import { screen } from './helpers.js';
import { found, full } from './rule-helpers.js';

describe('unique item ids', () => {
  test('two options with one id', () => {
    const src = screen('  RadioButtonsGroup size "Size" {\n    data-source {\n      small "Small"\n      medium "Medium"\n      medium "Large"\n    }\n  }');
    const [d] = found(src, 'FLOW2031');
    expect(d).toMatchObject({ message: "two items of 'data-source' of RadioButtonsGroup 'size' have the id 'medium'", help: 'give each item its own id' });
    // the second one, pointing back at the first
    const [full_] = full(src, 'FLOW2031');
    expect(full_!.span.start).toBe(src.indexOf('medium "Large"'));
    expect(full_!.related?.[0]?.span.start).toBe(src.indexOf('medium "Medium"'));
  });

  test('a name id and a string id that spell the same', () => {
    expect(found(screen('  Dropdown d "D" { data-source { a "A"; "a" "B" } }'), 'FLOW2031')).toEqual([expect.objectContaining({ at: '"a"' })]);
  });

  test('a literal list of objects', () => {
    const src = screen('  Dropdown d "D" { data-source: [{ id: "x", title: "X" }, { id: "x", title: "Y" }] }');
    expect(found(src, 'FLOW2031')).toEqual([expect.objectContaining({ at: '"x"' })]);
  });

  test('different ids are fine', () => {
    expect(found(screen('  Dropdown d "D" { data-source { a "A"; b "B" } }'), 'FLOW2031')).toEqual([]);
  });
});
