// Each component property holds a value of its type: strings, booleans, enum values from the
// catalogue's list, actions the slot accepts, item lists with known item properties.
// Meta: INVALID_PROPERTY_TYPE, INVALID_ENUM_VALUE, PATTERN_MISMATCH (static props).
import type { Check } from './check.js';
import { checkValue } from './value-types.js';

export const propertyValues: Check = (ctx) => {
  for (const screen of ctx.flow.screens) {
    for (const use of screen.components) {
      const { node, spec } = use;
      if (!spec || node.kind !== 'Component') continue;
      const primary = spec.primary ? spec.properties.find((p) => p.name === spec.primary) : undefined;
      if (primary && node.text) checkValue(ctx, node.text, primary, spec.type, node.type);
      const main = spec.mainAction ? spec.properties.find((p) => p.name === spec.mainAction) : undefined;
      if (main && node.action) checkValue(ctx, node.action, main, spec.type, node.type);
      for (const m of node.members) {
        if (m.kind !== 'Property') continue;
        const prop = spec.properties.find((p) => p.name === m.name.name);
        if (prop && use.properties.get(m.name.name) === m) checkValue(ctx, m.value, prop, spec.type, m.name);
      }
    }
  }
};
