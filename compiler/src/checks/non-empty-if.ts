// An If shows something when its condition holds: its then block has at least one component.
// Meta: INVALID_PROPERTY_VALUE ("Expected array to contain at least one component.").
import { isComponentNode } from '../ast.js';
import type { Check } from './check.js';

export const nonEmptyIf: Check = ({ flow, report }) => {
  for (const screen of flow.screens) {
    for (const use of screen.components) {
      const node = use.node;
      if (node.kind !== 'If' || node.then.some(isComponentNode)) continue;
      report('FLOW5052', node.keyword.span, {}, {
        help: node.else?.some(isComponentNode)
          ? 'move the components into then with the condition negated: If !(…) { … }'
          : 'add a component, or remove the If',
      });
    }
  }
};
