// Data field names Meta can read (spec §3.1) and keys beginning with `required` (spec §0 3.1).
import { describe, expect, test } from 'vitest';
import { codes } from './helpers.js';
import { applyFix, found, full } from './rule-helpers.js';

describe('data field names', () => {
  test("a dash in a field name, renamed everywhere by the fix", () => {
    const src =
      'screen A "A" {\n  TextInput name "Name"\n  TextCaption screen.B.data.first-name\n  Footer "Next" -> navigate B { first-name: form.name }\n}\n' +
      'screen B "B" {\n  terminal\n  data { first-name = "Maria" }\n  TextHeading "Hi ${data.first-name}"\n' +
      "  TextCaption `'Dear ' + ${data.first-name}`\n" +
      '  Footer "OK" -> complete { name: data.first-name }\n}\n';
    expect(found(src, 'FLOW2032')).toEqual([
      expect.objectContaining({
        at: 'first-name',
        message: "data field name 'first-name' contains '-', which Meta does not accept in ${data.…} references",
      }),
    ]);
    const fixed = applyFix(src, 'FLOW2032');
    expect(fixed).not.toContain('first-name');
    expect(codes(fixed)).toEqual([]);
  });

  test('no rename fix when the new name is taken', () => {
    const src = 'screen A "A" { terminal data { a-b = "x"; a_b = "y" } TextBody "${data.a-b} ${data.a_b}" Footer "OK" -> complete }\n';
    expect(full(src, 'FLOW2032')[0]!.fixes ?? []).toEqual([]);
  });

  test('a space or a quote in a nested key', () => {
    const src = 'screen A "A" { terminal data { address = { "zip code": "LS1", "it\'s": "x" } } TextBody data.address.city Footer "OK" -> complete }\n';
    expect(found(src, 'FLOW2032').map((d) => [d.at, d.message])).toEqual([
      ['"zip code"', "data field name 'zip code' contains a space, which Meta does not accept in ${data.…} references"],
      ['"it\'s"', "data field name 'it's' contains ''', which Meta does not accept in ${data.…} references"],
    ]);
  });

  test("nested keys may hold '-' (a range CalendarPicker value is { start-date, end-date })", () => {
    const src = 'screen A "A" { terminal data { stay = { start-date: "2026-07-01", end-date: "2026-07-05" } } TextBody data.stay.start-date Footer "OK" -> complete }\n';
    expect(found(src, 'FLOW2032')).toEqual([]);
  });

  test('a field named required, or beginning with it: a warning', () => {
    const src = 'screen A "A" { terminal data { required = true; required_fields = ["a"] } TextBody "${data.required}" Footer "OK" -> complete { f: data.required_fields } }\n';
    const found_ = full(src, 'FLOW2033');
    expect(found_.map((d) => [d.severity, d.message])).toEqual([
      ['warning', "data field 'required' begins with 'required', a key Meta's data-model validator treats specially"],
      ['warning', "data field 'required_fields' begins with 'required', a key Meta's data-model validator treats specially"],
    ]);
  });

  test('plain names are fine', () => {
    expect(found('screen A "A" { terminal data { first_name = "x" } TextBody data.first_name Footer "OK" -> complete }', 'FLOW2032')).toEqual([]);
  });
});
