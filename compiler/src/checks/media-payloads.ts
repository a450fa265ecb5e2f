// The files of a PhotoPicker or DocumentPicker travel only as a payload value of their own: never in a
// navigate payload (later screens read them with screen.S.form.x), and in data_exchange and complete
// payloads only as a top-level value, not inside a list, an object, text or an expression.
// Meta: INVALID_NAVIGATE_ACTION_PAYLOAD, INVALID_ON_CLICK_ACTION_PAYLOAD.
import type * as A from '../ast.js';
import { referencePath } from '../ast.js';
import { asReference, isMediaInput, typesOf } from '../semantics/types.js';
import type { Check } from './check.js';
import { referencesIn } from './values.js';

export const mediaPayloads: Check = ({ flow, report }) => {
  const types = typesOf(flow);
  const refs: A.Reference[] = []; // the references of one payload entry
  for (const screen of flow.screens) {
    for (const { action } of screen.actions) {
      if (!action.payload) continue;
      if (action.name !== 'navigate' && action.name !== 'complete' && action.name !== 'data_exchange') continue;
      for (const entry of action.payload.entries) {
        refs.length = 0;
        referencesIn(entry.value, refs);
        for (const ref of refs) {
          // only an input can be a picker: its type need not be worked out
          const first = ref.path[0];
          if (ref.root !== 'form' || !first) continue;
          const target = types.targetScreen(ref, screen);
          const picker = target?.inputs.get(first.name)?.find(isMediaInput);
          if (!target || !picker || picker.node.kind !== 'Component') continue;
          const kind = picker.node.type.name;
          const name = picker.node.name?.name ?? ref.path[0]!.name;
          const related = picker.node.name ? [{ span: picker.node.name.span, message: `the ${kind} '${name}'` }] : [];
          if (action.name === 'navigate') {
            const global = `screen.${target.id}.form.${name}`;
            report('FLOW4042', ref.span, { value: referencePath(ref), component: kind }, {
              related,
              help:
                `remove '${entry.key.name}' from this payload (and from the data of screen '${action.target?.name ?? ''}'), ` +
                `and read the files where they are needed with ${global}`,
            });
          } else if (ref !== asReference(entry.value)) {
            report('FLOW4043', ref.span, { value: referencePath(ref), component: kind, action: action.name, where: where(entry.value) }, {
              related,
              help: `give the files a key of their own in the payload: ${name}: ${referencePath(ref)}`,
            });
          }
        }
      }
    }
  }
};

function where(v: A.Value): string {
  switch (v.kind) {
    case 'Array':
      return 'a list';
    case 'Object':
      return 'an object';
    case 'String':
      return 'a text';
    default:
      return 'an expression';
  }
}
