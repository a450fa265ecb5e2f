// From Flow JSON 5.0 the dates of DatePicker and CalendarPicker (min-date, max-date, unavailable-dates,
// init-value) are "YYYY-MM-DD" calendar dates (before 5.0 DatePicker took millisecond timestamps).
// Meta: INVALID_DATE_RANGE ("The date field must be in the format …", spec §0 4.12/4.13).
import { atLeast } from '../catalog/versions.js';
import type { Check, CheckContext } from './check.js';
import { dateFix, dateProblem, pickerDates, type WrittenDate } from './dates.js';

export const dateFormats: Check = ({ flow, report }) => {
  if (!atLeast(flow.settings.version, '5.0')) return;
  for (const screen of flow.screens) {
    for (const use of screen.components) {
      // the catalogue entry is the component's own type: a cheap way to pass over everything else
      const type = use.spec?.type;
      if (type !== 'DatePicker' && type !== 'CalendarPicker') continue;
      const d = pickerDates(use);
      if (d.min) checkDate(report, d.min);
      if (d.max) checkDate(report, d.max);
      for (const date of d.unavailable) checkDate(report, date);
      for (const date of d.init) checkDate(report, date);
    }
  }
};

function checkDate(report: CheckContext['report'], date: WrittenDate): void {
  const reason = dateProblem(date.node.value);
  if (!reason) return;
  const fix = dateFix(date.node.value);
  report('FLOW3022', date.node.span, { value: date.node.value, property: date.property, reason }, {
    ...(fix ? { fixes: [{ title: `Write "${fix}"`, edits: [{ span: date.node.span, newText: `"${fix}"` }] }] } : {}),
  });
}
