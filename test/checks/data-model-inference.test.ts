// A data field without a written type gets the type inferred from its example; a list takes the type of
// its first item (objects merge their fields), and Meta checks the whole example against that schema.
// (A fix in checks/data-model.ts, FLOW3005 / INVALID_SCREEN_DATA.)
import { describe, expect, test } from 'vitest';
import { screen } from './helpers.js';
import { found } from './type-helpers.js';

describe('examples that do not fit the type inferred from them', () => {
  test('a list mixing numbers and strings', () => {
    expect(found(screen('  data { tags = [1, "a"] }'), 'FLOW3005')).toEqual([
      expect.objectContaining({
        at: '"a"',
        meta: 'INVALID_SCREEN_DATA',
        message: "the example of 'tags' is a string, but its type is a number, like the first item of its list",
      }),
    ]);
  });

  test('objects whose fields change kind from item to item', () => {
    const src = screen('  data { lines = [{ sku: "A", qty: 2 }, { sku: "B", qty: "3" }, { sku: "C" }] }');
    expect(found(src, 'FLOW3005').map((d) => d.at)).toEqual(['"3"']);
  });

  test('accepted: whole and decimal numbers together, missing fields, nested lists', () => {
    expect(found(screen('  data { a = [1, 2.5]; b = [{ x: 1 }, { y: "z" }]; c = [[1], [2]] }'), 'FLOW3005')).toEqual([]);
  });
});
