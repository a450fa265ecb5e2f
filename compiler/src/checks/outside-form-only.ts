// init-value and error-message belong to inputs outside a Form (catalogue `outsideFormOnly`); inside
// one, the Form's init-values and error-messages set them. Meta: INVALID_PROPERTY_KEY (the property
// does not exist on an input inside a Form).
import { propertySpec } from '../catalog/components.js';
import { atLeast } from '../catalog/versions.js';
import { componentType, type ComponentUse } from '../semantics/bind.js';
import type { Check } from './check.js';
import { componentLabel } from './written-values.js';

export const outsideFormOnly: Check = ({ flow, report }) => {
  const { version } = flow.settings;
  for (const screen of flow.screens) {
    for (const use of screen.components) {
      const { spec, node } = use;
      if (!spec || !use.inForm || node.kind !== 'Component') continue;
      const form = enclosingForm(use);
      for (const [name, property] of use.properties) {
        const prop = propertySpec(spec, name);
        if (!prop?.outsideFormOnly || !atLeast(version, prop.since)) continue;
        // init-value → init-values, error-message → error-messages
        const formProperty = `${name}s`;
        const formName = form?.node.kind === 'Component' && form.node.name ? ` '${form.node.name.name}'` : '';
        report('FLOW5038', property.name.span, {
          property: name,
          component: componentLabel(use),
          form: `Form${formName}`,
          formProperty,
        }, {
          help: `set it in the Form instead: ${formProperty}: { ${node.name?.name ?? 'name'}: … }`,
          ...(form?.node.kind === 'Component' ? { related: [{ span: form.node.type.span, message: 'the Form is here' }] } : {}),
        });
      }
    }
  }
};

function enclosingForm(use: ComponentUse): ComponentUse | undefined {
  for (let p = use.parent; p; p = p.parent) if (componentType(p.node) === 'Form') return p;
  return undefined;
}
