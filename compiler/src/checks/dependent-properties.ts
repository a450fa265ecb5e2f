// A property that depends on others gets them: TextInput `pattern` works only with input-type text,
// number, password or passcode (catalogue `onlyWhen`; an absent input-type is its default, text) and
// makes helper-text required, so the user learns the format (catalogue `requires`). Checked from the
// version that has the property. Meta: INVALID_ENUM_VALUE (the schema's dependency on input-type),
// MISSING_REQUIRED_PROPERTY.
import { COMPONENTS, propertySpec } from '../catalog/components.js';
import type { ComponentSpec } from '../catalog/types.js';
import { atLeast } from '../catalog/versions.js';
import type { Check } from './check.js';
import { componentLabel, conditionValue, hasProperty } from './written-values.js';

/** Components with a property that depends on others: the rest are passed over. */
const HAS_DEPENDENT: ReadonlySet<ComponentSpec> = new Set(COMPONENTS.filter((c) => c.properties.some((p) => p.onlyWhen || p.requires)));

export const dependentProperties: Check = ({ flow, report }) => {
  const { version } = flow.settings;
  for (const screen of flow.screens) {
    for (const use of screen.components) {
      const { spec } = use;
      if (!spec || !HAS_DEPENDENT.has(spec) || !atLeast(version, spec.since)) continue;
      for (const [name, property] of use.properties) {
        const prop = propertySpec(spec, name);
        if (!prop || (!prop.onlyWhen && !prop.requires) || !atLeast(version, prop.since)) continue;
        const component = componentLabel(use);
        const condition = prop.onlyWhen;
        if (condition) {
          const value = conditionValue(use, condition);
          if (value !== 'dynamic' && (value === undefined || !condition.values.includes(value))) {
            const sibling = use.properties.get(condition.property);
            report('FLOW5032', sibling?.value?.span ?? property.name.span, {
              property: name,
              condition: condition.property,
              values: condition.values.join(', '),
              component,
              found: value === undefined ? `no ${condition.property}` : `${condition.property} ${value}`,
            }, {
              related: sibling ? [{ span: property.name.span, message: `'${name}' is set here` }] : [],
              help: `remove ${name}, or change ${condition.property} to one of ${condition.values.join(', ')}`,
            });
          }
        }
        for (const needed of prop.requires ?? []) {
          if (hasProperty(use, needed)) continue;
          report('FLOW5033', property.name.span, { property: name, component, missing: needed }, {
            help: `add ${needed}: "…" that tells the user what to enter`,
          });
        }
      }
    }
  }
};
