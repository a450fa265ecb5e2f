// CalendarPicker modes (spec §0 4.13): range-mode props are { start-date, end-date } objects, single
// mode rejects objects and the range-only properties; nothing is checked when mode is a binding.
import { describe, expect, test } from 'vitest';
import { codes, screen } from './helpers.js';
import { applyFix, found } from './rule-helpers.js';

const calendar = (body: string) => screen(`  CalendarPicker stay {\n    ${body.split('; ').join('\n    ')}\n  }`);
const label = 'label: { start-date: "Check-in", end-date: "Check-out" }';

describe('calendar range mode', () => {
  test('title in single mode (INVALID_PROPERTY_NAME_FOR_CONDITION)', () => {
    const src = screen('  CalendarPicker day "Day" { title: "When?"; min-date: "2026-01-01" }');
    expect(found(src, 'FLOW5034')).toEqual([
      expect.objectContaining({
        at: 'title',
        meta: 'INVALID_PROPERTY_NAME_FOR_CONDITION',
        message: "'title' applies only in range mode; CalendarPicker 'day' is in single mode",
      }),
    ]);
    const fixed = applyFix(src, 'FLOW5034');
    expect(fixed).toContain('CalendarPicker day "Day" { min-date: "2026-01-01" }');
  });

  test('min-days, max-days and description with mode single written out', () => {
    const src = screen('  CalendarPicker day "Day" { mode: single; description: "x"; min-days: 1; max-days: 2 }');
    expect(found(src, 'FLOW5034').map((d) => d.at)).toEqual(['description', 'min-days', 'max-days']);
  });

  test('a string label in range mode (INVALID_TYPE)', () => {
    const src = screen('  CalendarPicker stay "Dates" { mode: range }');
    expect(found(src, 'FLOW5035')).toEqual([
      expect.objectContaining({
        at: '"Dates"',
        meta: 'INVALID_TYPE',
        message: "in range mode, 'label' of CalendarPicker 'stay' is an object with start-date and end-date, not a string",
      }),
    ]);
  });

  test('required as a flag in range mode, fixed to both dates', () => {
    const src = calendar(`mode: range; ${label}; required`);
    expect(found(src, 'FLOW5035')).toEqual([expect.objectContaining({ at: 'required', message: expect.stringContaining('not true') })]);
    const fixed = applyFix(src, 'FLOW5035');
    expect(fixed).toContain('required: { start-date: true, end-date: true }');
    expect(codes(fixed).filter((c) => c.startsWith('FLOW50'))).toEqual([]);
  });

  test('a string helper-text in range mode becomes { start-date: … }', () => {
    const src = calendar(`mode: range; ${label}; helper-text: "From 14:00"`);
    const fixed = applyFix(src, 'FLOW5035');
    expect(fixed).toContain('helper-text: { start-date: "From 14:00" }');
    expect(found(fixed, 'FLOW5035')).toEqual([]);
  });

  test('label without end-date (MISSING_CALENDAR_PICKER_RANGE_MODE_PROP)', () => {
    expect(found(calendar('mode: range; label: { start-date: "Check-in" }'), 'FLOW5036')).toEqual([
      expect.objectContaining({
        at: 'label',
        meta: 'MISSING_CALENDAR_PICKER_RANGE_MODE_PROP',
        message: "'label' of CalendarPicker 'stay' needs 'end-date' in range mode",
      }),
    ]);
  });

  test('helper-text needs start-date only', () => {
    expect(found(calendar(`mode: range; ${label}; helper-text: { start-date: "From 14:00" }`), 'FLOW5036')).toEqual([]);
    expect(found(calendar(`mode: range; ${label}; helper-text: { end-date: "Until 11:00" }`), 'FLOW5036')).toEqual([
      expect.objectContaining({ at: 'helper-text', message: "'helper-text' of CalendarPicker 'stay' needs 'start-date' in range mode" }),
    ]);
  });

  test('another key (UNEXPECTED_CALENDAR_PICKER_RANGE_MODE_PROP), with a suggestion', () => {
    const src = calendar(`mode: range; ${label}; error-message: { start-date: "x", ende-date: "y" }`);
    expect(found(src, 'FLOW5037')).toEqual([
      expect.objectContaining({
        at: 'ende-date',
        meta: 'UNEXPECTED_CALENDAR_PICKER_RANGE_MODE_PROP',
        message: "'ende-date' is not a key of 'error-message' in range mode: it takes start-date and end-date",
        help: "did you mean 'end-date'?",
      }),
    ]);
    // and no generic unknown-property error next to it
    expect(found(src, 'FLOW5002')).toEqual([]);
  });

  test('an object in single mode; the fix sets mode: range', () => {
    const src = calendar(label);
    expect(found(src, 'FLOW5035')).toEqual([
      expect.objectContaining({ message: "in single mode, 'label' of CalendarPicker 'stay' is a string, not an object" }),
    ]);
    const fixed = applyFix(src, 'FLOW5035');
    expect(fixed).toContain('mode: range; label:');
    expect(codes(fixed).filter((c) => c.startsWith('FLOW50'))).toEqual([]);
  });

  test('mode as a binding: nothing is checked', () => {
    const src = screen('  data { mode = "range" }\n  CalendarPicker stay "Dates" { mode: data.mode; title: "x"; helper-text: { start-date: "a" } }');
    expect(codes(src).filter((c) => ['FLOW5034', 'FLOW5035', 'FLOW5036', 'FLOW5037'].includes(c))).toEqual([]);
  });

  test('a binding as a range-mode value is not checked', () => {
    const src = screen(`  data { hint = { start-date: "a" } }\n  CalendarPicker stay { mode: range; ${label}; helper-text: data.hint }`);
    expect(found(src, 'FLOW5035')).toEqual([]);
  });

  test('the docs example is clean', () => {
    const src = calendar(`mode: range; ${label}; title: "When?"; min-days: 1; max-days: 14; required: { start-date: true, end-date: true }`);
    expect(codes(src).filter((c) => c.startsWith('FLOW50'))).toEqual([]);
  });
});
