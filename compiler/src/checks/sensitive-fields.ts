// Every name in a screen's `sensitive` list is an input of that screen: the list says which answers
// the summary after completion masks or hides. Meta: INVALID_SENSITIVE_FIELD ("No component
// corresponding to the sensitive field(s) 'x' can be found in screen 'S'.").
import { FEATURE_SINCE, atLeast } from '../catalog/versions.js';
import { didYouMean } from '../diagnostics/suggest.js';
import type { Check } from './check.js';
import { staticWord } from './written-values.js';

export const sensitiveFields: Check = ({ flow, report }) => {
  if (!atLeast(flow.settings.version, FEATURE_SINCE.sensitive)) return;
  for (const screen of flow.screens) {
    const list = screen.properties.get('sensitive')?.value;
    if (list?.kind !== 'Array') continue;
    for (const element of list.elements) {
      const name = staticWord(element);
      if (name === undefined || screen.inputs.has(name)) continue;
      report('FLOW2030', element.span, { name, screen: screen.id }, didYouMean(name, screen.inputs.keys(), element.span));
    }
  }
};
