// The `color` of a data-source item is a static 6-digit hex colour "#RRGGBB" (Meta's schema pattern
// ^#[A-Fa-f0-9]{6}$). Meta: PATTERN_MISMATCH.
import type * as A from '../ast.js';
import { atLeast } from '../catalog/versions.js';
import type { Check } from './check.js';
import { forEachItemField, isStaticString } from './values.js';

const HEX = /^#[A-Fa-f0-9]{6}$/;

export const hexColors: Check = ({ flow, report }) => {
  const { version } = flow.settings;
  if (!atLeast(version, '5.0')) return; // item colours arrived in 5.0 (FLOW7003 before)
  // from 6.0 an empty string is reported by blank-strings
  const skipEmpty = atLeast(version, '6.0');
  // one visitor for the whole flow, not a closure per component
  const visit = (field: string, value: A.Value): void => {
    if (field !== 'color' || !isStaticString(value) || HEX.test(value.value)) return;
    if (skipEmpty && value.value === '') return;
    const fix = hexFix(value.value);
    report('FLOW3025', value.span, { value: value.value }, {
      ...(fix ? { fixes: [{ title: `Write "${fix}"`, edits: [{ span: value.span, newText: `"${fix}"` }] }] } : {}),
    });
  };
  for (const screen of flow.screens) {
    for (const use of screen.components) forEachItemField(use, visit);
  }
};

/** "#2e7" → "#22ee77", "2E7D32" → "#2E7D32". */
function hexFix(text: string): string | undefined {
  const short = /^#?([A-Fa-f0-9])([A-Fa-f0-9])([A-Fa-f0-9])$/.exec(text);
  if (short) return `#${short[1]!.repeat(2)}${short[2]!.repeat(2)}${short[3]!.repeat(2)}`;
  const bare = /^([A-Fa-f0-9]{6})$/.exec(text);
  return bare ? `#${bare[1]}` : undefined;
}
