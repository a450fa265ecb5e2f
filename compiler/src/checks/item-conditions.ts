// An item property that the component's settings rule out is not written (catalogue
// `notWhenComponent`): a NavigationList with media-size large has no `end` add-on on its rows.
// Meta: INVALID_PROPERTY_VALUE_FOR_CONDITION.
import type { Check } from './check.js';
import { conditionValue, writtenValues, staticItems, type WrittenValue } from './written-values.js';

export const itemConditions: Check = ({ flow, report }) => {
  const visit = ({ use, spec, value, owner }: WrittenValue): void => {
    if (!spec.item) return;
    for (const field of spec.item) {
      const rule = field.notWhenComponent;
      if (!rule) continue;
      const setting = conditionValue(use, rule);
      if (setting === undefined || setting === 'dynamic' || !rule.values.includes(setting)) continue;
      const written = use.properties.get(rule.property);
      for (const item of staticItems(value)) {
        const f = item.fields.get(field.name);
        if (!f) continue;
        report('FLOW5047', f.span, { property: field.name, item: item.label, owner, condition: `${rule.property} ${setting}` }, {
          ...(written?.value ? { related: [{ span: written.value.span, message: `${rule.property} is ${setting} here` }] } : {}),
        });
      }
    }
  };
  for (const w of writtenValues(flow)) visit(w);
};
