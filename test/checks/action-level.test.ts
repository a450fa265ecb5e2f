// An action slot on the component or on its items, never both; a NavigationList's on-click-action on
// the list or on every row (spec §4.6, §0 4.16).
import { describe, expect, test } from 'vitest';
import { screen } from './helpers.js';
import { found } from './rule-helpers.js';

const answer = '\nscreen ANSWER "Answer" {\n  terminal\n  Footer "OK" -> complete\n}\n';
const nav = (list: string, action = '') =>
  `screen HELP "Help" {\n  NavigationList topic "Topics" {\n    list-items {\n${list}\n    }\n  }${action}\n}\n${answer}`;
const row = (id: string, click = true) =>
  `      ${id} { main-content: { title: "${id}" }${click ? '; on-click-action: navigate ANSWER' : ''} }`;

describe('action level', () => {
  test('on-select-action on the component and on an option', () => {
    const src = screen(
      '  data { show = false }\n  RadioButtonsGroup method "Method" {\n    on-select-action: update_data { show: true }\n' +
        '    data-source {\n      pickup "Pick up" { on-select-action: update_data { show: false } }\n      send "Send"\n    }\n  }',
    );
    expect(found(src, 'FLOW5041')).toEqual([
      expect.objectContaining({
        at: 'on-select-action',
        message: "'on-select-action' is set on RadioButtonsGroup 'method' and on items of its data-source: set it on one level only",
      }),
    ]);
  });

  test('on-unselect-action on a CheckboxGroup and on its option', () => {
    const src = screen(
      '  data { show = false }\n  CheckboxGroup extras "Extras" {\n    on-unselect-action: update_data { show: false }\n' +
        '    data-source {\n      a "A" { on-unselect-action: update_data { show: true } }\n      b "B"\n    }\n  }',
    );
    expect(found(src, 'FLOW5041')).toEqual([expect.objectContaining({ at: 'on-unselect-action' })]);
  });

  test('NavigationList: on the list and on a row', () => {
    const src = nav([row('a'), row('b', false)].join('\n'), ' -> navigate ANSWER');
    expect(found(src, 'FLOW5041')).toEqual([expect.objectContaining({ at: 'navigate' })]);
    expect(found(src, 'FLOW5045')).toEqual([]);
  });

  test('NavigationList: on no level (MISSING_REQUIRED_PROPERTY)', () => {
    const src = nav([row('a', false), row('b', false)].join('\n'));
    expect(found(src, 'FLOW5045')).toEqual([
      expect.objectContaining({
        at: 'NavigationList',
        meta: 'MISSING_REQUIRED_PROPERTY',
        message: "NavigationList 'topic' needs 'on-click-action': set it on the NavigationList, or on every item of list-items",
      }),
    ]);
  });

  test('NavigationList: on some rows only', () => {
    const src = nav([row('a'), row('b', false)].join('\n'));
    expect(found(src, 'FLOW5045')).toEqual([
      expect.objectContaining({
        at: 'b',
        message: "item 'b' of NavigationList 'topic' needs 'on-click-action': the other items have one, so every item needs one",
      }),
    ]);
  });

  test('NavigationList: on every row, or on the list only, is fine', () => {
    expect(found(nav([row('a'), row('b')].join('\n')), 'FLOW5045')).toEqual([]);
    const once = nav([row('a', false), row('b', false)].join('\n'), ' -> navigate ANSWER');
    expect(found(once, 'FLOW5045')).toEqual([]);
    expect(found(once, 'FLOW5041')).toEqual([]);
  });

  test('NavigationList bound to data: rows are not known', () => {
    const src =
      'screen HELP "Help" {\n  data { rows: [{ id: string, main-content: { title: string } }] = [] }\n' +
      `  NavigationList topic "Topics" { list-items: data.rows }\n}\n${answer}`;
    expect(found(src, 'FLOW5045')).toEqual([]);
  });
});
