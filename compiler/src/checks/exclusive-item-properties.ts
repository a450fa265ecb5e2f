// Item properties that rule each other out across a list are not mixed in one list (catalogue
// `notInListWith`): the options of a CheckboxGroup, RadioButtonsGroup or Dropdown show images or
// colours, not some of each. Meta: DATA_SOURCE_ITEMS_HAVE_BOTH_IMAGE_AND_COLOR ("Data source can only
// have either only image attributes or only color attributes for all items for Comp 'x'.").
import type { Check } from './check.js';
import { forEachWrittenValue, staticItems } from './written-values.js';

export const exclusiveItemProperties: Check = ({ flow, report }) => {
  const { version } = flow.settings;
  for (const screen of flow.screens) {
    for (const use of screen.components) {
      forEachWrittenValue(use, ({ spec, value, owner }) => {
        if (!spec.item) return;
        const items = staticItems(value);
        const reported = new Set<string>();
        for (const field of spec.item) {
          for (const other of field.notInListWith ?? []) {
            const pair = [field.name, other].sort().join('|');
            if (reported.has(pair)) continue;
            const a = items.find((i) => i.fields.has(field.name));
            const b = items.find((i) => i.fields.has(other));
            if (!a || !b) continue;
            reported.add(pair);
            // point at whichever of the two comes later; the earlier one is the context
            const [first, firstName, second, secondName] =
              a.span.start <= b.span.start ? [a, field.name, b, other] : [b, other, a, field.name];
            report('FLOW5044', second.fields.get(secondName)!.span, {
              property: spec.name,
              owner,
              a: firstName,
              b: secondName,
            }, {
              related: [{ span: first.fields.get(firstName)!.span, message: `${first.label} has ${firstName}` }],
            });
          }
        }
      }, version);
    }
  }
};
