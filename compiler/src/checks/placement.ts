// Components sit where Meta allows them: Form, If and Switch accept only some children (catalogue
// `placement`), a Footer in an If only in a top-level If, If nesting at most 3, no Form in a Form, and
// once a screen has a Form every input is inside it. Meta: INVALID_COMPONENT_PLACEMENT,
// MAXIMUM_IF_NESTING, COMPONENTS_OUTSIDE_FORM.
import { atLeast, FEATURE_SINCE } from '../catalog/versions.js';
import { componentKeywordSpan, componentType, type ComponentUse } from '../semantics/bind.js';
import type { Check } from './check.js';

const MAX_IF_NESTING = 3;
/** Meta's COMPONENTS_OUTSIDE_FORM covers these inputs only (spec §0). */
const FORM_BOUND_INPUTS = new Set([
  'CheckboxGroup', 'RadioButtonsGroup', 'TextArea', 'TextInput', 'OptIn', 'Dropdown', 'DatePicker', 'PhotoPicker', 'DocumentPicker',
]);

export const placement: Check = ({ flow, report }) => {
  const { version } = flow.settings;
  for (const screen of flow.screens) {
    const hasForm = screen.components.some((c) => c.spec?.type === 'Form');
    for (const use of screen.components) {
      const spec = use.spec;
      if (!spec) continue;
      const span = componentKeywordSpan(use.node);
      const parent = use.parent;
      const parentType = parent ? componentType(parent.node) : undefined;
      const slot = parentType === 'Form' ? 'form' : parentType === 'If' ? 'if' : parentType === 'Switch' ? 'switch' : undefined;
      if (slot) {
        const allowed = spec.placement[slot];
        const since = typeof allowed === 'string' ? allowed : undefined;
        if (allowed === false || (since && !atLeast(version, since)) || (spec.type === 'Form' && slot === 'form')) {
          report('FLOW5009', span, {
            component: spec.type,
            parent: parentType!,
            since: since && !atLeast(version, since) ? ` before Flow JSON ${since}` : '',
          });
        }
      }
      if (spec.type === 'Footer' && insideNestedIf(use)) {
        report('FLOW5009', span, { component: 'Footer', parent: 'an If inside another component', since: '' });
      }
      if (use.node.kind === 'If' && use.ifDepth >= MAX_IF_NESTING) report('FLOW5012', span);
      if (
        hasForm &&
        !use.inForm &&
        FORM_BOUND_INPUTS.has(spec.type) &&
        atLeast(version, FEATURE_SINCE.optionalForm)
      ) {
        report('FLOW5013', span, { component: spec.type });
      }
    }
  }
};

/** A Footer may sit in an If only when that If is at the top of the screen (or of a Form). */
function insideNestedIf(use: ComponentUse): boolean {
  let seenIf = false;
  for (let p = use.parent; p; p = p.parent) {
    const type = componentType(p.node);
    if (type === 'If') {
      if (seenIf) return true;
      seenIf = true;
    } else if (type === 'Switch' && seenIf) return true;
  }
  return false;
}
