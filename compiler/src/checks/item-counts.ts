// A list written out in the source has as many entries as Meta allows (catalogue `minItems`/`maxItems`):
// 1–20 options for CheckboxGroup and RadioButtonsGroup, 1–200 for Dropdown (100 once an option has an
// image, catalogue `maxItemsWith`), 2–20 chips, 1–20 NavigationList rows, 1–3 carousel images, 1–3
// tags. A binding (data-source: data.options) is not counted. Meta: MIN_ITEMS_REQUIRED,
// MAX_ITEMS_REQUIRED.
import type * as A from '../ast.js';
import type { Check } from './check.js';
import { writtenValues, staticItems, type StaticItem, type WrittenValue } from './written-values.js';

export const itemCounts: Check = ({ flow, report }) => {
  // one visitor for the whole flow, not a closure per component; no closures inside it either (each
  // would make every call allocate a context)
  const visit = ({ spec, value, key, owner }: WrittenValue): void => {
    if (spec.minItems === undefined && spec.maxItems === undefined) return;
    if (value.kind !== 'ItemList' && value.kind !== 'Array') return;
    const count = value.kind === 'ItemList' ? value.items.length : value.elements.length;
    const noun = count === 1 ? 'item' : 'items';
    let max = spec.maxItems;
    let because = '';
    const cap = spec.maxItemsWith;
    if (cap && anyItemHas(staticItems(value), cap.property)) {
      max = Math.min(max ?? cap.max, cap.max);
      because = ` when an item has ${cap.property}`;
    }
    if (spec.minItems !== undefined && count < spec.minItems) {
      report('FLOW6012', key?.span ?? value.span, { property: spec.name, owner, count, noun, min: spec.minItems });
    } else if (max !== undefined && count > max) {
      report('FLOW6013', entrySpan(value, max), { property: spec.name, owner, count, noun, max, because }, {
        ...(key ? { related: [{ span: key.span, message: `${spec.name} starts here` }] } : {}),
      });
    }
  };
  for (const w of writtenValues(flow)) visit(w);
};

/** Where the entry at `index` is written: an item's id, or the list element. */
function entrySpan(list: A.ItemList | A.ArrayLiteral, index: number): A.Identifier['span'] {
  return list.kind === 'ItemList' ? list.items[index]!.id.span : list.elements[index]!.span;
}

function anyItemHas(items: readonly StaticItem[], field: string): boolean {
  for (const item of items) if (item.fields.has(field)) return true;
  return false;
}
