// Images are base64 data (spec §4.14, §4.15, §0; Meta: INVALID_PROPERTY_VALUE_FORMAT, and
// INVALID_PROPERTY_VALUE for ImageCarousel).
import { describe, expect, test } from 'vitest';
import { screen } from './helpers.js';
import { fixed, found } from './type-helpers.js';

const CODES = ['FLOW3027', 'FLOW3028'];
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR42mNQvZwGAAJ/AV9pIfneAAAAAElFTkSuQmCC';

describe('base64 images', () => {
  test('an Image with a URL', () => {
    expect(found(screen('  Image { src: "https://www.example.com/logo.png" }'), ...CODES)).toEqual([
      expect.objectContaining({
        code: 'FLOW3027',
        at: '"https://www.example.com/logo.png"',
        meta: 'INVALID_PROPERTY_VALUE_FORMAT',
        message: "'src' of Image is not base64 image data: it is a URL; WhatsApp shows only images embedded as base64 data",
      }),
    ]);
  });

  test('an ImageCarousel image: Meta\'s own check', () => {
    const src = screen('  ImageCarousel { images: [{ src: "room.jpg", alt-text: "Room" }] }');
    expect(found(src, ...CODES)).toEqual([
      expect.objectContaining({
        code: 'FLOW3028',
        at: '"room.jpg"',
        meta: 'INVALID_PROPERTY_VALUE',
        message: "'src' of ImageCarousel images is not base64 image data: it contains characters that base64 does not use",
      }),
    ]);
  });

  test('a data: URL prefix is removed by the fix; bad padding, white space', () => {
    const src = screen(`  Image { src: "data:image/png;base64,${PNG}" }`);
    expect(found(src, ...CODES).map((d) => d.message)).toEqual(["'src' of Image is not base64 image data: it starts with a data: URL prefix"]);
    expect(fixed(src, 'FLOW3027')).toContain(`Image { src: "${PNG}" }`);
    expect(found(screen('  Image { src: "abcde" }'), ...CODES).map((d) => d.message)).toEqual([
      "'src' of Image is not base64 image data: its length or padding is not that of base64 data",
    ]);
    expect(found(screen('  Image { src: "abcd efgh" }'), ...CODES).map((d) => d.message)).toEqual([
      "'src' of Image is not base64 image data: it contains white space",
    ]);
  });

  test('data-source item images and NavigationList start images', () => {
    const src =
      'screen A "A" {\n  NavigationList n { list-items { a { main-content: { title: "A" }; start: { image: "x.png" } } } } -> navigate B\n}\n' +
      'screen B "B" {\n  terminal\n  RadioButtonsGroup r "R" { data-source { a "A" { image: "http://x/y.png" } } }\n  Footer "Done" -> complete { r: form.r }\n}\n';
    expect(found(src, ...CODES).map((d) => [d.at, d.message])).toEqual([
      ['"x.png"', "'image' of NavigationList list-items start is not base64 image data: it contains characters that base64 does not use"],
      ['"http://x/y.png"', "'image' of RadioButtonsGroup data-source item is not base64 image data: it is a URL; WhatsApp shows only images embedded as base64 data"],
    ]);
  });

  test('accepted: base64 data and bindings', () => {
    const src = screen(`  data { img = "x" }\n  Image { src: "${PNG}" }\n  Image { src: data.img }`);
    expect(found(src, ...CODES)).toEqual([]);
  });

  test('an empty src is left to blank-strings (it is valid, empty base64)', () => {
    expect(found(screen('  Image { src: "" }'), ...CODES)).toEqual([]);
  });
});
