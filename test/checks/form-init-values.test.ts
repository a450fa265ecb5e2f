// A Form's init-values and error-messages (spec §0 4.19, §4.18): keys name inputs, no pickers, and from
// 7.0 values typed per input.
import { describe, expect, test } from 'vitest';
import { screen } from './helpers.js';
import { applyFix, found, full } from './rule-helpers.js';

const form = (initValues: string, inputs: string, header?: string) =>
  screen(`  Form f {\n    init-values: ${initValues}\n${inputs}\n  }`, header);

describe('Form init-values', () => {
  test('a key that names no input ("declared but not used"), with a suggestion', () => {
    const src = form('{ nmae: "Jane" }', '    TextInput name "Name"');
    expect(found(src, 'FLOW5039')).toEqual([
      expect.objectContaining({
        at: 'nmae',
        message: "init-values sets 'nmae', but screen 'MAIN' has no input named 'nmae'",
        help: "did you mean 'name'?",
      }),
    ]);
  });

  test('before 7.0 an unknown key is a warning', () => {
    const src = form('{ town: "Leeds" }', '    TextInput name "Name"', 'flow t { version "6.3" }');
    expect(full(src, 'FLOW5039').map((d) => d.severity)).toEqual(['warning']);
  });

  test('a PhotoPicker in init-values (NATIVE_COMPONENT_IN_FORM_INIT_VALUES)', () => {
    const src = form('{ name: "Jane", photos: [] }', '    TextInput name "Name"\n    PhotoPicker photos "Photos"');
    expect(found(src, 'FLOW5040')).toEqual([
      expect.objectContaining({
        at: 'photos',
        meta: 'NATIVE_COMPONENT_IN_FORM_INIT_VALUES',
        message: "init-values cannot set PhotoPicker 'photos': it takes no initial value",
      }),
    ]);
    expect(applyFix(src, 'FLOW5040')).toContain('init-values: { name: "Jane" }');
  });

  test('7.0 types: number TextInput, CheckboxGroup, OptIn, range CalendarPicker', () => {
    const inputs = [
      '    TextInput age "Age" { input-type: number }',
      '    TextInput pin "PIN" { input-type: passcode }',
      '    CheckboxGroup extras "Extras" { data-source { a "A" } }',
      '    OptIn terms "Terms"',
      '    CalendarPicker stay { mode: range; label: { start-date: "In", end-date: "Out" } }',
      '    TextInput name "Name"',
    ].join('\n');
    const src = form('{ age: "30", pin: 1234, extras: "a", terms: "yes", stay: "2026-01-01", name: 5 }', inputs);
    expect(found(src, 'FLOW5055').map((d) => [d.at, d.message])).toEqual([
      ['"30"', "init-values gives 'age' a string, but TextInput 'age' takes a number (input-type number)"],
      ['"a"', "init-values gives 'extras' a string, but CheckboxGroup 'extras' takes a list of ids"],
      ['"yes"', "init-values gives 'terms' a string, but OptIn 'terms' takes true or false"],
      ['"2026-01-01"', "init-values gives 'stay' a string, but CalendarPicker 'stay' takes an object { start-date, end-date } in range mode"],
      ['5', "init-values gives 'name' a number, but TextInput 'name' takes a string"],
    ]);
    expect(found(src, 'FLOW5055')[0]!.meta).toBe('INVALID_PROPERTY_TYPE');
  });

  test('right types are fine; bindings are not checked', () => {
    const src = screen(
      '  data { n = 3 }\n  Form f {\n    init-values: { age: 30, extras: ["a"], terms: true, name: data.n }\n' +
        '    TextInput age "Age" { input-type: number }\n    CheckboxGroup extras "Extras" { data-source { a "A" } }\n' +
        '    OptIn terms "Terms"\n    TextInput name "Name"\n  }',
    );
    expect(found(src, 'FLOW5055')).toEqual([]);
  });

  test('before 7.0 the values are not typed', () => {
    const src = form('{ age: "30" }', '    TextInput age "Age" { input-type: number }', 'flow t { version "6.3" }');
    expect(found(src, 'FLOW5055')).toEqual([]);
  });

  test('error-messages: a range CalendarPicker takes an object; unknown keys warn', () => {
    const src = screen(
      '  Form f {\n    error-messages: { stay: "Pick dates", ghost: "x" }\n' +
        '    CalendarPicker stay { mode: range; label: { start-date: "In", end-date: "Out" } }\n  }',
    );
    expect(found(src, 'FLOW5055')).toEqual([expect.objectContaining({ at: '"Pick dates"' })]);
    expect(found(src, 'FLOW5039')).toEqual([expect.objectContaining({ at: 'ghost', message: expect.stringContaining('error-messages sets') })]);
  });
});
