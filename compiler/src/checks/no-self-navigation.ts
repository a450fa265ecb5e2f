// No screen navigates to itself. Meta: INVALID_NAVIGATE_ACTION_NEXT_SCREEN_NAME ("Same screen navigation").
import type { Check } from './check.js';

export const noSelfNavigation: Check = ({ flow, report }) => {
  for (const screen of flow.screens) {
    for (const a of screen.actions) {
      if (a.action.name === 'navigate' && a.action.target?.name === screen.id) report('FLOW4010', a.action.target.span, { id: screen.id });
    }
    for (const r of screen.routes) for (const t of r.targets) if (t.name === screen.id) report('FLOW4010', t.span, { id: screen.id });
  }
};
