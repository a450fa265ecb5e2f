// A lower bound is not above its upper bound: every min-x/max-x pair of the catalogue (min-chars and
// max-chars, min-selected-items and max-selected-items, min-uploaded-photos and max-uploaded-photos, …),
// when both are written as numbers. Meta: MIN_VALUE_GREATER_THAN_MAX ("'min-x' cannot be greater
// than 'max-x' for Comp 'name'."), and INVALID_MIN_MAX_DAYS for CalendarPicker min-days/max-days.
import { propertySpec } from '../catalog/components.js';
import type { Check } from './check.js';
import { componentLabel } from './written-values.js';

/** Meta reports the CalendarPicker pair under a code of its own. */
const OWN_CODE: Readonly<Record<string, 'FLOW5043'>> = { days: 'FLOW5043' };

export const minMaxPairs: Check = ({ flow, report }) => {
  for (const screen of flow.screens) {
    for (const use of screen.components) {
      const { spec } = use;
      if (!spec) continue;
      for (const min of use.properties.values()) {
        const name = min.name.name;
        if (!name.startsWith('min-')) continue;
        const what = name.slice('min-'.length);
        const maxName = `max-${what}`;
        const max = use.properties.get(maxName);
        if (!max || !propertySpec(spec, name) || !propertySpec(spec, maxName)) continue;
        if (min.value?.kind !== 'Number' || max.value?.kind !== 'Number') continue;
        if (min.value.value <= max.value.value) continue;
        report(OWN_CODE[what] ?? 'FLOW5042', min.value.span, {
          min: name,
          max: maxName,
          minValue: min.value.raw,
          maxValue: max.value.raw,
          component: componentLabel(use),
        }, { related: [{ span: max.value.span, message: `${maxName} is ${max.value.raw}` }] });
      }
    }
  }
};
