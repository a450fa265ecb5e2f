// Operators get operands of their types (spec §6.2 and §0 6.2; Meta: INVALID_PROPERTY_VALUE).
import { describe, expect, test } from 'vitest';
import { screen } from './helpers.js';
import { fixed, found } from './type-helpers.js';

const CODE = 'FLOW3030';

function body(lines: string): string {
  return screen(`  data {\n    name = "Maria"\n    n = 3\n    ok = true\n    tags = ["a"]\n  }\n${lines}`);
}

describe('+ joins no text', () => {
  test('"Hello " + data.name: one diagnostic, with the interpolated string as the fix', () => {
    const src = body('  TextBody { text: "Hello " + data.name + "!" }');
    expect(found(src, CODE)).toEqual([
      expect.objectContaining({
        at: '"Hello "',
        meta: 'INVALID_PROPERTY_VALUE',
        message: "'+' adds numbers, but \"Hello \" is a string",
        help: 'to join text, write it as one string with ${…} in it: "Total: ${data.total}"',
      }),
    ]);
    expect(fixed(src, CODE)).toContain('TextBody { text: "Hello ${data.name}!" }');
  });

  test('a number and text: joined; two numbers first would have been added, so no fix', () => {
    expect(fixed(body('  TextBody { text: data.n + " items" }'), CODE)).toContain('"${data.n} items"');
    expect(fixed(body('  TextBody { text: 1 + data.n + " items" }'), CODE)).toBeUndefined();
    expect(fixed(body('  TextBody { text: "a\\"b" + data.name }'), CODE)).toContain('"a\\"b${data.name}"');
  });
});

describe('operand types', () => {
  test('arithmetic, ordering, negation on the wrong types', () => {
    const src = body(
      '  TextBody "a" { visible: data.n * data.ok > 1 }\n  TextInput age "Age"\n  TextBody "b" { visible: form.age >= 18 }\n' +
        '  TextBody "c" { visible: !data.name }\n  TextBody "d" { visible: data.ok && data.n }',
    );
    expect(found(src, CODE).map((d) => [d.at, d.message])).toEqual([
      ['data.ok', "'*' multiplies numbers, but data.ok is a boolean"],
      ['form.age', "'>=' compares numbers, but form.age is a string"],
      ['data.name', "'!' negates a boolean, but data.name is a string"],
      ['data.n', "'&&' combines booleans, but data.n is a number"],
    ]);
    expect(found(src, CODE)[1]!.help).toBe('text can only be compared with == and !=; for a TextInput of numbers set input-type: number');
  });

  test('== between different types, and with a list', () => {
    const src = body('  TextBody "a" { visible: data.name == 3 }\n  TextBody "b" { visible: data.tags != "a" }');
    expect(found(src, CODE).map((d) => [d.at, d.message])).toEqual([
      ['3', "'==' compares values of one type, and data.name is a string, but 3 is a number"],
      ['data.tags', "'!=' compares strings, numbers and booleans, but data.tags is a list of strings"],
    ]);
  });

  test('a list shown in text', () => {
    expect(found(body('  TextBody "Tags: ${data.tags}"'), CODE).map((d) => [d.at, d.message])).toEqual([
      ['data.tags', 'text with ${…} joins strings, numbers and booleans, but data.tags is a list of strings'],
    ]);
  });

  test('inside If conditions, payloads and Switch values too', () => {
    const src = body(
      '  If data.name > 2 { TextBody "x" }\n  Switch data.n - data.name { case a { TextBody "y" } }',
    ).replace('-> complete', '-> complete { total: data.n + data.ok }');
    expect(found(src, CODE).map((d) => d.at)).toEqual(['data.name', 'data.name', 'data.ok']);
  });

  test('accepted: the examples of the language reference', () => {
    const src = body(
      '  TextBody "a" { visible: data.n + 1.5 > 4 && !data.ok || data.name == "x" }\n  TextBody "b" { visible: data.n % 2 == 0 }\n' +
        '  TextBody "Hi ${data.name}, you have ${data.n} points (${data.ok})"\n  TextBody `${data.name} + 1`\n  TextBody "c" { visible: -data.n < 0 }',
    );
    expect(found(src, CODE)).toEqual([]);
  });
});

describe('versions', () => {
  test('before 6.0 only If conditions are checked (other expressions need 6.0 at all)', () => {
    const src = screen(
      '  data { name = "M"; n = 1 }\n  TextBody "a" { visible: data.name > 1 }\n  If data.name > 1 { TextBody "b" }',
      'flow t { version "5.1" }',
    );
    expect(found(src, CODE).map((d) => d.at)).toEqual(['data.name']);
    expect(found(src, CODE, 'FLOW7004').map((d) => d.code)).toEqual(['FLOW7004', 'FLOW3030']);
  });
});
