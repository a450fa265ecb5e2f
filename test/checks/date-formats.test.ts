// Dates of DatePicker and CalendarPicker are "YYYY-MM-DD" from 5.0 (spec §0 4.12/4.13; Meta: INVALID_DATE_RANGE).
import { describe, expect, test } from 'vitest';
import { screen } from './helpers.js';
import { fixed, found } from './type-helpers.js';

const CODE = 'FLOW3022';

describe('date formats', () => {
  test('a day-first date', () => {
    expect(found(screen('  DatePicker d "Day" { min-date: "01/12/2026" }'), CODE)).toEqual([
      expect.objectContaining({
        at: '"01/12/2026"',
        meta: 'INVALID_DATE_RANGE',
        message: '"01/12/2026" is not a valid date for \'min-date\': write it as "YYYY-MM-DD"',
      }),
    ]);
  });

  test('a day the calendar does not have, a month 13', () => {
    const src = screen('  DatePicker d "Day" { max-date: "2027-02-29"; unavailable-dates: ["2026-13-01", "2028-02-29"] }');
    expect(found(src, CODE).map((d) => [d.at, d.message])).toEqual([
      ['"2027-02-29"', '"2027-02-29" is not a valid date for \'max-date\': February 2027 has no day 29'],
      ['"2026-13-01"', '"2026-13-01" is not a valid date for \'unavailable-dates\': there is no month 13'],
    ]);
  });

  test('fixes for unpadded dates and timestamps', () => {
    expect(fixed(screen('  DatePicker d "Day" { init-value: "2026-1-5" }'), CODE)).toContain('init-value: "2026-01-05"');
    expect(fixed(screen('  DatePicker d "Day" { init-value: "2026-12-01T10:00:00Z" }'), CODE)).toContain('init-value: "2026-12-01"');
  });

  test('CalendarPicker, range-mode init-value included', () => {
    const src = screen('  CalendarPicker c { mode: range; label: { start-date: "A", end-date: "B" }; init-value: { start-date: "2026/12/01" } }');
    expect(found(src, CODE).map((d) => [d.at, d.message])).toEqual([
      ['"2026/12/01"', '"2026/12/01" is not a valid date for \'init-value start-date\': write it as "YYYY-MM-DD"'],
    ]);
  });

  test('not checked before 5.0 (timestamps), nor for bindings', () => {
    expect(found(screen('  DatePicker d "Day" { min-date: "1764547200000" }', 'flow t { version "4.0" }'), CODE)).toEqual([]);
    expect(found(screen('  data { m = "x" }\n  DatePicker d "Day" { min-date: data.m }'), CODE)).toEqual([]);
  });
});
