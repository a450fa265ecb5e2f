// Every screen id is declared once. Meta: DUPLICATE_SCREEN_IDS.
import type { Check } from './check.js';

export const uniqueScreenIds: Check = ({ flow, report }) => {
  for (const screen of flow.screens) {
    const first = flow.screenById.get(screen.id);
    if (!first || first === screen || !screen.id) continue;
    report('FLOW2001', screen.node.id.span, { id: screen.id }, {
      related: [{ span: first.node.id.span, message: `'${screen.id}' is first declared here` }],
    });
  }
};
