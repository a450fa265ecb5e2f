// navigate payload values have the types the next screen declares (spec §5): literals are
// INVALID_NAVIGATE_ACTION_STATIC_DATA, references and expressions INVALID_NAVIGATE_ACTION_PAYLOAD.
import { describe, expect, test } from 'vitest';
import { fixed, found, related } from './type-helpers.js';

const CODES = ['FLOW4040', 'FLOW4041'];

function twoScreens(first: string, payload: string, data: string): string {
  return (
    `screen A "A" {\n${first}\n  Footer "Next" -> navigate B { ${payload} }\n}\n` +
    `screen B "B" {\n  terminal\n  data { ${data} }\n  Footer "Done" -> complete\n}\n`
  );
}

describe('static values (INVALID_NAVIGATE_ACTION_STATIC_DATA)', () => {
  test('a quoted number for a number field', () => {
    const src = twoScreens('', 'count: "2"', 'count = 1');
    expect(found(src, ...CODES)).toEqual([
      expect.objectContaining({
        code: 'FLOW4040',
        at: '"2"',
        meta: 'INVALID_NAVIGATE_ACTION_STATIC_DATA',
        message: "screen 'B' declares 'count' as a number, but \"2\" is a string",
      }),
    ]);
    expect(fixed(src, 'FLOW4040')).toContain('count: 2 }');
    expect(related(src, 'FLOW4040')).toEqual([{ at: 'count', message: "'count' is declared here, as a number" }]);
  });

  test('a number for a string field, a string for a boolean', () => {
    const src = twoScreens('', 'code: 7, ok: "true"', 'code = "x"\n ok = false');
    expect(found(src, ...CODES).map((d) => [d.at, d.message])).toEqual([
      ['7', "screen 'B' declares 'code' as a string, but 7 is a number"],
      ['"true"', "screen 'B' declares 'ok' as a boolean, but \"true\" is a string"],
    ]);
    expect(fixed(src, 'FLOW4040')).toContain('code: "7"');
  });

  test('the smallest wrong part of a literal list or object is named', () => {
    const src = twoScreens('', 'tags: ["a", 2], user: { name: "M", age: "40" }', 'tags = ["x"]\n user = { name: "M", age: 40 }');
    expect(found(src, ...CODES).map((d) => [d.at, d.message])).toEqual([
      ['2', "screen 'B' declares each item of 'tags' as a string, but 2 is a number"],
      ['"40"', "screen 'B' declares 'user.age' as a number, but \"40\" is a string"],
    ]);
  });

  test('a whole number is required for an integer field; enum words are strings', () => {
    const src = twoScreens('', 'n: 2.5, m: 3, plan: basic', 'n: integer = 1\n m: integer = 1\n plan = "pro"');
    expect(found(src, ...CODES).map((d) => d.at)).toEqual(['2.5']);
  });

  test('accepted: every value of the declared type, and fields of a schema type', () => {
    const src = twoScreens('', 'a: "x", b: 2, c: true, d: [], e: { k: 1 }, f: "any"', 'a = "y"\n b = 1.5\n c = false\n d: [string] = []\n e = { k: 2 }\n f: schema { "enum": ["any"] } = "any"');
    expect(found(src, ...CODES)).toEqual([]);
  });
});

describe('references and expressions (INVALID_NAVIGATE_ACTION_PAYLOAD)', () => {
  test('a number TextInput into a string field', () => {
    const src = twoScreens('  TextInput qty "Qty" { input-type: number }', 'qty: form.qty', 'qty = "1"');
    expect(found(src, ...CODES)).toEqual([
      expect.objectContaining({
        code: 'FLOW4041',
        at: 'form.qty',
        meta: 'INVALID_NAVIGATE_ACTION_PAYLOAD',
        message: "screen 'B' declares 'qty' as a string, but form.qty is a number",
      }),
    ]);
    expect(related(src, 'FLOW4041')).toEqual([
      { at: 'qty', message: "'qty' is declared here, as a string" },
      { at: 'qty', message: 'form.qty is the value of this TextInput: a number' },
    ]);
  });

  test('a CheckboxGroup into a string field, an OptIn into a string, an expression into a number', () => {
    const src = twoScreens(
      '  data { price = 3 }\n  CheckboxGroup extras "E" { data-source { a "A" } }\n  OptIn ok "OK"',
      'extras: form.extras, ok: "${form.ok}", total: data.price > 2',
      'extras = "a"\n ok = "yes"\n total = 1',
    );
    expect(found(src, ...CODES).map((d) => [d.at, d.message])).toEqual([
      ['form.extras', "screen 'B' declares 'extras' as a string, but form.extras is a list of strings"],
      ['"${form.ok}"', "screen 'B' declares 'ok' as a string, but form.ok is a boolean"],
      ['data.price > 2', "screen 'B' declares 'total' as a number, but this expression is a boolean"],
    ]);
  });

  test('accepted: matching references, text with ${…} into strings, a global reference', () => {
    const src =
      'screen A "A" {\n  data { n = 2; s = "x" }\n  TextInput t "T"\n  CheckboxGroup c "C" { data-source { a "A" } }\n' +
      '  Footer "Next" -> navigate B { n: data.n, s: "Hi ${form.t}", c: form.c, p: form.t }\n}\n' +
      'screen B "B" {\n  data { n: integer = 1; s = "y"; c = ["a"]; p = "q" }\n  Footer "Next" -> navigate C { t: screen.A.form.t }\n}\n' +
      'screen C "C" {\n  terminal\n  data { t = "x" }\n  Footer "Done" -> complete\n}\n';
    expect(found(src, ...CODES)).toEqual([]);
  });
});
