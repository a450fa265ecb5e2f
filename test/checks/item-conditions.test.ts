// end add-on with media-size large (spec §0 4.16: INVALID_PROPERTY_VALUE_FOR_CONDITION).
import { describe, expect, test } from 'vitest';
import { found } from './rule-helpers.js';

const nav = (mediaSize: string) =>
  `screen A "A" {\n  NavigationList n {\n    ${mediaSize}\n    list-items { a { main-content: { title: "A" }; end: { title: "€5" } } }\n  } -> navigate B\n}\n` +
  'screen B "B" { terminal Footer "OK" -> complete }\n';

describe('item conditions', () => {
  test('end with media-size large', () => {
    expect(found(nav('media-size: large'), 'FLOW5047')).toEqual([
      expect.objectContaining({
        at: 'end',
        meta: 'INVALID_PROPERTY_VALUE_FOR_CONDITION',
        message: "item 'a' of NavigationList 'n' has 'end', which is not allowed with media-size large",
      }),
    ]);
  });

  test('end with media-size regular, or the default, is fine', () => {
    expect(found(nav('media-size: regular'), 'FLOW5047')).toEqual([]);
    expect(found(nav(''), 'FLOW5047')).toEqual([]);
  });
});
