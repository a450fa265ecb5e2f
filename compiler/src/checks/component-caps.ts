// Meta's per-type caps: Footer 1, EmbeddedLink 2, Image 3, OptIn 5, PhotoPicker and DocumentPicker 1
// together, NavigationList 2, ImageCarousel 2 (3 per Flow), Form 1 from 7.0. An If counts its larger
// branch and a Switch its largest case. Meta: COMPONENT_TYPE_MAX_NUMBER_PER_SCREEN.
import type * as A from '../ast.js';
import { isComponentNode } from '../ast.js';
import { COMPONENTS } from '../catalog/components.js';
import { atLeast } from '../catalog/versions.js';
import { componentType } from '../semantics/bind.js';
import type { Check } from './check.js';

const PICKERS = ['PhotoPicker', 'DocumentPicker'];

/** How many components of `types` a list of members can show at once. */
function countOf(members: readonly A.Member[], types: readonly string[]): number {
  let n = 0;
  for (const m of members) {
    if (!isComponentNode(m)) continue;
    if (m.kind === 'If') n += Math.max(countOf(m.then, types), countOf(m.else ?? [], types));
    else if (m.kind === 'Switch') n += Math.max(0, ...m.cases.map((c) => countOf(c.members, types)));
    else {
      if (types.includes(componentType(m))) n += 1;
      n += countOf(m.members, types);
    }
  }
  return n;
}

export const componentCaps: Check = ({ flow, report }) => {
  const { version } = flow.settings;
  const caps = COMPONENTS.filter((c) => c.maxPerScreen !== undefined && atLeast(version, c.maxPerScreenSince));
  for (const screen of flow.screens) {
    const members = screen.node.members;
    const check = (types: readonly string[], max: number, label: string) => {
      const count = countOf(members, types);
      if (count <= max) return;
      const uses = screen.components.filter((c) => types.includes(componentType(c.node)));
      const over = uses[max] ?? uses[uses.length - 1]!;
      const span = over.node.kind === 'Component' ? over.node.type.span : over.node.keyword.span;
      report('FLOW6003', span, { id: screen.id, count, component: label, max });
    };
    for (const spec of caps) {
      if (PICKERS.includes(spec.type)) continue;
      check([spec.type], spec.maxPerScreen!, spec.type);
    }
    check(PICKERS, 1, 'PhotoPicker or DocumentPicker');
  }
  for (const spec of COMPONENTS) {
    if (spec.maxPerFlow === undefined) continue;
    const uses = flow.screens.flatMap((s) => s.components.filter((c) => c.spec === spec));
    if (uses.length > spec.maxPerFlow) {
      const node = uses[spec.maxPerFlow]!.node;
      report('FLOW6004', node.kind === 'Component' ? node.type.span : node.keyword.span, {
        count: uses.length,
        component: spec.type,
        max: spec.maxPerFlow,
      });
    }
  }
};
