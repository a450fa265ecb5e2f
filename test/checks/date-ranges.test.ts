// min-date ≤ max-date; unavailable dates and a DatePicker init-value inside the range; no default range
// (spec §0 4.12/4.13; Meta: INVALID_DATE_RANGE).
import { describe, expect, test } from 'vitest';
import { screen } from './helpers.js';
import { found, related } from './type-helpers.js';

const CODES = ['FLOW3023', 'FLOW3024'];

describe('date ranges', () => {
  test('min-date after max-date', () => {
    const src = screen('  DatePicker d "Day" { min-date: "2026-12-31"; max-date: "2026-12-01" }');
    expect(found(src, ...CODES)).toEqual([
      expect.objectContaining({ code: 'FLOW3023', at: '"2026-12-01"', message: 'max-date 2026-12-01 is before min-date 2026-12-31' }),
    ]);
    expect(related(src, 'FLOW3023')).toEqual([{ at: '"2026-12-31"', message: 'min-date is 2026-12-31' }]);
  });

  test('an unavailable date after max-date, a DatePicker init-value before min-date', () => {
    const src = screen(
      '  DatePicker d "Day" {\n    min-date: "2026-12-01"\n    max-date: "2026-12-31"\n    unavailable-dates: ["2026-12-25", "2027-01-01"]\n    init-value: "2026-11-30"\n  }',
    );
    expect(found(src, ...CODES).map((d) => [d.code, d.at, d.message])).toEqual([
      ['FLOW3024', '"2027-01-01"', 'unavailable date 2027-01-01 is after max-date 2026-12-31, outside the dates the user can pick'],
      ['FLOW3024', '"2026-11-30"', 'init-value 2026-11-30 is before min-date 2026-12-01, outside the dates the user can pick'],
    ]);
  });

  test('an open side is open: no default range', () => {
    const src = screen('  CalendarPicker c "Day" { min-date: "2026-12-01"; unavailable-dates: ["2199-01-01", "1800-01-01"] }');
    expect(found(src, ...CODES).map((d) => d.at)).toEqual(['"1800-01-01"']);
    expect(found(screen('  DatePicker d "Day" { unavailable-dates: ["1800-01-01"] }'), ...CODES)).toEqual([]);
  });

  test('accepted: dates inside the range, a CalendarPicker init-value (not checked by Meta), bindings', () => {
    const src = screen(
      '  data { last = "2026-01-01" }\n  DatePicker d "Day" { min-date: "2026-12-01"; max-date: data.last; unavailable-dates: ["2026-12-01"] }\n' +
        '  CalendarPicker c "C" { min-date: "2026-12-01"; max-date: "2026-12-31"; init-value: "2027-01-05" }',
    );
    expect(found(src, ...CODES)).toEqual([]);
  });
});
