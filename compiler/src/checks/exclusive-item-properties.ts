// Item properties that rule each other out across a list are not mixed in one list (catalogue
// `notInListWith`): the options of a CheckboxGroup, RadioButtonsGroup or Dropdown show images or
// colours, not some of each. Meta: DATA_SOURCE_ITEMS_HAVE_BOTH_IMAGE_AND_COLOR ("Data source can only
// have either only image attributes or only color attributes for all items for Comp 'x'.").
import { COMPONENTS } from '../catalog/components.js';
import type { ComponentSpec, PropertySpec } from '../catalog/types.js';
import type { Check } from './check.js';
import type { StaticItem, WrittenValue } from './written-values.js';
import { writtenValues, staticItems } from './written-values.js';

/** Whether a property, or one in its items or fields, holds items whose fields rule each other out. */
function hasExclusiveItems(p: PropertySpec): boolean {
  return (p.item ?? []).some((f) => f.notInListWith !== undefined || hasExclusiveItems(f)) || (p.fields ?? []).some(hasExclusiveItems);
}

/** The components that can have such a list (CheckboxGroup, RadioButtonsGroup, Dropdown, …). */
const WITH_EXCLUSIVE_ITEMS: ReadonlySet<ComponentSpec> = new Set(COMPONENTS.filter((c) => c.properties.some(hasExclusiveItems)));

/** The first item that gives `name`. */
function firstWith(items: readonly StaticItem[], name: string): StaticItem | undefined {
  for (const item of items) if (item.fields.has(name)) return item;
  return undefined;
}

export const exclusiveItemProperties: Check = ({ flow, report }) => {
  const visit = ({ spec, value, owner }: WrittenValue): void => {
    if (!spec.item) return;
    // the two fields of a pair name each other: report the pair once (the set is made at the first report)
    let reported: Set<string> | undefined;
    for (const field of spec.item) {
      if (!field.notInListWith) continue;
      const items = staticItems(value);
      for (const other of field.notInListWith) {
        const a = firstWith(items, field.name);
        const b = a && firstWith(items, other);
        if (!a || !b) continue;
        const pair = [field.name, other].sort().join('|');
        if (reported?.has(pair)) continue;
        (reported ??= new Set()).add(pair);
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
  };
  for (const w of writtenValues(flow)) if (w.use.spec && WITH_EXCLUSIVE_ITEMS.has(w.use.spec)) visit(w);
};
