// Screen ids are letters and underscores, not only underscores, and not the reserved SUCCESS.
// Meta: PATTERN_MISMATCH, SCREEN_ID_IS_RESERVED_KEYWORD.
import type { Check } from './check.js';

const SCREEN_ID = /^(?!_+$)[A-Za-z_]+$/;

export const validScreenIds: Check = ({ flow, report }) => {
  for (const screen of flow.screens) {
    const id = screen.node.id;
    if (!id.name) continue;
    if (id.name.toLowerCase() === 'success') report('FLOW2008', id.span, { id: id.name });
    else if (!SCREEN_ID.test(id.name)) report('FLOW2007', id.span, { id: id.name });
  }
};
