// The written dates of a DatePicker or CalendarPicker (shared by date-formats and date-ranges): min-date,
// max-date, each unavailable date and the init-value (a string, or a range-mode object).
import type * as A from '../ast.js';
import type { ComponentUse } from '../semantics/bind.js';
import { isStaticString } from './values.js';

export interface WrittenDate {
  /** The property, as a message names it: 'min-date', 'unavailable-dates', 'init-value start-date'. */
  readonly property: string;
  readonly node: A.StringLiteral;
}

export interface PickerDates {
  readonly min?: WrittenDate;
  readonly max?: WrittenDate;
  readonly unavailable: readonly WrittenDate[];
  readonly init: readonly WrittenDate[];
}


/** The static date strings written on a date picker (references and expressions are skipped). */
export function pickerDates(use: ComponentUse): PickerDates {
  const unavailable: WrittenDate[] = [];
  const list = use.properties.get('unavailable-dates')?.value;
  if (list?.kind === 'Array') {
    for (const node of list.elements) if (isStaticString(node)) unavailable.push({ property: 'unavailable-dates', node });
  }
  const init: WrittenDate[] = [];
  const initValue = use.properties.get('init-value')?.value;
  if (isStaticString(initValue)) init.push({ property: 'init-value', node: initValue });
  else if (initValue?.kind === 'Object') {
    for (const e of initValue.entries) if (isStaticString(e.value)) init.push({ property: `init-value ${e.key.name}`, node: e.value });
  }
  return { min: writtenDate(use, 'min-date'), max: writtenDate(use, 'max-date'), unavailable, init };
}

function writtenDate(use: ComponentUse, property: 'min-date' | 'max-date'): WrittenDate | undefined {
  const node = use.properties.get(property)?.value;
  return isStaticString(node) ? { property, node } : undefined;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Why `text` is not a "YYYY-MM-DD" calendar date, or undefined when it is one. */
export function dateProblem(text: string): string | undefined {
  const m = DATE.exec(text);
  if (!m) return 'write it as "YYYY-MM-DD"';
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12) return `there is no month ${m[2]}`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) return `${MONTHS[month - 1]} ${year} has no day ${m[3]}`;
  return undefined;
}

/** The intended date, where it is mechanical: "2026-1-5" → "2026-01-05", "2026-12-01T10:00:00Z" → "2026-12-01". */
export function dateFix(text: string): string | undefined {
  const short = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const candidate = short
    ? `${short[1]}-${short[2]!.padStart(2, '0')}-${short[3]!.padStart(2, '0')}`
    : /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}/.exec(text)?.[1];
  return candidate && candidate !== text && dateProblem(candidate) === undefined ? candidate : undefined;
}
