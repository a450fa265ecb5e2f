// An action slot that a component and its items both have is used on one level only: on the component
// or on its items, never both (a select action of a CheckboxGroup and of its options, a NavigationList
// on-click-action and its rows'). Where the catalogue makes the slot required on one of the levels
// (`requiredUnlessOnEvery`: NavigationList), it is on the component or on every item.
// Meta: "The 'on-select-action' property cannot be used at both the component and data-source
// levels."; MISSING_REQUIRED_PROPERTY.
import type * as A from '../ast.js';
import { propertySpec } from '../catalog/components.js';
import { atLeast } from '../catalog/versions.js';
import type { ComponentUse } from '../semantics/bind.js';
import type { Check } from './check.js';
import { componentLabel, staticItems } from './written-values.js';

export const actionLevel: Check = ({ flow, report }) => {
  const { version } = flow.settings;
  for (const screen of flow.screens) {
    for (const use of screen.components) {
      const { spec, node } = use;
      if (!spec || node.kind !== 'Component' || !atLeast(version, spec.since)) continue;
      const component = componentLabel(use);
      for (const itemsProp of spec.properties) {
        if (!itemsProp.item) continue;
        const list = use.properties.get(itemsProp.name)?.value;
        const items = list ? staticItems(list) : [];
        for (const slot of itemsProp.item) {
          const own = propertySpec(spec, slot.name);
          if (slot.type !== 'action' || own?.type !== 'action') continue;
          if (!atLeast(version, slot.since) || !atLeast(version, own.since)) continue;
          const withIt = items.filter((i) => i.fields.has(slot.name));
          const onComponent = componentSlotSpan(use, slot.name);
          if (onComponent && withIt.length > 0) {
            report('FLOW5041', onComponent, { action: slot.name, component, items: itemsProp.name }, {
              related: withIt.map((i) => ({ span: i.fields.get(slot.name)!.span, message: `also set on ${i.label}` })),
            });
          }
          // a list bound to data (no items known here) is not checked
          if (own.requiredUnlessOnEvery !== itemsProp.name || onComponent || items.length === 0) continue;
          if (withIt.length === 0) {
            report('FLOW5045', node.type.span, {
              where: component,
              action: slot.name,
              why: `set it on the ${spec.type}, or on every item of ${itemsProp.name}`,
            });
            continue;
          }
          for (const item of items) {
            if (item.fields.has(slot.name)) continue;
            report('FLOW5045', item.idSpan, {
              where: `${item.label} of ${component}`,
              action: slot.name,
              why: 'the other items have one, so every item needs one',
            }, { related: [{ span: withIt[0]!.fields.get(slot.name)!.span, message: `${withIt[0]!.label} has one` }] });
          }
        }
      }
    }
  }
};

/** Where the component itself sets an action slot: its key, or the keyword of its `->` action. */
function componentSlotSpan(use: ComponentUse, name: string): A.Identifier['span'] | undefined {
  const property = use.properties.get(name);
  if (property) return property.name.span;
  const node = use.node;
  if (node.kind === 'Component' && use.spec?.mainAction === name && node.action) return node.action.keyword;
  return undefined;
}
