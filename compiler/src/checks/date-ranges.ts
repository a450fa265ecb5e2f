// A date picker's selectable dates are a range: min-date is not after max-date, every unavailable date
// and a DatePicker's init-value lie within it. A side that is not given is open: there is no default
// range (spec §0 4.12/4.13). Checked from 5.0, when dates are "YYYY-MM-DD". Meta: INVALID_DATE_RANGE.
import { atLeast } from '../catalog/versions.js';
import type { Check } from './check.js';
import { dateProblem, isDatePicker, pickerDates, type WrittenDate } from './dates.js';

export const dateRanges: Check = ({ flow, report }) => {
  if (!atLeast(flow.settings.version, '5.0')) return;
  const valid = (d: WrittenDate | undefined) => (d && dateProblem(d.node.value) === undefined ? d : undefined);
  for (const screen of flow.screens) {
    for (const use of screen.components) {
      if (!isDatePicker(use)) continue;
      const dates = pickerDates(use);
      const min = valid(dates.min);
      const max = valid(dates.max);
      if (!min && !max) continue;
      if (min && max && min.node.value > max.node.value) {
        report('FLOW3023', max.node.span, { min: min.node.value, max: max.node.value }, {
          related: [{ span: min.node.span, message: `min-date is ${min.node.value}` }],
          help: 'swap the two dates, or correct the one that is wrong',
        });
        continue;
      }
      const isDatePickerNode = use.node.kind === 'Component' && use.node.type.name === 'DatePicker';
      const inRange = [...dates.unavailable, ...(isDatePickerNode ? dates.init : [])];
      for (const d of inRange) {
        const value = d.node.value;
        if (dateProblem(value) !== undefined) continue;
        const bound = min && value < min.node.value ? min : max && value > max.node.value ? max : undefined;
        if (!bound) continue;
        const what = d.property === 'unavailable-dates' ? 'unavailable date' : d.property;
        report('FLOW3024', d.node.span, {
          what,
          date: value,
          relation: bound === min ? `before min-date ${bound.node.value}` : `after max-date ${bound.node.value}`,
        }, {
          related: [{ span: bound.node.span, message: `${bound.property} is ${bound.node.value}` }],
          help: d.property === 'unavailable-dates'
            ? 'remove it: a date outside the range cannot be picked anyway'
            : `choose a date between ${min?.node.value ?? 'any day'} and ${max?.node.value ?? 'any day'}`,
        });
      }
    }
  }
};
