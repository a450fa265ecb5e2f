// Item counts of lists written out (spec §4.6–4.8, §4.15–4.17: MIN_ITEMS_REQUIRED, MAX_ITEMS_REQUIRED).
import { describe, expect, test } from 'vitest';
import { screen } from './helpers.js';
import { found } from './rule-helpers.js';

const options = (n: number, extra = '') => Array.from({ length: n }, (_, i) => `      o${i} "Option ${i}"${extra}`).join('\n');
const IMAGE = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR42mNQvZwGAAJ/AV9pIfneAAAAAElFTkSuQmCC';

describe('item counts', () => {
  test('RadioButtonsGroup with 21 options', () => {
    const src = screen(`  RadioButtonsGroup r "R" {\n    data-source {\n${options(21)}\n    }\n  }`);
    expect(found(src, 'FLOW6013')).toEqual([
      expect.objectContaining({
        at: 'o20',
        meta: 'MAX_ITEMS_REQUIRED',
        message: "'data-source' of RadioButtonsGroup 'r' has 21 items; at most 20 are allowed",
      }),
    ]);
    expect(found(src.replace(/\n {6}o20 "Option 20"/, ''), 'FLOW6013')).toEqual([]);
  });

  test('Dropdown: 200 options, but 100 once an option has an image', () => {
    const plain = screen(`  Dropdown d "D" {\n    data-source {\n${options(150)}\n    }\n  }`);
    expect(found(plain, 'FLOW6013')).toEqual([]);
    const withImage = plain.replace('o0 "Option 0"', `o0 "Option 0" { image: "${IMAGE}" }`);
    expect(found(withImage, 'FLOW6013')).toEqual([
      expect.objectContaining({ at: 'o100', message: "'data-source' of Dropdown 'd' has 150 items; at most 100 are allowed when an item has image" }),
    ]);
  });

  test('ChipsSelector with one chip (at least 2)', () => {
    expect(found(screen('  ChipsSelector c "C" { data-source { a "A" } }'), 'FLOW6012')).toEqual([
      expect.objectContaining({
        at: 'data-source',
        meta: 'MIN_ITEMS_REQUIRED',
        message: "'data-source' of ChipsSelector 'c' has 1 item; it needs at least 2",
      }),
    ]);
  });

  test('an empty literal list', () => {
    expect(found(screen('  CheckboxGroup c "C" { data-source: [] }'), 'FLOW6012')).toEqual([expect.objectContaining({ at: 'data-source' })]);
  });

  test('ImageCarousel with 4 images', () => {
    const image = `{ src: "${IMAGE}", alt-text: "x" }`;
    const src = screen(`  ImageCarousel { images: [${[image, image, image, image].join(', ')}] }`);
    expect(found(src, 'FLOW6013')).toEqual([expect.objectContaining({ message: "'images' of ImageCarousel has 4 items; at most 3 are allowed" })]);
  });

  test('NavigationList tags: 1–3', () => {
    const nav = (tags: string) =>
      `screen A "A" {\n  NavigationList n { list-items { a { main-content: { title: "A" }; tags: ${tags} } } } -> navigate B\n}\n` +
      'screen B "B" { terminal Footer "OK" -> complete }\n';
    expect(found(nav('["a", "b", "c", "d"]'), 'FLOW6013')).toEqual([
      expect.objectContaining({ at: '"d"', message: "'tags' of item 'a' of NavigationList 'n' has 4 items; at most 3 are allowed" }),
    ]);
    expect(found(nav('[]'), 'FLOW6012')).toHaveLength(1);
    expect(found(nav('["a"]'), 'FLOW6012')).toEqual([]);
  });

  test('a data binding is not counted', () => {
    const src = screen('  data { opts: [{ id: string, title: string }] = [] }\n  ChipsSelector c "C" { data-source: data.opts }');
    expect(found(src, 'FLOW6012')).toEqual([]);
  });
});
