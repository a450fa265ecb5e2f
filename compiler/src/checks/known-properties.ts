// Every property a component is given is one of its own, given once, available in the target
// version, and every required property is there. Meta: INVALID_PROPERTY_KEY, MISSING_REQUIRED_PROPERTY.
import type * as A from '../ast.js';
import { COMPONENTS, propertySpec } from '../catalog/components.js';
import { atLeast } from '../catalog/versions.js';
import { didYouMean } from '../diagnostics/suggest.js';
import type { ComponentUse } from '../semantics/bind.js';
import type { Span } from '../source.js';
import type { Check } from './check.js';
import { hasProperty } from './written-values.js';

/** Each component's required properties, in catalogue order: a few of its many. */
const REQUIRED = new Map(COMPONENTS.map((c) => [c, c.properties.filter((p) => p.required)]));

/** Where the component first gives `name`: its main text, its `->` action, or the first property so named. */
function firstGiven(use: ComponentUse, node: A.Component, name: string): { readonly span: Span } | undefined {
  const spec = use.spec!;
  if (spec.primary === name && node.text) return node.text;
  if (spec.mainAction === name && node.action) return node.action;
  return use.properties.get(name)?.name;
}

export const knownProperties: Check = ({ flow, report }) => {
  const { version } = flow.settings;
  for (const screen of flow.screens) {
    for (const use of screen.components) {
      const { node, spec } = use;
      if (!spec || node.kind !== 'Component') continue;
      for (const m of node.members) {
        if (m.kind === 'DataBlock' || m.kind === 'Routes') {
          report('FLOW5011', m.span, { what: m.kind === 'DataBlock' ? 'data' : 'routes', component: spec.type });
          continue;
        }
        if (m.kind !== 'Property') continue;
        const name = m.name.name;
        const prop = propertySpec(spec, name);
        if (!prop) {
          const names = spec.properties.map((p) => p.name);
          report('FLOW5002', m.name.span, { component: spec.type, name }, didYouMean(name, names, m.name.span));
          continue;
        }
        const earlier = firstGiven(use, node, name);
        if (earlier !== m.name) {
          report('FLOW2006', m.name.span, { name }, {
            related: [{ span: earlier!.span, message: 'first given here' }],
          });
          continue;
        }
        if (!atLeast(version, prop.since)) {
          report('FLOW7003', m.name.span, { name, component: spec.type, since: prop.since!, version });
        }
      }
      for (const prop of REQUIRED.get(spec) ?? spec.properties) {
        const required = prop.required && atLeast(version, prop.requiredSince);
        if (required && !hasProperty(use, prop.name)) {
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
