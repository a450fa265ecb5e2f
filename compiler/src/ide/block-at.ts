// What the innermost open bracket at a cursor belongs to, read from the tokens before the cursor: a
// screen, a component's block, an If or Switch branch, an item list or one of its items, the header, a
// data block, an action's payload, an object or list value. Tokens, not the AST, because the block
// being typed is usually unclosed, and recovery may have dropped it from the tree.
import type { IToken } from 'chevrotain';
import { componentSpec, specNamed } from '../catalog/components.js';
import type { ComponentSpec, PropertySpec } from '../catalog/types.js';
import * as T from '../syntax/tokens.js';
import { is, isName } from './cursor.js';

export type Block =
  | { readonly kind: 'top' }
  | { readonly kind: 'header' }
  | { readonly kind: 'screen' }
  | { readonly kind: 'data' }
  | { readonly kind: 'component'; readonly type: string; readonly spec: ComponentSpec | undefined }
  | { readonly kind: 'branch'; readonly place: 'if' | 'switch' }
  | { readonly kind: 'cases' }
  | { readonly kind: 'items'; readonly list: PropertySpec | undefined }
  | { readonly kind: 'item'; readonly list: PropertySpec | undefined }
  /** `key: { … }` (key undefined for other objects) inside `owner`. */
  | { readonly kind: 'object'; readonly key: string | undefined; readonly owner: Block }
  /** The payload of `navigate target { … }`, or of update_data (target: the current screen). */
  | { readonly kind: 'payload'; readonly target: string | undefined }
  /** The payload of complete or data_exchange: what the Flow sends, under keys of the author's choosing. */
  | { readonly kind: 'sent' }
  /** `key: [ … ]` inside `owner`. */
  | { readonly kind: 'list'; readonly key: string | undefined; readonly owner: Block }
  | { readonly kind: 'other' };

/** The block whose bracket is `before[open[level]]`; `open` as openBrackets gives it. */
export function blockAt(before: readonly IToken[], open: readonly number[], level: number): Block {
  if (level < 0) return { kind: 'top' };
  const k = open[level]!;
  const t1 = before[k - 1];
  const t2 = before[k - 2];
  const bracket = before[k]!;
  const outer = (): Block => blockAt(before, open, level - 1);
  const key = is(t1, T.Colon) && isName(t2) ? t2!.image : undefined;
  if (bracket.tokenType === T.LBracket) return { kind: 'list', key, owner: outer() };
  if (bracket.tokenType !== T.LBrace) return { kind: 'other' };

  if (is(t1, T.Data) && !is(t2, T.Dot)) return { kind: 'data' };
  if (is(t1, T.Else)) return { kind: 'branch', place: 'if' };
  if (is(t2, T.Case)) return { kind: 'branch', place: 'switch' };
  if (is(t1, T.Flow) || (isName(t1) && is(t2, T.Flow))) return { kind: 'header' };
  if (isName(t1) && is(t2, T.Navigate)) return { kind: 'payload', target: t1!.image };
  if (is(t1, T.UpdateData)) return { kind: 'payload', target: undefined };
  if (is(t1, T.Complete) || is(t1, T.DataExchange)) return { kind: 'sent' };
  if (is(t1, T.Colon)) return { kind: 'object', key, owner: outer() };
  if (!t1 || is(t1, T.Equals) || is(t1, T.LBracket) || is(t1, T.Comma) || is(t1, T.LParen)) {
    return { kind: 'object', key: undefined, owner: { kind: 'other' } };
  }

  const enclosing = outer();
  // in an item list every `{` opens an item's block: `id "Title" { … }`
  if (enclosing.kind === 'items') return { kind: 'item', list: enclosing.list };
  // `data-source { … }`: a property's name right before the brace (not a component's name)
  if (is(t1, T.LowerIdent) && !is(t2, T.UpperIdent) && (enclosing.kind === 'component' || enclosing.kind === 'item')) {
    const specs = enclosing.kind === 'component' ? enclosing.spec?.properties : enclosing.list?.item;
    return { kind: 'items', list: specNamed(specs, t1!.image) };
  }
  return memberHead(before, k, open[level - 1] ?? -1);
}

/** The keyword that starts the member whose block opens at `k`: a component, If, Switch or screen. */
function memberHead(before: readonly IToken[], k: number, floor: number): Block {
  // a member's head is short (`TextInput name "Label"`, `If condition`): a few tokens suffice, more
  // for a long If condition
  for (let j = k - 1; j > floor && j >= k - 40; j--) {
    const t = before[j]!;
    if (t.tokenType === T.LBrace || t.tokenType === T.RBrace || is(t, T.Separator)) break;
    if (t.tokenType === T.If) return { kind: 'branch', place: 'if' };
    if (t.tokenType === T.Switch) return { kind: 'cases' };
    if (t.tokenType === T.Screen && !is(before[j - 1], T.Dot) && !is(before[j + 1], T.Dot)) return { kind: 'screen' };
    if (is(before[j - 1], T.Screen)) return { kind: 'screen' }; // `screen ID "Title" {`
    if (t.tokenType === T.UpperIdent && !is(before[j - 1], T.Dot) && !is(before[j - 1], T.Navigate)) {
      return { kind: 'component', type: t.image, spec: componentSpec(t.image) };
    }
  }
  return { kind: 'other' };
}
