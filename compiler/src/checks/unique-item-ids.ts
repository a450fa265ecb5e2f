// The items of one list written out in the source have different ids: an id is the value an option
// contributes to the form (CheckboxGroup, RadioButtonsGroup, Dropdown, ChipsSelector) or names a
// NavigationList row, so two items with one id cannot be told apart.
import type { Check } from './check.js';
import { forEachWrittenValue, staticItems, type StaticItem } from './written-values.js';

export const uniqueItemIds: Check = ({ flow, report }) => {
  const { version } = flow.settings;
  for (const screen of flow.screens) {
    for (const use of screen.components) {
      forEachWrittenValue(use, ({ spec, value, owner }) => {
        if (!spec.item?.some((f) => f.name === 'id')) return;
        const seen = new Map<string, StaticItem>();
        for (const item of staticItems(value)) {
          if (item.id === undefined) continue;
          const first = seen.get(item.id);
          if (!first) {
            seen.set(item.id, item);
            continue;
          }
          report('FLOW2031', item.idSpan, { id: item.id, property: spec.name, owner }, {
            related: [{ span: first.idSpan, message: 'first used here' }],
          });
        }
      }, version);
    }
  }
};
