// A navigate payload becomes the next screen's data, so each value has the type that screen declares for
// its field. Meta: INVALID_NAVIGATE_ACTION_STATIC_DATA for literals, INVALID_NAVIGATE_ACTION_PAYLOAD
// ("Property is expecting 'string' but got …") for references and expressions.
import { describeType, typesOf } from '../semantics/types.js';
import type { Check } from './check.js';
import { foundText, literalFix, misfits, originOf, valueText } from './values.js';

export const navigatePayloadTypes: Check = ({ flow, report }) => {
  const types = typesOf(flow);
  for (const screen of flow.screens) {
    for (const { action } of screen.actions) {
      if (action.name !== 'navigate' || !action.target || !action.payload) continue;
      const next = flow.screenById.get(action.target.name);
      if (!next || next === screen) continue;
      for (const entry of action.payload.entries) {
        const field = next.dataFields.get(entry.key.name);
        if (!field) continue;
        for (const m of misfits(types, screen, entry.value, types.dataField(field), entry.key.name)) {
          const expected = describeType(m.expected);
          const related = [{ span: field.name.span, message: `'${field.name.name}' is declared here, as ${describeType(types.dataField(field))}` }];
          const args = { id: next.id, field: m.field, expected, value: valueText(m.value), found: foundText(m.value, m.found) };
          if (m.isStatic) {
            const fix = literalFix(m.value, m.expected);
            report('FLOW4040', m.value.span, args, {
              related,
              help: `write ${expected} here, or change the type of '${field.name.name}' in screen '${next.id}'`,
              ...(fix ? { fixes: [{ title: fix.title, edits: [{ span: m.value.span, newText: fix.newText }] }] } : {}),
            });
          } else {
            report('FLOW4041', m.value.span, args, { related: [...related, ...originOf(types, screen, m.value)], help: dynamicHelp(m.value.kind, field.name.name, next.id, expected) });
          }
        }
      }
    }
  }
};

function dynamicHelp(kind: string, field: string, screen: string, expected: string): string {
  const what = kind === 'Binary' || kind === 'Unary' ? 'an expression' : 'a value';
  return `send ${what} that is ${expected}, or change the type of '${field}' in screen '${screen}' to match`;
}
