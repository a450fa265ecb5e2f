// Input names are unique on a screen, across all If and Switch branches.
// Meta: DUPLICATE_FORM_COMPONENT_NAMES.
import type { Check } from './check.js';

export const uniqueInputNames: Check = ({ flow, report }) => {
  for (const screen of flow.screens) {
    for (const [name, uses] of screen.inputs) {
      const [first, ...rest] = uses;
      for (const use of rest) {
        const id = use.node.kind === 'Component' ? use.node.name : undefined;
        const firstId = first?.node.kind === 'Component' ? first.node.name : undefined;
        if (!id || !firstId) continue;
        report('FLOW2009', id.span, { screen: screen.id, name }, {
          related: [{ span: firstId.span, message: 'first input with this name' }],
        });
      }
    }
  }
};
