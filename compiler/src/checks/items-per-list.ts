// An item property that only a few items of a list may have is on no more of them (catalogue
// `maxPerList`): one NavigationList row at most has a badge. Meta: MAX_ITEMS_REQUIRED.
import type { PropertySpec } from '../catalog/types.js';
import type { Check, CheckContext } from './check.js';
import { writtenValues, staticItems, type StaticItem, type WrittenValue } from './written-values.js';

export const itemsPerList: Check = ({ flow, report }) => {
  // one visitor for the whole flow, not a closure per component; no closures inside it either (each
  // would make every call allocate a context)
  const visit = ({ spec, value, owner }: WrittenValue): void => {
    if (!spec.item) return;
    for (const field of spec.item) {
      if (field.maxPerList !== undefined) checkList(report, staticItems(value), field, field.maxPerList, owner);
    }
  };
  for (const w of writtenValues(flow)) visit(w);
};

function checkList(report: CheckContext['report'], items: readonly StaticItem[], field: PropertySpec, max: number, owner: string): void {
  const withIt = items.filter((i) => i.fields.has(field.name));
  for (const extra of withIt.slice(max)) {
    report('FLOW5048', extra.fields.get(field.name)!.span, {
      property: field.name,
      owner,
      count: withIt.length,
      max,
      items: max === 1 ? 'item' : 'items',
    }, {
      related: withIt.slice(0, max).map((i) => ({ span: i.fields.get(field.name)!.span, message: `${i.label} has one` })),
    });
  }
}
