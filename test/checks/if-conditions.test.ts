// If conditions in Meta's condition syntax (spec §6.3 and §0 6.3; Meta: INVALID_PROPERTY_VALUE).
import { describe, expect, test } from 'vitest';
import { screen } from './helpers.js';
import { fixed, found } from './type-helpers.js';

const CODES = ['FLOW3031', 'FLOW3032', 'FLOW3033', 'FLOW3034'];

function cond(condition: string, version = '7.3'): string {
  return screen(
    `  data {\n    name = "Maria"\n    n = 3\n    i: integer = 2\n    ok = true\n    user = { age: 40 }\n    tags = ["a"]\n  }\n  If ${condition} {\n    TextBody "x"\n  }`,
    `flow t { version "${version}" }`,
  );
}

describe('the condition is a boolean', () => {
  test('a lone string field', () => {
    expect(found(cond('data.name'), ...CODES)).toEqual([
      expect.objectContaining({
        code: 'FLOW3032',
        at: 'data.name',
        message: 'an If condition must be true or false, but data.name is a string',
        help: 'compare it, e.g. data.name != "", or use a boolean',
      }),
    ]);
  });

  test('a lone list, and arithmetic (a backtick expression) that is not a comparison', () => {
    expect(found(cond('data.tags'), ...CODES).map((d) => d.message)).toEqual([
      'an If condition must be true or false, but data.tags is a list of strings',
    ]);
    expect(found(cond('data.n + 1'), ...CODES).map((d) => d.message)).toEqual([
      'an If condition must be true or false, but this expression is a number',
    ]);
  });
});

describe('dynamic operands and literals', () => {
  test('a condition that reads nothing', () => {
    expect(found(cond('true'), ...CODES)).toEqual([
      expect.objectContaining({ code: 'FLOW3034', at: 'true', message: 'this If condition reads no data or form value, so it never changes' }),
    ]);
    expect(found(cond('1 < 2'), ...CODES).map((d) => d.code)).toEqual(['FLOW3034']);
  });

  test('an operator with literals on both sides', () => {
    expect(found(cond('data.ok && 1 == 1'), ...CODES)).toEqual([
      expect.objectContaining({
        code: 'FLOW3033',
        at: '1 == 1',
        message: "'==' has fixed values on both sides (1 and 1), so its result never changes",
      }),
    ]);
    expect(found(cond('data.ok || !false'), ...CODES)).toEqual([]);
  });
});

describe('operand types of the condition syntax', () => {
  test('a data field typed integer, with a backtick fix from 6.0', () => {
    const src = cond('data.i > 1');
    expect(found(src, ...CODES)).toEqual([
      expect.objectContaining({
        code: 'FLOW3031',
        at: 'data.i',
        message: 'data.i cannot be an operand of this If condition: its type is integer, which If conditions do not accept (declare it as a number)',
      }),
    ]);
    expect(fixed(src, 'FLOW3031')).toContain('If `${data.i} > 1` {');
  });

  test('a nested field: Meta reads the type of its first name', () => {
    const src = cond('data.user.age >= 18 && data.ok');
    expect(found(src, ...CODES).map((d) => [d.at, d.message])).toEqual([
      ['data.user.age', 'data.user.age cannot be an operand of this If condition: Meta looks up the type of a nested field by its first name, and data.user is an object'],
    ]);
    expect(fixed(src, 'FLOW3031')).toContain('If `(${data.user.age} >= 18) && ${data.ok}` {');
  });

  test('before 6.0 there is no backtick fix', () => {
    const src = cond('data.user.age >= 18', '5.1');
    expect(found(src, ...CODES)[0]!.help).toBe('copy the value into a data field of its own, typed string, number or boolean');
    expect(fixed(src, 'FLOW3031')).toBeUndefined();
  });

  test('number literals are whole', () => {
    expect(found(cond('data.n > 1.5'), ...CODES).map((d) => [d.at, d.message])).toEqual([
      ['1.5', '1.5 cannot be an operand of this If condition: If conditions accept whole numbers without leading zeros only'],
    ]);
    expect(found(cond('data.n > 007'), ...CODES).map((d) => d.at)).toEqual(['007']);
    expect(found(cond('data.n > -0'), ...CODES).map((d) => d.at)).toEqual(['-0']);
  });

  test('a condition with arithmetic is a backtick expression: integers and nested fields are fine', () => {
    expect(found(cond('data.i + data.user.age > 3'), ...CODES)).toEqual([]);
  });

  test('accepted: the conditions of the language reference', () => {
    expect(found(cond('data.ok'), ...CODES)).toEqual([]);
    expect(found(cond('data.name == "x" && data.n >= 300'), ...CODES)).toEqual([]);
    expect(found(cond('!data.ok || data.n != -1'), ...CODES)).toEqual([]);
    expect(found(cond('`${data.i} > 1`'), ...CODES)).toEqual([]);
  });
});

describe('nested form values', () => {
  test('a range CalendarPicker date', () => {
    const src = screen('  CalendarPicker stay { mode: range; label: { start-date: "In", end-date: "Out" } }\n  If form.stay.start-date == "2026-12-01" { TextBody "x" }');
    expect(found(src, ...CODES).map((d) => d.message)).toEqual([
      'form.stay.start-date cannot be an operand of this If condition: Meta looks up the type of a nested field by its first name, and form.stay is an object',
    ]);
  });
});

describe('one diagnostic for a condition of fixed values', () => {
  test('a word or a string alone reads nothing (and is not a boolean either)', () => {
    expect(found(cond('yes'), ...CODES).map((d) => d.code)).toEqual(['FLOW3034']);
    expect(found(cond('"yes"'), ...CODES).map((d) => d.code)).toEqual(['FLOW3034']);
  });
});
