// A Form's init-values and error-messages speak about the inputs of its screen: every key names an
// input ("declared but not used" otherwise), pickers take no initial value, and from Flow JSON 7.0 each
// value has the type of the input it sets (checked against the input's own init-value/error-message
// in the catalogue: a list for CheckboxGroup and ChipsSelector, true/false for OptIn, a number for a
// number or passcode TextInput, a { start-date, end-date } object for a range-mode CalendarPicker,
// else a string). Meta: NATIVE_COMPONENT_IN_FORM_INIT_VALUES, INVALID_PROPERTY_TYPE.
import type * as A from '../ast.js';
import { propertySpec } from '../catalog/components.js';
import type { PropertySpec } from '../catalog/types.js';
import { atLeast } from '../catalog/versions.js';
import { didYouMean } from '../diagnostics/suggest.js';
import type { ComponentUse } from '../semantics/bind.js';
import { componentType } from '../semantics/bind.js';
import { calendarMode } from './calendar-range-mode.js';
import type { Check } from './check.js';
import { isStaticString } from './values.js';
import { componentLabel, conditionValue, removalEdit } from './written-values.js';

/** Flow JSON version from which Meta type-checks init-values and error-messages (spec §1.3, §0 4.19). */
const TYPED_SINCE = '7.0';

/** The Form properties keyed by the names of the Form's inputs, and the input property each key stands for. */
export const FORM_PROPERTIES: readonly { readonly form: string; readonly input: string }[] = [
  { form: 'init-values', input: 'init-value' },
  { form: 'error-messages', input: 'error-message' },
];

type Kind = 'string' | 'number' | 'boolean' | 'array' | 'object';

const KIND_WORDS: Readonly<Record<Kind, string>> = {
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

export const formInitValues: Check = ({ flow, report }) => {
  const { version } = flow.settings;
  const typed = atLeast(version, TYPED_SINCE);
  for (const screen of flow.screens) {
    for (const form of screen.components) {
      if (componentType(form.node) !== 'Form') continue;
      for (const { form: formProperty, input: inputProperty } of FORM_PROPERTIES) {
        const written = form.properties.get(formProperty);
        if (written?.value?.kind !== 'Object') continue;
        const entries = written.value.entries;
        for (const entry of entries) {
          const name = entry.key.name;
          const input = screen.inputs.get(name)?.[0];
          if (!input?.spec) {
            // Meta checks init-values keys (from 7.0); a misspelt error-messages key is lost silently
            const severity = formProperty === 'init-values' && typed ? 'error' : 'warning';
            report('FLOW5039', entry.key.span, { property: formProperty, name, screen: screen.id }, {
              severity,
              ...didYouMean(name, screen.inputs.keys(), entry.key.span),
            });
            continue;
          }
          const prop = propertySpec(input.spec, inputProperty);
          if (!prop) {
            if (formProperty === 'init-values') {
              report('FLOW5040', entry.key.span, { property: formProperty, component: componentLabel(input) }, {
                fixes: [{ title: `Remove ${name} from ${formProperty}`, edits: [removalEdit(entry, entries, flow.file.comments)] }],
              });
            }
            continue;
          }
          if (!typed) continue;
          const expected = expectedKinds(input, prop);
          const found = kindOf(entry.value);
          if (!expected || !found || expected.kinds.includes(found)) continue;
          report('FLOW5055', entry.value.span, {
            property: formProperty,
            name,
            found: KIND_WORDS[found],
            component: componentLabel(input),
            expected: `${expected.kinds.map((k) => KIND_WORDS[k]).join(' or ')}${expected.why}`,
          });
        }
      }
    }
  }
};

/** What an input's value in init-values/error-messages is, from its own property; undefined: unknown. */
function expectedKinds(input: ComponentUse, prop: PropertySpec): { kinds: readonly Kind[]; why: string } | undefined {
  if (prop.fields) {
    const mode = calendarMode(input);
    if (!mode) return undefined;
    return mode === 'range'
      ? { kinds: ['object'], why: ` { ${prop.fields.map((f) => f.name).join(', ')} } in range mode` }
      : { kinds: ['string'], why: '' };
  }
  switch (prop.type) {
    case 'string-array':
    case 'enum-array':
    case 'date-array':
      return { kinds: ['array'], why: ' of ids' };
    case 'boolean':
      return { kinds: ['boolean'], why: '' };
    case 'number':
    case 'integer':
      return { kinds: ['number'], why: '' };
    case 'string-or-object':
      return { kinds: ['string', 'object'], why: '' };
    default: {
      const when = prop.formValueNumberWhen;
      if (when) {
        const value = conditionValue(input, when);
        if (value === 'dynamic') return undefined;
        if (value !== undefined && when.values.includes(value)) return { kinds: ['number'], why: ` (${when.property} ${value})` };
      }
      return { kinds: ['string'], why: '' };
    }
  }
}

/** The JSON type a written value has; undefined for bindings and expressions. */
function kindOf(value: A.Value): Kind | undefined {
  switch (value.kind) {
    case 'String':
      return isStaticString(value) ? 'string' : undefined;
    case 'Name':
      return 'string';
    case 'Number':
      return 'number';
    case 'Boolean':
      return 'boolean';
    case 'Array':
      return 'array';
    case 'Object':
      return 'object';
    default:
      return undefined;
  }
}
