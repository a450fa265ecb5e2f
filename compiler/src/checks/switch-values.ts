// A Switch picks its case from a value read at run time: a reference (${data.x}, ${form.x},
// ${screen.S.…}) or, from 6.0, an expression. A fixed value would always show the same case.
// Meta: PATTERN_MISMATCH (the value must have the dynamic data format).
import type { Check } from './check.js';
import { valueText } from './values.js';

export const switchValues: Check = ({ flow, report }) => {
  for (const screen of flow.screens) {
    for (const use of screen.components) {
      const node = use.node;
      if (node.kind !== 'Switch') continue;
      const v = node.value;
      const dynamic =
        v.kind === 'Reference' || v.kind === 'Backtick' || v.kind === 'Binary' || v.kind === 'Unary' ||
        (v.kind === 'String' && v.parts.some((p) => typeof p !== 'string'));
      if (dynamic) continue;
      // `Switch plan { … }`: the name of an input or data field, written without form. or data.
      const meant =
        v.kind === 'Name' ? (screen.inputs.has(v.name) ? `form.${v.name}` : screen.dataFields.has(v.name) ? `data.${v.name}` : undefined) : undefined;
      const only = node.cases.find((c) => c.key.name === (v.kind === 'String' ? v.value : v.kind === 'Name' ? v.name : undefined));
      report('FLOW3035', v.span, { value: valueText(v) }, {
        help: meant
          ? `did you mean ${meant}?`
          : only
            ? `this Switch always shows case '${only.key.name}': write its components without the Switch, or switch on a reference such as form.plan`
            : 'switch on a reference such as form.plan or data.status',
        ...(meant ? { fixes: [{ title: `Change to ${meant}`, edits: [{ span: v.span, newText: meant }] }] } : {}),
      });
    }
  }
};
