// An item property that only a few items of a list may have is on no more of them (catalogue
// `maxPerList`): one NavigationList row at most has a badge. Meta: MAX_ITEMS_REQUIRED.
import type { Check } from './check.js';
import { forEachWrittenValue, staticItems } from './written-values.js';

export const itemsPerList: Check = ({ flow, report }) => {
  const { version } = flow.settings;
  for (const screen of flow.screens) {
    for (const use of screen.components) {
      forEachWrittenValue(use, ({ spec, value, owner }) => {
        if (!spec.item) return;
        const items = staticItems(value);
        for (const field of spec.item) {
          if (field.maxPerList === undefined) continue;
          const withIt = items.filter((i) => i.fields.has(field.name));
          for (const extra of withIt.slice(field.maxPerList)) {
            report('FLOW5048', extra.fields.get(field.name)!.span, {
              property: field.name,
              owner,
              count: withIt.length,
              max: field.maxPerList,
              items: field.maxPerList === 1 ? 'item' : 'items',
            }, {
              related: withIt.slice(0, field.maxPerList).map((i) => ({ span: i.fields.get(field.name)!.span, message: `${i.label} has one` })),
            });
          }
        }
      }, version);
    }
  }
};
