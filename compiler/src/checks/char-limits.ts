// A text written in a component fits the length Meta documents for it (catalogue `maxChars`): labels,
// captions, option titles and descriptions, NavigationList rows, tags, …. Meta's validator lets longer
// texts through and the WhatsApp client cuts them off, so this is a warning. Only texts written out in
// full are measured (not ${…} values), in characters as the user sees them.
import type * as A from '../ast.js';
import type { Check } from './check.js';
import { forEachWrittenValue, isStaticString } from './written-values.js';

export const charLimits: Check = ({ flow, report }) => {
  const { version } = flow.settings;
  for (const screen of flow.screens) {
    for (const use of screen.components) {
      forEachWrittenValue(use, ({ spec, value, owner }) => {
        const max = spec.maxChars;
        if (max === undefined) return;
        const strings: A.Value[] = value.kind === 'Array' ? [...value.elements] : [value];
        for (const s of strings) {
          if (s.kind !== 'String' || !isStaticString(s)) continue;
          const count = [...s.value].length;
          if (count <= max) continue;
          report('FLOW6014', s.span, { property: spec.name, owner, count, max });
        }
      }, version);
    }
  }
};
