// A TextInput `pattern` is a regular expression, written raw (no /slashes/); the client compiles it,
// so one that does not compile blocks the field. Meta: INVALID_PROPERTY_VALUE_FORMAT.
import { atLeast } from '../catalog/versions.js';
import type { Check } from './check.js';
import { isStaticString } from './values.js';

export const validPatterns: Check = ({ flow, report }) => {
  if (!atLeast(flow.settings.version, '6.2')) return; // pattern arrived in 6.2 (FLOW7003 before)
  for (const screen of flow.screens) {
    for (const use of screen.components) {
      if (use.node.kind !== 'Component' || use.node.type.name !== 'TextInput') continue;
      const value = use.properties.get('pattern')?.value;
      if (!isStaticString(value)) continue;
      const reason = regexProblem(value.value);
      if (reason) report('FLOW3026', value.span, { value: value.value, reason });
    }
  }
};

/** Why `source` is not a valid regular expression (JavaScript syntax, as Meta's validator reads it). */
function regexProblem(source: string): string | undefined {
  try {
    new RegExp(source);
    return undefined;
  } catch (e) {
    // "Invalid regular expression: /(/: Unterminated group" → "unterminated group"
    const text = e instanceof Error ? e.message : String(e);
    const reason = text.slice(text.lastIndexOf(': ') + 2);
    return reason.charAt(0).toLowerCase() + reason.slice(1);
  }
}
