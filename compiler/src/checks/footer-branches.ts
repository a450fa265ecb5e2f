// A Footer inside an If needs one in the other branch too; inside a Switch, one in every case; and
// with a Footer in a branch there is none outside. Meta: MISSING_FOOTER_IN_IF_ELSE_BRANCHES,
// MISSING_FOOTER_IN_SWITCH_BRANCHES (documented; the Builder checks only the per-screen cap).
import type * as A from '../ast.js';
import { isComponentNode } from '../ast.js';
import { componentType } from '../semantics/bind.js';
import type { Check } from './check.js';

function hasFooter(members: readonly A.Member[]): boolean {
  // an index loop: for…of in this recursive function allocates an iterator on every call
  for (let i = 0; i < members.length; i++) {
    const m = members[i]!;
    if (isComponentNode(m) && (componentType(m) === 'Footer' || (m.kind === 'Component' && hasFooter(m.members)))) return true;
  }
  return false;
}

export const footerBranches: Check = ({ flow, report }) => {
  for (const screen of flow.screens) {
    for (const use of screen.components) {
      const node = use.node;
      if (node.kind === 'If') {
        const inThen = hasFooter(node.then);
        const inElse = node.else !== undefined && hasFooter(node.else);
        if (inThen !== inElse) {
          report('FLOW5014', node.keyword.span, {
            where: inThen ? 'the If branch' : 'the else branch',
            other: inThen ? (node.else ? 'the else branch' : 'an else branch') : 'the If branch',
          });
        }
      } else if (node.kind === 'Switch') {
        // the first case with a Footer and the first without one
        let withFooter: A.SwitchCase | undefined;
        let without: A.SwitchCase | undefined;
        for (const c of node.cases) {
          if (hasFooter(c.members)) withFooter ??= c;
          else without ??= c;
        }
        if (withFooter && without) {
          report('FLOW5014', without.key.span, { where: `case '${withFooter.key.name}'`, other: `case '${without.key.name}'` });
        }
      }
    }
  }
};
