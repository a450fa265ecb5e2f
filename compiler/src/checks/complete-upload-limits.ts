// The files a complete payload carries fit in the response message: from Flow JSON 5.0 all pickers it
// references may send at most 10 files and 102400 KB together (max-uploaded-photos/-documents, default
// 30, times max-file-size-kb, default 25600); before 5.0 one picker with at most one file (spec §0 4.18).
// data_exchange payloads are not counted. Meta: INVALID_ON_CLICK_ACTION_PAYLOAD.
import type * as A from '../ast.js';
import { atLeast } from '../catalog/versions.js';
import type { ComponentUse } from '../semantics/bind.js';
import { isMediaInput, typesOf } from '../semantics/types.js';
import type { Check } from './check.js';
import { referencesIn } from './values.js';

const MAX_FILES = 10;
const MAX_KB = 102400;
const DEFAULT_COUNT = 30;
const DEFAULT_SIZE_KB = 25600;

interface Picker {
  readonly use: ComponentUse;
  readonly name: string;
  readonly countProperty: string;
  /** Undefined when written as something other than a number (another rule reports it). */
  readonly count: number | undefined;
  readonly sizeKb: number | undefined;
  readonly countSpan: A.Identifier['span'];
  readonly countGiven: boolean;
}

export const completeUploadLimits: Check = ({ flow, report }) => {
  const types = typesOf(flow);
  const since50 = atLeast(flow.settings.version, '5.0');
  for (const screen of flow.screens) {
    actions: for (const { action } of screen.actions) {
      if (action.name !== 'complete' || !action.payload) continue;
      // the distinct pickers of the payload, each with the reference that brings it in
      const seen = new Set<ComponentUse>();
      const pickers: { picker: Picker; ref: A.Reference }[] = [];
      for (const ref of referencesIn(action.payload)) {
        // only an input can be a picker: its type need not be worked out
        const first = ref.path[0];
        if (ref.root !== 'form' || !first) continue;
        const use = types.targetScreen(ref, screen)?.inputs.get(first.name)?.find(isMediaInput);
        if (!use || seen.has(use)) continue;
        seen.add(use);
        const picker = pickerOf(use);
        if (!picker || picker.count === undefined || picker.sizeKb === undefined) continue actions;
        pickers.push({ picker, ref });
      }
      const files = pickers.reduce((n, p) => n + p.picker.count!, 0);
      const kb = pickers.reduce((n, p) => n + p.picker.count! * p.picker.sizeKb!, 0);
      const tooMany = since50 ? files > MAX_FILES : pickers.length > 1 || files > 1;
      const tooLarge = since50 && kb > MAX_KB;
      if (!tooMany && !tooLarge) continue;

      // reported at the reference whose picker tips the payload over a limit
      let runningFiles = 0;
      let runningKb = 0;
      const at = pickers.find(({ picker }, i) => {
        runningFiles += picker.count!;
        runningKb += picker.count! * picker.sizeKb!;
        return since50 ? runningFiles > MAX_FILES || runningKb > MAX_KB : i > 0 || runningFiles > 1;
      })!;
      const names = pickers.map(({ picker }) => picker);
      let detail: string;
      let limit: string;
      if (!since50) {
        detail = pickers.length > 1 ? `files from ${pickers.length} pickers` : `${files} files`;
        limit = pickers.length > 1 ? 'one picker (before Flow JSON 5.0)' : 'one file (before Flow JSON 5.0)';
      } else if (tooMany && tooLarge) {
        detail = `${files} files and ${kb} KB (${names.map((p) => `${p.name}: ${p.count} × ${p.sizeKb} KB`).join(', ')})`;
        limit = `${MAX_FILES} files and ${MAX_KB} KB (100 MB)`;
      } else if (tooMany) {
        detail = `${files} files (${names.map((p) => `${p.name}: ${p.count}`).join(', ')})`;
        limit = `${MAX_FILES} files`;
      } else {
        detail = `${kb} KB of files (${names.map((p) => `${p.name}: ${p.count} × ${p.sizeKb} KB`).join(', ')})`;
        limit = `${MAX_KB} KB (100 MB)`;
      }
      report('FLOW4044', at.ref.span, { detail, limit }, {
        related: names.map((p) => ({
          span: p.countSpan,
          message: p.countGiven
            ? `'${p.name}' may send ${p.count} file${p.count === 1 ? '' : 's'} of up to ${p.sizeKb} KB`
            : `'${p.name}' may send ${p.count} files (${p.countProperty} is not set: the default is ${DEFAULT_COUNT})`,
        })),
        help: since50
          ? `lower ${names.map((p) => `${p.countProperty} of '${p.name}'`).join(' and ')} (or max-file-size-kb) so that the pickers together send at most ${MAX_FILES} files and ${MAX_KB} KB`
          : `send one picker with ${names[0]!.countProperty}: 1, or target Flow JSON 5.0 or later`,
      });
    }
  }
};

function pickerOf(use: ComponentUse): Picker | undefined {
  const node = use.node;
  if (node.kind !== 'Component' || !node.name) return undefined;
  const countProperty = node.type.name === 'PhotoPicker' ? 'max-uploaded-photos' : 'max-uploaded-documents';
  const countProp = use.properties.get(countProperty);
  const sizeProp = use.properties.get('max-file-size-kb');
  const number = (p: A.Property | undefined, fallback: number) =>
    !p ? fallback : p.value?.kind === 'Number' ? p.value.value : undefined;
  return {
    use,
    name: node.name.name,
    countProperty,
    count: number(countProp, DEFAULT_COUNT),
    sizeKb: number(sizeProp, DEFAULT_SIZE_KB),
    countSpan: countProp?.span ?? node.name.span,
    countGiven: countProp !== undefined,
  };
}
