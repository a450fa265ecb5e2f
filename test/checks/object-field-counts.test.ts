// A NavigationList row's end add-on holds 1–2 of title, description, metadata (spec §0 4.16:
// DUPLICATE_PROPETY_FOR_CONDITION).
import { describe, expect, test } from 'vitest';
import { found } from './rule-helpers.js';

const nav = (end: string) =>
  `screen A "A" {\n  NavigationList n { list-items { a { main-content: { title: "A" }; end: ${end} } } } -> navigate B\n}\n` +
  'screen B "B" { terminal Footer "OK" -> complete }\n';

describe('object field counts', () => {
  test('end with all three texts', () => {
    expect(found(nav('{ title: "€5", description: "a month", metadata: "VAT" }'), 'FLOW5046')).toEqual([
      expect.objectContaining({
        at: 'metadata',
        meta: 'DUPLICATE_PROPETY_FOR_CONDITION',
        message: "'end' of item 'a' of NavigationList 'n' has 3 of title, description, metadata; it takes 1 to 2",
      }),
    ]);
  });

  test('an empty end', () => {
    expect(found(nav('{}'), 'FLOW5046')).toEqual([expect.objectContaining({ at: 'end', message: expect.stringContaining('has 0 of') })]);
  });

  test('one or two texts are fine', () => {
    expect(found(nav('{ title: "€5" }'), 'FLOW5046')).toEqual([]);
    expect(found(nav('{ title: "€5", metadata: "VAT" }'), 'FLOW5046')).toEqual([]);
  });
});
