// Options with images and options with colours in one list (spec §4.6:
// DATA_SOURCE_ITEMS_HAVE_BOTH_IMAGE_AND_COLOR).
import { describe, expect, test } from 'vitest';
import { screen } from './helpers.js';
import { found } from './rule-helpers.js';

const IMAGE = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR42mNQvZwGAAJ/AV9pIfneAAAAAElFTkSuQmCC';

describe('exclusive item properties', () => {
  test('one option with a colour, another with an image', () => {
    const src = screen(`  CheckboxGroup c "Colours" {\n    data-source {\n      red "Red" { color: "#FF0000" }\n      pic "Picture" { image: "${IMAGE}" }\n    }\n  }`);
    expect(found(src, 'FLOW5044')).toEqual([
      expect.objectContaining({
        at: 'image',
        meta: 'DATA_SOURCE_ITEMS_HAVE_BOTH_IMAGE_AND_COLOR',
        message: "the items of 'data-source' of CheckboxGroup 'c' mix 'color' and 'image': use one of them for all items",
      }),
    ]);
  });

  test('one option with both', () => {
    const src = screen(`  Dropdown d "D" { data-source { a "A" { color: "#FF0000"; image: "${IMAGE}" } } }`);
    expect(found(src, 'FLOW5044')).toHaveLength(1);
  });

  test('in a literal list', () => {
    const src = screen(`  RadioButtonsGroup r "R" { data-source: [{ id: "a", title: "A", image: "${IMAGE}" }, { id: "b", title: "B", color: "#00FF00" }] }`);
    expect(found(src, 'FLOW5044')).toEqual([expect.objectContaining({ at: 'color' })]);
  });

  test('only colours, or only images, are fine', () => {
    expect(found(screen('  Dropdown d "D" { data-source { a "A" { color: "#FF0000" }; b "B" { color: "#00FF00" } } }'), 'FLOW5044')).toEqual([]);
  });
});
