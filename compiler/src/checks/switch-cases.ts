// A Switch has at least one case, and its case keys are distinct words Meta accepts as keys of
// `cases`: a letter, then letters, digits, '-' and '_'. Meta: EMPTY_SWITCH_CASES ("The 'cases'
// property of a Switch component cannot be empty.").
import type { SwitchCase } from '../ast.js';
import type { Check } from './check.js';

/** Meta's pattern for the keys of a Switch's `cases` (spec §4.21). */
const CASE_KEY = /^[a-zA-Z][a-zA-Z0-9-_]*$/;

export const switchCases: Check = ({ flow, report }) => {
  for (const screen of flow.screens) {
    for (const use of screen.components) {
      const node = use.node;
      if (node.kind !== 'Switch') continue;
      if (node.cases.length === 0) {
        report('FLOW5049', node.keyword.span);
        continue;
      }
      const seen = new Map<string, SwitchCase>();
      for (const c of node.cases) {
        const key = c.key.name;
        const first = seen.get(key);
        if (first) {
          report('FLOW5051', c.key.span, { key }, { related: [{ span: first.key.span, message: 'first used here' }] });
          continue;
        }
        seen.set(key, c);
        if (!CASE_KEY.test(key)) report('FLOW5050', c.key.span, { key });
      }
    }
  }
};
