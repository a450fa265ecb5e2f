// Numeric bounds from the catalogue (spec §4.6, §4.17, §4.18: MINIMUM_VALUE_REQUIRED, MAXIMUM_VALUE_REQUIRED).
import { describe, expect, test } from 'vitest';
import { screen } from './helpers.js';
import { applyFix, found } from './rule-helpers.js';

describe('numeric bounds', () => {
  test('CheckboxGroup max-selected-items 1 (validator minimum 2)', () => {
    const src = screen('  CheckboxGroup c "C" { max-selected-items: 1; data-source { a "A" } }');
    expect(found(src, 'FLOW6010')).toEqual([
      expect.objectContaining({
        at: '1',
        meta: 'MINIMUM_VALUE_REQUIRED',
        message: "'max-selected-items' of CheckboxGroup 'c' is 1; the smallest allowed is 2",
      }),
    ]);
    expect(applyFix(src, 'FLOW6010')).toContain('max-selected-items: 2;');
  });

  test('ChipsSelector max-selected-items 1 is fine, 0 is not', () => {
    const chips = (n: number) => screen(`  ChipsSelector c "C" { max-selected-items: ${n}; data-source { a "A"; b "B" } }`);
    expect(found(chips(1), 'FLOW6010')).toEqual([]);
    expect(found(chips(0), 'FLOW6010')).toHaveLength(1);
  });

  test('max-file-size-kb above 25600 and below 1', () => {
    expect(found(screen('  PhotoPicker p "P" { max-file-size-kb: 30000 }'), 'FLOW6011')).toEqual([
      expect.objectContaining({ at: '30000', meta: 'MAXIMUM_VALUE_REQUIRED', message: "'max-file-size-kb' of PhotoPicker 'p' is 30000; the largest allowed is 25600" }),
    ]);
    expect(found(screen('  DocumentPicker d "D" { max-file-size-kb: 0 }'), 'FLOW6010')).toHaveLength(1);
  });

  test('negative counts', () => {
    expect(found(screen('  PhotoPicker p "P" { min-uploaded-photos: -1 }'), 'FLOW6010')).toEqual([expect.objectContaining({ at: '-1' })]);
    expect(found(screen('  DocumentPicker d "D" { max-uploaded-documents: 31 }'), 'FLOW6011')).toHaveLength(1);
  });
});
