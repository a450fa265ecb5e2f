// A list written out in the source has as many entries as Meta allows (catalogue `minItems`/`maxItems`):
// 1–20 options for CheckboxGroup and RadioButtonsGroup, 1–200 for Dropdown (100 once an option has an
// image, catalogue `maxItemsWith`), 2–20 chips, 1–20 NavigationList rows, 1–3 carousel images, 1–3
// tags. A binding (data-source: data.options) is not counted. Meta: MIN_ITEMS_REQUIRED,
// MAX_ITEMS_REQUIRED.
import type * as A from '../ast.js';
import type { Check } from './check.js';
import { forEachWrittenValue, staticItems } from './written-values.js';

export const itemCounts: Check = ({ flow, report }) => {
  const { version } = flow.settings;
  for (const screen of flow.screens) {
    for (const use of screen.components) {
      forEachWrittenValue(use, ({ spec, value, key, owner }) => {
        if (spec.minItems === undefined && spec.maxItems === undefined) return;
        const entries: readonly { readonly span: A.Identifier['span'] }[] | undefined =
          value.kind === 'ItemList' ? value.items.map((i) => ({ span: i.id.span })) : value.kind === 'Array' ? value.elements : undefined;
        if (!entries) return;
        const count = entries.length;
        const noun = count === 1 ? 'item' : 'items';
        let max = spec.maxItems;
        let because = '';
        const cap = spec.maxItemsWith;
        if (cap && staticItems(value).some((i) => i.fields.has(cap.property))) {
          max = Math.min(max ?? cap.max, cap.max);
          because = ` when an item has ${cap.property}`;
        }
        if (spec.minItems !== undefined && count < spec.minItems) {
          report('FLOW6012', key?.span ?? value.span, { property: spec.name, owner, count, noun, min: spec.minItems });
        } else if (max !== undefined && count > max) {
          report('FLOW6013', entries[max]!.span, { property: spec.name, owner, count, noun, max, because }, {
            ...(key ? { related: [{ span: key.span, message: `${spec.name} starts here` }] } : {}),
          });
        }
      }, version);
    }
  }
};
