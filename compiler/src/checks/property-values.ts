// Each component property holds a value of its type: strings, booleans, enum values from the
// catalogue's list, actions the slot accepts, item lists with known item properties.
// Meta: INVALID_PROPERTY_TYPE, INVALID_ENUM_VALUE, PATTERN_MISMATCH (static props).
import { propertySpec } from '../catalog/components.js';
import type { Check } from './check.js';
import { checkValue } from './value-types.js';

export const propertyValues: Check = (ctx) => {
  for (const screen of ctx.flow.screens) {
    for (const use of screen.components) {
      const { node, spec } = use;
      if (!spec || node.kind !== 'Component') continue;
      const primary = spec.primary ? propertySpec(spec, spec.primary) : undefined;
      if (primary && node.text) checkValue(ctx, node.text, primary, spec.type, node.type);
      const main = spec.mainAction ? propertySpec(spec, spec.mainAction) : undefined;
      if (main && node.action) checkValue(ctx, node.action, main, spec.type, node.type);
      // the first of each name, in the order written (later ones are reported as given twice)
      for (const m of use.properties.values()) {
        const prop = propertySpec(spec, m.name.name);
        if (prop) checkValue(ctx, m.value, prop, spec.type, m.name);
      }
    }
  }
};
