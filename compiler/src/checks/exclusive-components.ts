// RichText is alone on its screen (from 6.3 a Footer may join it); a NavigationList shares its screen
// with nothing but a Form wrapper and never sits on a terminal screen.
// Meta: INVALID_RICHTEXT_PLACEMENT / INVALID_COMPONENT_PLACEMENT.
import { atLeast } from '../catalog/versions.js';
import { componentKeywordSpan, isTerminal } from '../semantics/bind.js';
import type { Check } from './check.js';

export const exclusiveComponents: Check = ({ flow, report }) => {
  const { version } = flow.settings;
  for (const screen of flow.screens) {
    const others = (type: string) => screen.components.filter((c) => c.spec?.type !== type && c.spec?.type !== 'Form');
    for (const use of screen.components) {
      const type = use.spec?.type;
      const span = componentKeywordSpan(use.node);
      if (type === 'RichText') {
        const withFooter = atLeast(version, '6.3');
        const rest = others('RichText').filter((c) => !(withFooter && c.spec?.type === 'Footer'));
        if (rest.length > 0) {
          report('FLOW5015', span, {
            component: 'RichText',
            rule: withFooter ? 'must be alone on its screen, or with a Footer only' : `must be alone on its screen before Flow JSON 6.3`,
          });
        }
      } else if (type === 'NavigationList') {
        if (others('NavigationList').length > 0) {
          report('FLOW5015', span, { component: 'NavigationList', rule: 'shares its screen with no other component' });
        }
        if (isTerminal(screen)) report('FLOW5015', span, { component: 'NavigationList', rule: 'cannot be on a terminal screen' });
      }
    }
  }
};
