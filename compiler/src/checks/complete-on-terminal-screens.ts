// `complete` ends the Flow, so only terminal screens use it; their Footers do not navigate away.
// Meta: INVALID_COMPLETE_ACTION.
import { isTerminal } from '../semantics/bind.js';
import type { Check } from './check.js';

export const completeOnTerminalScreens: Check = ({ flow, report }) => {
  for (const screen of flow.screens) {
    const terminal = isTerminal(screen);
    for (const a of screen.actions) {
      if (a.action.name === 'complete' && !terminal) report('FLOW4023', a.action.keyword, { id: screen.id });
      if (a.action.name === 'navigate' && terminal && a.component?.spec?.type === 'Footer') {
        report('FLOW4024', a.action.keyword, { id: screen.id });
      }
    }
  }
};
