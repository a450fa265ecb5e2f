// The size limits: screens per Flow and components per screen, by the limits profile in force
// (default 8 and 30; "meta": 100 and 50). Components are counted as Meta's validator counts them:
// every component at every depth, If and Switch included, Form wrappers excluded.
// Meta: MAX_SCREENS_NUMBER, MAX_ALLOWED_COMPONENTS_PER_SCREEN.
import { LIMIT_PROFILES } from '../semantics/settings.js';
import type { Check } from './check.js';

export const screenLimits: Check = ({ flow, report }) => {
  const profile = flow.settings.limits;
  const limits = LIMIT_PROFILES[profile];
  const profileName = profile === 'meta' ? "Meta's" : 'default';
  if (flow.screens.length > limits.screens) {
    report('FLOW6001', flow.screens[limits.screens]!.node.id.span, {
      count: flow.screens.length,
      profile: profileName,
      max: limits.screens,
    });
  }
  for (const screen of flow.screens) {
    const counted = screen.components.filter((c) => c.spec?.type !== 'Form');
    if (counted.length > limits.componentsPerScreen) {
      const over = counted[limits.componentsPerScreen]!.node;
      const span = over.kind === 'Component' ? over.type.span : over.keyword.span;
      report('FLOW6002', span, { id: screen.id, count: counted.length, profile: profileName, max: limits.componentsPerScreen }, {
        related: [{ span: screen.node.id.span, message: `screen '${screen.id}'` }],
      });
    }
  }
};
