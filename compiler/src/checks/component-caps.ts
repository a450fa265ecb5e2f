// Meta's per-type caps: Footer 1, EmbeddedLink 2, Image 3, OptIn 5, PhotoPicker and DocumentPicker 1
// together, NavigationList 2, ImageCarousel 2 (3 per Flow), Form 1 from 7.0. An If counts its larger
// branch and a Switch its largest case. Meta: COMPONENT_TYPE_MAX_NUMBER_PER_SCREEN.
import type * as A from '../ast.js';
import { isComponentNode } from '../ast.js';
import { COMPONENTS } from '../catalog/components.js';
import type { Version } from '../catalog/types.js';
import { atLeast } from '../catalog/versions.js';
import type { BoundScreen, ComponentUse } from '../semantics/bind.js';
import { componentKeywordSpan, componentType } from '../semantics/bind.js';
import type { Check } from './check.js';

interface Cap {
  readonly types: readonly string[];
  readonly max: number;
  readonly label: string;
  readonly since?: Version;
}

const PICKERS = ['PhotoPicker', 'DocumentPicker'];

/** The caps in the order they are reported: each capped type on its own, then the pickers together. */
const CAPS: readonly Cap[] = [
  ...COMPONENTS.filter((c) => c.maxPerScreen !== undefined && !PICKERS.includes(c.type)).map((c) => ({
    types: [c.type],
    max: c.maxPerScreen!,
    label: c.type,
    since: c.maxPerScreenSince,
  })),
  { types: PICKERS, max: 1, label: 'PhotoPicker or DocumentPicker' },
];

/** Which cap (index into CAPS) a component type counts towards. */
const CAP_OF: ReadonlyMap<string, number> = new Map(CAPS.flatMap((cap, i) => cap.types.map((t) => [t, i] as const)));

const PER_FLOW = COMPONENTS.filter((c) => c.maxPerFlow !== undefined);

/** Adds to `counts` (one per cap) how many capped components `members` can show at once. */
function countInto(members: readonly A.Member[], counts: number[]): void {
  for (const m of members) {
    if (!isComponentNode(m)) continue;
    if (m.kind === 'If' || m.kind === 'Switch') {
      const largest = new Array<number>(CAPS.length).fill(0);
      if (m.kind === 'If') {
        keepLargest(m.then, largest);
        if (m.else) keepLargest(m.else, largest);
      } else {
        for (const c of m.cases) keepLargest(c.members, largest);
      }
      for (let i = 0; i < counts.length; i++) counts[i]! += largest[i]!;
    } else {
      const cap = CAP_OF.get(m.type.name);
      if (cap !== undefined) counts[cap]! += 1;
      countInto(m.members, counts);
    }
  }
}

/** Raises each of `largest` to what the branch `members` counts, if that is more. */
function keepLargest(members: readonly A.Member[], largest: number[]): void {
  const counts = new Array<number>(CAPS.length).fill(0);
  countInto(members, counts);
  for (let i = 0; i < largest.length; i++) if (counts[i]! > largest[i]!) largest[i] = counts[i]!;
}

/** The component to point at: the first one of `types` over the cap. */
function firstOver(screen: BoundScreen, types: readonly string[], max: number): ComponentUse {
  const uses = screen.components.filter((c) => types.includes(componentType(c.node)));
  return uses[max] ?? uses[uses.length - 1]!;
}

export const componentCaps: Check = ({ flow, report }) => {
  const { version } = flow.settings;
  for (const screen of flow.screens) {
    const counts = new Array<number>(CAPS.length).fill(0);
    countInto(screen.node.members, counts);
    for (let i = 0; i < CAPS.length; i++) {
      const { types, max, label, since } = CAPS[i]!;
      const count = counts[i]!;
      if (count <= max || !atLeast(version, since)) continue;
      report('FLOW6003', componentKeywordSpan(firstOver(screen, types, max).node), { id: screen.id, count, component: label, max });
    }
  }
  for (const spec of PER_FLOW) {
    const max = spec.maxPerFlow!;
    let count = 0;
    let over: A.ComponentNode | undefined;
    for (const screen of flow.screens) {
      for (const use of screen.components) {
        if (use.spec !== spec) continue;
        if (count === max) over = use.node;
        count++;
      }
    }
    if (over) report('FLOW6004', componentKeywordSpan(over), { count, component: spec.type, max });
  }
};
