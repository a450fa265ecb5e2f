// Catalogue facts in words, as both docs/components.md (render-doc.ts) and the editor's hover write them.
import type { AllowedAction, PropertySpec } from './types.js';

/** Names as inline code: `a`, `b`. */
export function codeList(names: readonly string[]): string {
  return names.map((n) => `\`${n}\``).join(', ');
}

/** The actions a slot accepts, with the version that brought each one later: `navigate`, `open_url` (≥ 6.0). */
export function actionsText(actions: readonly AllowedAction[]): string {
  return actions.map((a) => (a.since ? `\`${a.name}\` (≥ ${a.since})` : `\`${a.name}\``)).join(', ');
}

/** A property's named values, likewise: `text`, `passcode` (≥ 6.0). */
export function valuesText(p: PropertySpec): string {
  return (p.values ?? []).map((v) => (p.valuesSince?.[v] ? `\`${v}\` (≥ ${p.valuesSince[v]})` : `\`${v}\``)).join(', ');
}
