// Every component is one of Meta's, available in the target version, and written in its shape:
// a name only where it has one, text only where it has a main text, `->` only with an on-click action,
// children only in Form (If and Switch have their own syntax).
import { isComponentNode } from '../ast.js';
import { COMPONENT_TYPES } from '../catalog/components.js';
import { atLeast } from '../catalog/versions.js';
import { didYouMean } from '../diagnostics/suggest.js';
import type { Check } from './check.js';

export const knownComponents: Check = ({ flow, report }) => {
  const { version } = flow.settings;
  for (const screen of flow.screens) {
    for (const use of screen.components) {
      const node = use.node;
      const spec = use.spec;
      const keyword = node.kind === 'Component' ? node.type : node.keyword;
      if (!spec) {
        report('FLOW5001', keyword.span, { name: keyword.name }, didYouMean(keyword.name, COMPONENT_TYPES, keyword.span));
        continue;
      }
      if (!atLeast(version, spec.since)) {
        report('FLOW7002', keyword.span, { component: spec.type, since: spec.since, version });
      }
      if (node.kind !== 'Component') continue;
      if (spec.named && !node.name) {
        report('FLOW5004', node.type.span, { component: spec.type });
      }
      if (!spec.named && node.name) report('FLOW5005', node.name.span, { component: spec.type });
      if (!spec.primary && node.text) report('FLOW5006', node.text.span, { component: spec.type });
      if (!spec.mainAction && node.action) report('FLOW5007', node.action.keyword, { component: spec.type });
      if (spec.children !== 'children') {
        for (const m of node.members) {
          if (isComponentNode(m)) {
            const span = m.kind === 'Component' ? m.type.span : m.keyword.span;
            report('FLOW5008', span, { component: spec.type });
          }
        }
      }
    }
  }
};
