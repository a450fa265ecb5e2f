// A number stays within the bounds Meta's schema gives it (catalogue `min`/`max`): CheckboxGroup
// max-selected-items at least 2, max-file-size-kb 1–25600, uploaded photos and documents 0–30, ….
// Meta: MINIMUM_VALUE_REQUIRED, MAXIMUM_VALUE_REQUIRED ("The minimum value allowed for property 'x'
// is n.").
import type { Check } from './check.js';
import { writtenValues, type WrittenValue } from './written-values.js';

export const numericBounds: Check = ({ flow, report }) => {
  // one visitor for the whole flow, not a closure per component
  const visit = ({ spec, value, owner }: WrittenValue): void => {
    if (value.kind !== 'Number' || (spec.min === undefined && spec.max === undefined)) return;
    const low = spec.min !== undefined && value.value < spec.min;
    const high = spec.max !== undefined && value.value > spec.max;
    if (!low && !high) return;
    const bound = low ? spec.min! : spec.max!;
    report(low ? 'FLOW6010' : 'FLOW6011', value.span, { property: spec.name, owner, value: value.raw, bound }, {
      fixes: [{ title: `Change to ${bound}`, edits: [{ span: value.span, newText: String(bound) }] }],
    });
  };
  for (const w of writtenValues(flow)) visit(w);
};
