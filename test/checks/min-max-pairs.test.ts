// min ≤ max (spec §4.4, §4.6, §4.13, §4.18: MIN_VALUE_GREATER_THAN_MAX, INVALID_MIN_MAX_DAYS).
import { describe, expect, test } from 'vitest';
import { screen } from './helpers.js';
import { found } from './rule-helpers.js';

describe('min-max pairs', () => {
  test('min-chars above max-chars', () => {
    expect(found(screen('  TextInput pin "PIN" { min-chars: 6; max-chars: 4 }'), 'FLOW5042')).toEqual([
      expect.objectContaining({
        at: '6',
        meta: 'MIN_VALUE_GREATER_THAN_MAX',
        message: "'min-chars' (6) cannot be greater than 'max-chars' (4) for TextInput 'pin'",
      }),
    ]);
  });

  test('min-selected-items above max-selected-items', () => {
    const src = screen('  CheckboxGroup c "C" { min-selected-items: 3; max-selected-items: 2; data-source { a "A" } }');
    expect(found(src, 'FLOW5042')).toEqual([expect.objectContaining({ at: '3' })]);
  });

  test('min-uploaded-photos above max-uploaded-photos', () => {
    const src = screen('  PhotoPicker p "Photos" { min-uploaded-photos: 5; max-uploaded-photos: 2 }');
    expect(found(src, 'FLOW5042')).toEqual([
      expect.objectContaining({ message: "'min-uploaded-photos' (5) cannot be greater than 'max-uploaded-photos' (2) for PhotoPicker 'p'" }),
    ]);
  });

  test('min-documents above max-documents', () => {
    const src = screen('  DocumentPicker d "Docs" { min-uploaded-documents: 2; max-uploaded-documents: 1 }');
    expect(found(src, 'FLOW5042')).toHaveLength(1);
  });

  test('min-days above max-days (INVALID_MIN_MAX_DAYS)', () => {
    const src = screen('  CalendarPicker s { mode: range; label: { start-date: "a", end-date: "b" }; min-days: 7; max-days: 3 }');
    expect(found(src, 'FLOW5043')).toEqual([
      expect.objectContaining({ at: '7', meta: 'INVALID_MIN_MAX_DAYS', message: "'min-days' (7) cannot be greater than 'max-days' (3) for CalendarPicker 's'" }),
    ]);
  });

  test('equal bounds, one bound, or bindings are fine', () => {
    expect(found(screen('  TextInput pin "PIN" { min-chars: 4; max-chars: 4 }'), 'FLOW5042')).toEqual([]);
    expect(found(screen('  TextInput pin "PIN" { min-chars: 100 }'), 'FLOW5042')).toEqual([]);
    expect(found(screen('  data { n = 2 }\n  TextInput pin "PIN" { min-chars: 6; max-chars: data.n }'), 'FLOW5042')).toEqual([]);
  });
});
