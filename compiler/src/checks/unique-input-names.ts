// Input names are unique on a screen, across all If and Switch branches.
// Meta: DUPLICATE_FORM_COMPONENT_NAMES.
import type { Check } from './check.js';

export const uniqueInputNames: Check = ({ flow, report }) => {
  for (const screen of flow.screens) {
    for (const uses of screen.inputs.values()) {
      if (uses.length < 2) continue;
      const first = uses[0]!;
      const firstId = first.node.kind === 'Component' ? first.node.name : undefined;
      if (!firstId) continue;
      for (let i = 1; i < uses.length; i++) {
        const use = uses[i]!;
        const id = use.node.kind === 'Component' ? use.node.name : undefined;
        if (!id) continue;
        report('FLOW2009', id.span, { screen: screen.id, name: id.name }, {
          related: [{ span: firstId.span, message: 'first input with this name' }],
        });
      }
    }
  }
};
