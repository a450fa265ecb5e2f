// A Flow ends on terminal screens: there is at least one, one of them ends with success, each has a
// Footer, and `success` appears only on them. Meta: MISSING_TERMINAL_SCREEN,
// MISSING_FOOTER_ON_TERMINAL_SCREEN, INVALID_PROPERTY_VALUE, NOT_KEYWORD_SCHEMA_VALIDATION_FAILED.
import { isSuccess, isTerminal } from '../semantics/bind.js';
import type { Check } from './check.js';

export const terminalScreens: Check = ({ flow, report }) => {
  const first = flow.screens[0];
  if (!first) {
    report('FLOW4019', { start: 0, end: 0 });
    return;
  }
  const terminals = flow.screens.filter(isTerminal);
  if (terminals.length === 0) {
    report('FLOW4020', first.node.id.span);
  } else if (!terminals.some(isSuccess)) {
    report('FLOW4022', terminals[0]!.properties.get('success')?.span ?? terminals[0]!.node.id.span);
  }
  for (const screen of flow.screens) {
    const success = screen.properties.get('success');
    if (success && !isTerminal(screen)) report('FLOW4025', success.name.span);
    if (isTerminal(screen) && !screen.components.some((c) => c.spec?.type === 'Footer')) {
      const body = screen.node.members;
      const end = body.length > 0 ? body[body.length - 1]!.span.end : screen.node.id.span.end;
      report('FLOW4021', screen.node.id.span, { id: screen.id }, {
        fixes: [{ title: 'Add a Footer that completes the Flow', edits: [{ span: { start: end, end }, newText: '\n  Footer "Done" -> complete' }] }],
      });
    }
  }
};
