// Data field names are names Meta can read back in ${data.…}: no '-', space, backtick or quote (spec
// §3.1: "Invalid format of dynamic data … Please avoid '-', ' ', '`' or \"'\"."). The .flow grammar
// allows '-' inside names, so `first-name` is where this comes from. Nested keys of object fields
// may hold '-' (Meta's own range-mode CalendarPicker values are { "start-date", "end-date" } objects,
// and ${data.x.start-date} matches its binding pattern) but no space, backtick or quote. A top-level field named `required`, or beginning with it, collides with the JSON
// Schema keyword Meta's data-model validator treats specially (spec §0 3.1): a warning.
import type * as A from '../ast.js';
import type { TextEdit } from '../diagnostics/diagnostic.js';
import type { BoundFlow, BoundScreen } from '../semantics/bind.js';
import type { Span } from '../source.js';
import type { Check, CheckContext } from './check.js';

const BAD_CHARACTER = /[-\s`'"]/;
const BAD_NESTED_CHARACTER = /[\s`'"]/;
const RESERVED_PREFIX = 'required';

const characterName = (c: string) => (c === ' ' ? 'a space' : /\s/.test(c) ? 'white space' : `'${c}'`);

export const dataFieldNames: Check = (ctx) => {
  for (const screen of ctx.flow.screens) {
    for (const m of screen.node.members) {
      if (m.kind !== 'DataBlock') continue;
      for (const field of m.fields) {
        const name = field.name.name;
        if (name.startsWith(RESERVED_PREFIX)) {
          ctx.report('FLOW2033', field.name.span, { name, prefix: RESERVED_PREFIX });
        }
        const bad = BAD_CHARACTER.exec(name);
        if (bad) {
          const newName = name.replace(/[-\s`'"]+/g, '_');
          const free = !screen.dataFields.has(newName);
          ctx.report('FLOW2032', field.name.span, { name, character: characterName(bad[0]) }, {
            help: free
              ? `rename it to '${newName}' (and use the new name wherever the endpoint or the message sends this field)`
              : 'rename it with letters, digits and underscores only',
            fixes: free ? [{ title: `Rename to '${newName}'`, edits: renameEdits(ctx.flow, screen, field, newName) }] : [],
          });
        }
        if (field.type) checkTypeKeys(ctx, field.type);
        else if (field.example) checkExampleKeys(ctx, field.example);
      }
    }
  }
};

/** Keys of object types: `{ zip-code: string }`. */
function checkTypeKeys(ctx: CheckContext, type: A.TypeExpression): void {
  if (type.kind === 'ArrayType') checkTypeKeys(ctx, type.element);
  if (type.kind !== 'ObjectType') return;
  for (const f of type.fields) {
    checkKey(ctx, f.name);
    checkTypeKeys(ctx, f.type);
  }
}

/** Keys of inferred object examples: `address = { "zip code": "LS1" }`. */
function checkExampleKeys(ctx: CheckContext, value: A.Value): void {
  if (value.kind === 'Array') for (const e of value.elements) checkExampleKeys(ctx, e);
  if (value.kind !== 'Object') return;
  for (const e of value.entries) {
    checkKey(ctx, e.key);
    checkExampleKeys(ctx, e.value);
  }
}

function checkKey(ctx: CheckContext, key: A.Identifier): void {
  const bad = BAD_NESTED_CHARACTER.exec(key.name);
  if (bad) ctx.report('FLOW2032', key.span, { name: key.name, character: characterName(bad[0]) }, {
    help: 'rename it with letters, digits and underscores only',
  });
}

/** Where each screen's data fields are used, by screen id and field name: data.x on the screen,
 *  screen.S.data.x anywhere, keys of navigate payloads to the screen and of its update_data payloads.
 *  Built once per flow, and only when a field needs renaming. */
type Uses = Map<string, Map<string, Span[]>>;
const usesCache = new WeakMap<BoundFlow, Uses>();

function usesOf(flow: BoundFlow): Uses {
  let uses = usesCache.get(flow);
  if (uses) return uses;
  const index: Uses = new Map();
  uses = index;
  const add = (screen: string, field: A.Identifier) => {
    let fields = index.get(screen);
    if (!fields) index.set(screen, (fields = new Map()));
    const spans = fields.get(field.name) ?? [];
    spans.push(field.span);
    fields.set(field.name, spans);
  };
  for (const s of flow.screens) {
    for (const { ref } of s.references) {
      const head = ref.path[0];
      if (ref.root === 'data' && head) add(ref.screen?.name ?? s.id, head);
    }
    for (const { action } of s.actions) {
      const target = action.name === 'navigate' ? action.target?.name : action.name === 'update_data' ? s.id : undefined;
      if (target) for (const e of action.payload?.entries ?? []) add(target, e.key);
    }
  }
  usesCache.set(flow, uses);
  return uses;
}

function renameEdits(flow: BoundFlow, screen: BoundScreen, field: A.DataField, newName: string): TextEdit[] {
  const spans = usesOf(flow).get(screen.id)?.get(field.name.name) ?? [];
  return [field.name.span, ...spans].map((span) => ({ span, newText: newName }));
}
