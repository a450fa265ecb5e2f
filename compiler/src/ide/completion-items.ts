// Completion items built from the catalogue and the bound flow: components (with a snippet of the shape
// each takes: name, main text, required properties, action), properties, values, screens and fields.
import { COMPONENTS } from '../catalog/components.js';
import type { ComponentSpec, Placement, PropertySpec, Version } from '../catalog/types.js';
import { atLeast } from '../catalog/versions.js';
import type { BoundScreen } from '../semantics/bind.js';
import { describeType, isKnown, typeOfDataField, typeOfInput, type FlowType } from '../semantics/types.js';
import { componentDetail, componentMarkdown, propertyMarkdown, propertyTypeText } from './catalog-markdown.js';
import type { CompletionItem } from './types.js';

/** Where a component is being added: the placement rule of the catalogue that applies there. */
export type Place = 'screen' | keyof Placement;

/** Items sort after the others when the flow's version lacks them. */
const LATER = '~';
/** Bindings sort after the literal values of a property, before what the version does not have. */
const BINDING = '}';

export function componentItems(version: Version, place: Place): CompletionItem[] {
  const items: CompletionItem[] = [];
  for (const spec of COMPONENTS) {
    if (place !== 'screen' && spec.placement[place] === false) continue;
    const structural = spec.type === 'If' || spec.type === 'Switch';
    const available = atLeast(version, spec.since);
    items.push({
      label: spec.type,
      kind: structural ? 'keyword' : 'component',
      detail: available ? componentDetail(spec) : `${componentDetail(spec)} — this flow targets ${version}`,
      documentation: componentMarkdown(spec),
      insertText: componentSnippet(spec, version),
      snippet: true,
      ...(available ? {} : { sortText: `${LATER}${spec.type}` }),
    });
  }
  return items;
}

/** `TextInput ${1:name} "${2:Label}"`, with the required properties in a block and a required `->`. */
export function componentSnippet(spec: ComponentSpec, version: Version): string {
  if (spec.type === 'If') return 'If ${1:condition} {\n\t$0\n}';
  if (spec.type === 'Switch') return 'Switch ${1:value} {\n\tcase ${2:key} {\n\t\t$0\n\t}\n}';
  let n = 1;
  const next = () => n++;
  let s = spec.type;
  if (spec.named) s += ` \${${next()}:name}`;
  if (spec.primary) s += ` "\${${next()}:${capitalised(spec.primary)}}"`;
  const required = spec.properties.filter(
    (p) => isRequired(p, version) && p.name !== spec.primary && p.name !== spec.mainAction,
  );
  if (required.length > 0) s += ` {\n${required.map((p) => `\t${propertySnippet(p, next, '\t')}`).join('\n')}\n}`;
  else if (spec.children === 'children') s += ' {\n\t$0\n}';
  const action = spec.mainAction ? spec.properties.find((p) => p.name === spec.mainAction) : undefined;
  if (action && isRequired(action, version)) s += ` -> \${${next()}:${action.actions?.[0]?.name ?? 'complete'}}`;
  return s;
}

function isRequired(p: PropertySpec, version: Version): boolean {
  return Boolean(p.required) && atLeast(version, p.requiredSince) && !p.requiredUnlessOnEvery;
}

/** `key: value` as a snippet for the property's type; a flag is its bare name. */
function propertySnippet(p: PropertySpec, next: () => number, indent: string): string {
  switch (p.type) {
    case 'boolean':
      return p.default === false ? p.name : `${p.name}: \${${next()}|true,false|}`;
    case 'enum':
      return p.values ? `${p.name}: \${${next()}|${p.values.join(',')}|}` : `${p.name}: \${${next()}}`;
    case 'items': {
      if (p.item?.some((f) => f.name === 'id')) {
        const id = next();
        const title = p.item.some((f) => f.name === 'title') ? ` "\${${next()}:Title}"` : '';
        return `${p.name} {\n${indent}\t\${${id}:id}${title}\n${indent}}`;
      }
      return `${p.name}: [\${${next()}}]`;
    }
    case 'string':
    case 'text':
    case 'date':
      return `${p.name}: "\${${next()}}"`;
    default:
      return `${p.name}: \${${next()}}`;
  }
}

