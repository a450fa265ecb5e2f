// The items of one list written out in the source have different ids: an id is the value an option
// contributes to the form (CheckboxGroup, RadioButtonsGroup, Dropdown, ChipsSelector) or names a
// NavigationList row, so two items with one id cannot be told apart.
import type { Check } from './check.js';
import { writtenValues, staticItems, type WrittenValue } from './written-values.js';

export const uniqueItemIds: Check = ({ flow, report }) => {
  // one visitor for the whole flow, not a closure per component
  const visit = ({ spec, value, owner }: WrittenValue): void => {
    if (!spec.item || !hasIdField(spec.item)) return;
    const items = staticItems(value);
    // lists are short (Meta allows at most 200 items): comparing with the earlier items needs no Map
    for (let i = 1; i < items.length; i++) {
      const item = items[i]!;
      if (item.id === undefined) continue;
      for (let j = 0; j < i; j++) {
        const first = items[j]!;
        if (first.id !== item.id) continue;
        report('FLOW2031', item.idSpan, { id: item.id, property: spec.name, owner }, {
          related: [{ span: first.idSpan, message: 'first used here' }],
        });
        break;
      }
    }
  };
  for (const w of writtenValues(flow)) visit(w);
};

function hasIdField(fields: readonly { readonly name: string }[]): boolean {
  for (const f of fields) if (f.name === 'id') return true;
  return false;
}
