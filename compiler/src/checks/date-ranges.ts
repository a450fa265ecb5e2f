// A date picker's selectable dates are a range: min-date is not after max-date, every unavailable date
// and a DatePicker's init-value lie within it. A side that is not given is open: there is no default
// range (spec §0 4.12/4.13). Checked from 5.0, when dates are "YYYY-MM-DD". Meta: INVALID_DATE_RANGE.
import { atLeast } from '../catalog/versions.js';
import type { Check, CheckContext } from './check.js';
import { dateProblem, pickerDates, type WrittenDate } from './dates.js';

export const dateRanges: Check = ({ flow, report }) => {
  if (!atLeast(flow.settings.version, '5.0')) return;
  for (const screen of flow.screens) {
    for (const use of screen.components) {
      // the catalogue entry is the component's own type: a cheap way to pass over everything else
      const type = use.spec?.type;
      if (type !== 'DatePicker' && type !== 'CalendarPicker') continue;
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
      for (const d of dates.unavailable) checkInRange(report, d, min, max);
      if (type === 'DatePicker') for (const d of dates.init) checkInRange(report, d, min, max);
    }
  }
};

const valid = (d: WrittenDate | undefined) => (d && dateProblem(d.node.value) === undefined ? d : undefined);

function checkInRange(report: CheckContext['report'], d: WrittenDate, min: WrittenDate | undefined, max: WrittenDate | undefined): void {
  const value = d.node.value;
  const bound = min && value < min.node.value ? min : max && value > max.node.value ? max : undefined;
  // a date that is not one is date-formats' to report (tested last: most dates are in range)
  if (!bound || dateProblem(value) !== undefined) return;
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
