// Properties that only work as a pair are written as a pair: Footer left-caption and right-caption
// (catalogue `pairedWith`). Meta: INVALID_DEPENDENCIES ("Footer should have property left-caption when
// property right-caption is present.").
import { COMPONENTS, propertySpec } from '../catalog/components.js';
import type { ComponentSpec } from '../catalog/types.js';
import type { Fix } from '../diagnostics/diagnostic.js';
import type { ComponentUse } from '../semantics/bind.js';
import type { Check, CheckContext } from './check.js';
import { componentLabel, hasProperty } from './written-values.js';

/** The components that have such properties (Footer): the others need no look at all. */
const WITH_PAIRS: ReadonlySet<ComponentSpec> = new Set(COMPONENTS.filter((c) => c.properties.some((p) => p.pairedWith)));

export const pairedProperties: Check = (ctx) => {
  for (const screen of ctx.flow.screens) {
    for (const use of screen.components) {
      if (use.spec && WITH_PAIRS.has(use.spec)) checkComponent(ctx, use, use.spec);
    }
  }
};

/** Reports each property of one component whose partner is missing. */
function checkComponent({ report }: CheckContext, use: ComponentUse, spec: ComponentSpec): void {
  for (const [name, property] of use.properties) {
    const prop = propertySpec(spec, name);
    for (const partner of prop?.pairedWith ?? []) {
      if (hasProperty(use, partner)) continue;
      // a single caption on its own is what a property that excludes this one is for
      const alone = spec.properties.find((p) => p.excludes?.includes(name) && !hasProperty(use, p.name));
      const fixes: Fix[] = alone
        ? [{ title: `Change to ${alone.name}`, edits: [{ span: property.name.span, newText: alone.name }] }]
        : [];
      report('FLOW5030', property.name.span, { component: componentLabel(use), present: name, missing: partner }, {
        help: alone
          ? `add ${partner}: "…", or use ${alone.name} for a single caption`
          : `add ${partner}: "…", or remove ${name}`,
        fixes,
      });
    }
  }
}
