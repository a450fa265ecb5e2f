// From Flow JSON 5.0 the dates of DatePicker and CalendarPicker (min-date, max-date, unavailable-dates,
// init-value) are "YYYY-MM-DD" calendar dates (before 5.0 DatePicker took millisecond timestamps).
// Meta: INVALID_DATE_RANGE ("The date field must be in the format …", spec §0 4.12/4.13).
import { atLeast } from '../catalog/versions.js';
import type { Check } from './check.js';
import { dateFix, dateProblem, isDatePicker, pickerDates } from './dates.js';

export const dateFormats: Check = ({ flow, report }) => {
  if (!atLeast(flow.settings.version, '5.0')) return;
  for (const screen of flow.screens) {
    for (const use of screen.components) {
      if (!isDatePicker(use)) continue;
      const d = pickerDates(use);
      for (const date of [d.min, d.max, ...d.unavailable, ...d.init]) {
        if (!date) continue;
        const reason = dateProblem(date.node.value);
        if (!reason) continue;
        const fix = dateFix(date.node.value);
        report('FLOW3022', date.node.span, { value: date.node.value, property: date.property, reason }, {
          ...(fix ? { fixes: [{ title: `Write "${fix}"`, edits: [{ span: date.node.span, newText: `"${fix}"` }] }] } : {}),
        });
      }
    }
  }
};
