// A text written in a component fits the length Meta documents for it (catalogue `maxChars`): labels,
// captions, option titles and descriptions, NavigationList rows, tags, …. Meta's validator lets longer
// texts through and the WhatsApp client cuts them off, so this is a warning. Only texts written out in
// full are measured (not ${…} values), in characters as the user sees them.
import type * as A from '../ast.js';
import type { PropertySpec } from '../catalog/types.js';
import type { Check } from './check.js';
import type { WrittenValue } from './written-values.js';
import { isStaticString } from './values.js';
import { writtenValues } from './written-values.js';

export const charLimits: Check = ({ flow, report }) => {
  const measure = (s: A.Value, spec: PropertySpec, owner: string, max: number): void => {
    // a character is one or two UTF-16 units: a string no longer than max in units fits
    if (s.kind !== 'String' || s.value.length <= max || !isStaticString(s)) return;
    const count = [...s.value].length;
    if (count > max) report('FLOW6014', s.span, { property: spec.name, owner, count, max });
  };
  const visit = ({ spec, value, owner }: WrittenValue): void => {
    const max = spec.maxChars;
    if (max === undefined) return;
    if (value.kind !== 'Array') return measure(value, spec, owner, max);
    for (const e of value.elements) measure(e, spec, owner, max);
  };
  for (const w of writtenValues(flow)) visit(w);
};
