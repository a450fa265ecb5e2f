// A Footer inside an If needs one in the other branch too; inside a Switch, one in every case; and
// with a Footer in a branch there is none outside. Meta: MISSING_FOOTER_IN_IF_ELSE_BRANCHES,
// MISSING_FOOTER_IN_SWITCH_BRANCHES (documented; the Builder checks only the per-screen cap).
import type * as A from '../ast.js';
import { isComponentNode } from '../ast.js';
import { componentType } from '../semantics/bind.js';
import type { Check } from './check.js';

function hasFooter(members: readonly A.Member[]): boolean {
  return members.some((m) => isComponentNode(m) && (componentType(m) === 'Footer' || (m.kind === 'Component' && hasFooter(m.members))));
}

export const footerBranches: Check = ({ flow, report }) => {
  for (const screen of flow.screens) {
    for (const use of screen.components) {
      const node = use.node;
      if (node.kind === 'If') {
        const inThen = hasFooter(node.then);
        const inElse = hasFooter(node.else ?? []);
        if (inThen !== inElse) {
          report('FLOW5014', node.keyword.span, {
            where: inThen ? 'the If branch' : 'the else branch',
            other: inThen ? (node.else ? 'the else branch' : 'an else branch') : 'the If branch',
          });
        }
      } else if (node.kind === 'Switch' && node.cases.length > 0) {
        const withFooter = node.cases.filter((c) => hasFooter(c.members));
        const without = node.cases.filter((c) => !hasFooter(c.members));
        if (withFooter.length > 0 && without.length > 0) {
          report('FLOW5014', without[0]!.key.span, {
            where: `case '${withFooter[0]!.key.name}'`,
            other: `case '${without[0]!.key.name}'`,
          });
        }
      }
    }
  }
};
