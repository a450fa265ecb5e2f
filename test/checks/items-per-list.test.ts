// At most one NavigationList row with a badge (spec §0 4.16: MAX_ITEMS_REQUIRED).
import { describe, expect, test } from 'vitest';
import { found, full } from './rule-helpers.js';

const nav = (rows: string) =>
  `screen A "A" {\n  NavigationList n { list-items { ${rows} } } -> navigate B\n}\n` + 'screen B "B" { terminal Footer "OK" -> complete }\n';

describe('items per list', () => {
  test('two rows with a badge', () => {
    const src = nav('a { main-content: { title: "A" }; badge: "New" } b { main-content: { title: "B" }; badge: "Hot" }');
    const [d] = found(src, 'FLOW5048');
    expect(d).toMatchObject({ at: 'badge', meta: 'MAX_ITEMS_REQUIRED', message: "2 items of NavigationList 'n' have 'badge'; at most 1 item may" });
    expect(full(src, 'FLOW5048').map((x) => x.span.start)).toEqual([src.lastIndexOf('badge')]);
  });

  test('one badge is fine', () => {
    expect(found(nav('a { main-content: { title: "A" }; badge: "New" } b { main-content: { title: "B" } }'), 'FLOW5048')).toEqual([]);
  });
});
