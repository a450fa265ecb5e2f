// Properties that rule each other out are not written together: Footer center-caption with
// left-caption or right-caption (catalogue `excludes`). Meta: NOT_KEYWORD_SCHEMA_VALIDATION_FAILED
// ("Properties … must be present exclusively at Footer.").
import type * as A from '../ast.js';
import { COMPONENTS, propertySpec } from '../catalog/components.js';
import type { ComponentSpec } from '../catalog/types.js';
import type { Fix } from '../diagnostics/diagnostic.js';
import type { ComponentUse } from '../semantics/bind.js';
import type { Check, CheckContext } from './check.js';
import { componentLabel, hasProperty, removalEdit } from './written-values.js';

/** The components that have such properties (Footer): the others need no look at all. */
const WITH_EXCLUSIONS: ReadonlySet<ComponentSpec> = new Set(COMPONENTS.filter((c) => c.properties.some((p) => p.excludes)));

export const exclusiveProperties: Check = (ctx) => {
  for (const screen of ctx.flow.screens) {
    for (const use of screen.components) {
      const { spec, node } = use;
      if (spec && node.kind === 'Component' && WITH_EXCLUSIONS.has(spec)) checkComponent(ctx, use, spec, node);
    }
  }
};

/** Reports each property of one component that is written with one it rules out. */
function checkComponent({ flow, report }: CheckContext, use: ComponentUse, spec: ComponentSpec, node: A.Component): void {
  for (const [name, property] of use.properties) {
    const prop = propertySpec(spec, name);
    const clashes = (prop?.excludes ?? []).filter((other) => use.properties.has(other));
    if (clashes.length === 0) continue;
    const others = clashes.map((c) => use.properties.get(c)!);
    // remove this one when what stays is complete (both captions); else the others (a lone caption)
    const restComplete = clashes.every((c) => (propertySpec(spec, c)?.pairedWith ?? []).every((p) => hasProperty(use, p)));
    const removed = restComplete ? [property] : others;
    const fix: Fix = {
      title: `Remove ${removed.map((p) => p.name.name).join(' and ')}`,
      edits: removed.map((p) => removalEdit(p, node.members, flow.file.comments)),
    };
    report('FLOW5031', property.name.span, {
      component: componentLabel(use),
      name,
      others: clashes.map((c) => `'${c}'`).join(' and '),
    }, {
      related: others.map((p) => ({ span: p.name.span, message: `'${p.name.name}' is set here` })),
      fixes: removed.length === 1 ? [fix] : [],
    });
  }
}
