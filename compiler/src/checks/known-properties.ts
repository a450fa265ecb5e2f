// Every property a component is given is one of its own, given once, available in the target
// version, and every required property is there. Meta: INVALID_PROPERTY_KEY, MISSING_REQUIRED_PROPERTY.
import type * as A from '../ast.js';
import { atLeast } from '../catalog/versions.js';
import { didYouMean } from '../diagnostics/suggest.js';
import type { Check } from './check.js';

export const knownProperties: Check = ({ flow, report }) => {
  const { version } = flow.settings;
  for (const screen of flow.screens) {
    for (const use of screen.components) {
      const { node, spec } = use;
      if (!spec || node.kind !== 'Component') continue;
      const names = spec.properties.map((p) => p.name);
      const seen = new Map<string, { span: A.Identifier['span'] }>();
      if (spec.primary && node.text) seen.set(spec.primary, node.text);
      if (spec.mainAction && node.action) seen.set(spec.mainAction, node.action);
      for (const m of node.members) {
        if (m.kind === 'DataBlock' || m.kind === 'Routes') {
          report('FLOW5011', m.span, { what: m.kind === 'DataBlock' ? 'data' : 'routes', component: spec.type });
          continue;
        }
        if (m.kind !== 'Property') continue;
        const name = m.name.name;
        const prop = spec.properties.find((p) => p.name === name);
        if (!prop) {
          report('FLOW5002', m.name.span, { component: spec.type, name }, didYouMean(name, names, m.name.span));
          continue;
        }
        const earlier = seen.get(name);
        if (earlier) {
          report('FLOW2006', m.name.span, { name }, {
            related: [{ span: earlier.span, message: 'first given here' }],
          });
          continue;
        }
        seen.set(name, m.name);
        if (!atLeast(version, prop.since)) {
          report('FLOW7003', m.name.span, { name, component: spec.type, since: prop.since!, version });
        }
      }
      for (const prop of spec.properties) {
        const required = prop.required && atLeast(version, prop.requiredSince);
        if (required && !seen.has(prop.name)) {
          const how =
            prop.name === spec.primary
              ? { help: `write it after the keyword: ${spec.type}${spec.named ? ' name' : ''} "…"` }
              : prop.name === spec.mainAction
                ? { help: `add an action: ${spec.type} "…" -> navigate NEXT_SCREEN` }
                : {};
          report('FLOW5003', node.type.span, { component: spec.type, name: prop.name }, how);
        }
      }
    }
  }
};
