// An action slot that a component and its items both have is used on one level only: on the component
// or on its items, never both (a select action of a CheckboxGroup and of its options, a NavigationList
// on-click-action and its rows'). Where the catalogue makes the slot required on one of the levels
// (`requiredUnlessOnEvery`: NavigationList), it is on the component or on every item.
// Meta: "The 'on-select-action' property cannot be used at both the component and data-source
// levels."; MISSING_REQUIRED_PROPERTY.
import type * as A from '../ast.js';
import { COMPONENTS, propertySpec } from '../catalog/components.js';
import type { ComponentSpec, PropertySpec } from '../catalog/types.js';
import { atLeast } from '../catalog/versions.js';
import type { ComponentUse } from '../semantics/bind.js';
import type { Check } from './check.js';
import { componentLabel, staticItems, type StaticItem } from './written-values.js';

/** An action slot that a component and the items of one of its item-list properties both have. */
interface SharedSlot {
  readonly itemsProp: PropertySpec;
  /** The slot on the items. */
  readonly slot: PropertySpec;
  /** The slot on the component. */
  readonly own: PropertySpec;
}

/** The shared slots of each component that has any, from the catalogue. */
const SHARED_SLOTS: ReadonlyMap<ComponentSpec, readonly SharedSlot[]> = new Map(
  COMPONENTS.map((spec) => {
    const shared: SharedSlot[] = [];
    for (const itemsProp of spec.properties) {
      for (const slot of itemsProp.item ?? []) {
        const own = propertySpec(spec, slot.name);
        if (slot.type === 'action' && own?.type === 'action') shared.push({ itemsProp, slot, own });
      }
    }
    return [spec, shared] as const;
  }).filter(([, shared]) => shared.length > 0),
);

export const actionLevel: Check = ({ flow, report }) => {
  const { version } = flow.settings;
  for (const screen of flow.screens) {
    for (const use of screen.components) {
      const { spec, node } = use;
      const shared = spec && SHARED_SLOTS.get(spec);
      if (!shared || node.kind !== 'Component' || !atLeast(version, spec.since)) continue;
      for (const { itemsProp, slot, own } of shared) {
        if (!atLeast(version, slot.since) || !atLeast(version, own.since)) continue;
        const list = use.properties.get(itemsProp.name)?.value;
        const items = list ? staticItems(list) : NO_ITEMS;
        const withIt = items.filter((i) => i.fields.has(slot.name));
        const onComponent = componentSlotSpan(use, slot.name);
        if (onComponent && withIt.length > 0) {
          report('FLOW5041', onComponent, { action: slot.name, component: componentLabel(use), items: itemsProp.name }, {
            related: withIt.map((i) => ({ span: i.fields.get(slot.name)!.span, message: `also set on ${i.label}` })),
          });
        }
        // a list bound to data (no items known here) is not checked
        if (own.requiredUnlessOnEvery !== itemsProp.name || onComponent || items.length === 0) continue;
        if (withIt.length === 0) {
          report('FLOW5045', node.type.span, {
            where: componentLabel(use),
            action: slot.name,
            why: `set it on the ${spec.type}, or on every item of ${itemsProp.name}`,
          });
          continue;
        }
        for (const item of items) {
          if (item.fields.has(slot.name)) continue;
          report('FLOW5045', item.idSpan, {
            where: `${item.label} of ${componentLabel(use)}`,
            action: slot.name,
            why: 'the other items have one, so every item needs one',
          }, { related: [{ span: withIt[0]!.fields.get(slot.name)!.span, message: `${withIt[0]!.label} has one` }] });
        }
      }
    }
  }
};

const NO_ITEMS: readonly StaticItem[] = [];

/** Where the component itself sets an action slot: its key, or the keyword of its `->` action. */
function componentSlotSpan(use: ComponentUse, name: string): A.Identifier['span'] | undefined {
  const property = use.properties.get(name);
  if (property) return property.name.span;
  const node = use.node;
  if (node.kind === 'Component' && use.spec?.mainAction === name && node.action) return node.action.keyword;
  return undefined;
}