export function propertyItems(specs: readonly PropertySpec[], owner: string, ownerSince: Version | undefined, version: Version): CompletionItem[] {
  return specs.map((p) => {
    const available = atLeast(version, p.since);
    let n = 1;
    return {
      label: p.name,
      kind: 'property',
      detail: available ? propertyTypeText(p) : `${propertyTypeText(p)} — needs ${p.since}`,
      documentation: propertyMarkdown(p, owner, ownerSince),
      insertText: propertySnippet(p, () => n++, ''),
      snippet: true,
      ...(available ? {} : { sortText: `${LATER}${p.name}` }),
    };
  });
}

/** The values a property takes after `key:`: its enum values, true/false, or the actions it accepts. */
export function valueItems(p: PropertySpec, version: Version): CompletionItem[] {
  if (p.values) {
    return p.values.map((v) => {
      const since = p.valuesSince?.[v];
      return {
        label: v,
        kind: 'value',
        detail: since ? `since ${since}` : p.name,
        ...(since && !atLeast(version, since) ? { sortText: `${LATER}${v}` } : {}),
      };
    });
  }
  if (p.type === 'boolean') return ['true', 'false'].map((v) => ({ label: v, kind: 'value' }));
  if (p.actions) return actionItems(p.actions.map((a) => ({ name: a.name, since: a.since })), version);
  return [];
}

export function actionItems(actions: readonly { name: string; since?: string | undefined; doc?: string }[], version: Version): CompletionItem[] {
  return actions.map((a) => ({
    label: a.name,
    kind: 'action',
    ...(a.since ? { detail: `since ${a.since}` } : {}),
    ...(a.doc ? { documentation: a.doc } : {}),
    ...(a.since && !atLeast(version, a.since) ? { sortText: `${LATER}${a.name}` } : {}),
  }));
}

export function screenItems(screens: readonly BoundScreen[]): CompletionItem[] {
  return screens.map((s) => ({
    label: s.id,
    kind: 'screen',
    ...(s.node.title ? { detail: s.node.title.value } : {}),
  }));
}

export function dataFieldItems(screen: BoundScreen, fits: (t: FlowType) => boolean = () => true): CompletionItem[] {
  return [...screen.dataFields.values()]
    .filter((f) => fits(typeOfDataField(f)))
    .map((f) => ({ label: f.name.name, kind: 'dataField', detail: describeType(typeOfDataField(f)) }));
}

/**
 * `data.x` and `form.x` of the screen, for a value that may be a binding (a dynamic property, a payload
 * entry), those of a type it `accepts` only; after the values the property spells out, which come first.
 * A field whose type is not known fits.
 */
export function bindingItems(screen: BoundScreen, accepts: (t: FlowType) => boolean = () => true): CompletionItem[] {
  const fits = (t: FlowType) => !isKnown(t) || accepts(t);
  return [
    ...dataFieldItems(screen, fits).map((i) => ({ ...i, label: `data.${i.label}`, sortText: `${BINDING}1${i.label}` })),
    ...inputItems(screen, fits).map((i) => ({ ...i, label: `form.${i.label}`, sortText: `${BINDING}2${i.label}` })),
  ];
}

export function inputItems(screen: BoundScreen, fits: (t: FlowType) => boolean = () => true): CompletionItem[] {
  return [...screen.inputs.entries()].filter(([, uses]) => fits(typeOfInput(uses[0]!))).map(([name, uses]) => {
    const use = uses[0]!;
    const type = use.node.kind === 'Component' ? use.node.type.name : '';
    return { label: name, kind: 'formField', detail: `${type}: ${describeType(typeOfInput(use))}` };
  });
}

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
