// What the author wrote on a component, paired with the catalogue entry that describes it. The rules on
// lengths, blank strings, counts and bounds walk these instead of the syntax tree, so that one walk
// covers the main text, every property, every item of an item list or list of objects, and the fields
// of object-valued properties (range-mode CalendarPicker objects, NavigationList main-content …).
import type * as A from '../ast.js';
import { propertySpec, specNamed } from '../catalog/components.js';
import type { PropertyCondition, PropertySpec, Version } from '../catalog/types.js';
import { atLeast } from '../catalog/versions.js';
import type { TextEdit } from '../diagnostics/diagnostic.js';
import type { BoundFlow, ComponentUse } from '../semantics/bind.js';
import { componentType } from '../semantics/bind.js';
import type { Span } from '../source.js';
import { isStaticString } from './values.js';

export interface WrittenValue {
  /** The component the value is written on. */
  readonly use: ComponentUse;
  readonly spec: PropertySpec;
  readonly value: A.Value;
  /** The key as written; undefined for the main text after the keyword and for an item's title. */
  readonly key?: A.Identifier;
  /** The property member that holds the value and the members it sits among (for removal fixes). */
  readonly member?: { readonly property: A.Property; readonly siblings: readonly A.Member[] };
  /** Who holds the value, in words: "TextInput 'email'", "item 'ams' of Dropdown 'city'". */
  readonly owner: string;
}

/** "TextInput 'email'", or the bare type for unnamed components ("Footer"). */
export function componentLabel(use: ComponentUse): string {
  const node = use.node;
  const type = componentType(node);
  return node.kind === 'Component' && node.name ? `${type} '${node.name.name}'` : type;
}

/** Whether the component sets `name`: as a property, as its main text or as its `->` action. */
export function hasProperty(use: ComponentUse, name: string): boolean {
  const { node, spec } = use;
  if (use.properties.has(name)) return true;
  if (node.kind !== 'Component' || !spec) return false;
  return (spec.primary === name && node.text !== undefined) || (spec.mainAction === name && node.action !== undefined);
}

/** The word a static value spells (a bare name or a plain string); undefined for anything else. */
export function staticWord(value: A.Value | undefined): string | undefined {
  if (!value) return undefined;
  if (value.kind === 'Name') return value.name;
  if (isStaticString(value)) return value.value;
  return undefined;
}

/**
 * The value a sibling property of `use` has for a condition: what is written, else the catalogue
 * default. 'dynamic' when it is a binding or an expression (the condition cannot be decided).
 */
export function conditionValue(use: ComponentUse, condition: PropertyCondition): string | 'dynamic' | undefined {
  const written = use.properties.get(condition.property);
  if (written) return staticWord(written.value) ?? 'dynamic';
  const spec = use.spec ? propertySpec(use.spec, condition.property) : undefined;
  return spec?.default === undefined ? undefined : String(spec.default);
}

/**
 * Every value written on the flow's components (the first of duplicated properties only), in document
 * order, each with its component. Components and properties the flow's version does not have are left
 * out: they are reported as too new elsewhere, and their limits do not apply. Made once per flow, as one
 * list: a dozen rules read it.
 */
export function writtenValues(flow: BoundFlow): readonly WrittenValue[] {
  let values = WRITTEN.get(flow);
  if (!values) {
    const out: WrittenValue[] = [];
    for (const screen of flow.screens) for (const use of screen.components) walkComponent(use, flow.settings.version, out);
    WRITTEN.set(flow, (values = out));
  }
  return values;
}

const WRITTEN = new WeakMap<BoundFlow, readonly WrittenValue[]>();

/** atLeast(version, since), remembered: a handful of pairs, asked for every value. */
const AVAILABLE = new Map<Version, Map<Version, boolean>>();
function available(version: Version, since: Version | undefined): boolean {
  if (since === undefined) return true;
  let forVersion = AVAILABLE.get(version);
  if (!forVersion) AVAILABLE.set(version, (forVersion = new Map()));
  let yes = forVersion.get(since);
  if (yes === undefined) forVersion.set(since, (yes = atLeast(version, since)));
  return yes;
}

function walkComponent(use: ComponentUse, version: Version, out: WrittenValue[]): void {
  const { node, spec } = use;
  if (!spec || node.kind !== 'Component' || !available(version, spec.since)) return;
  const walk = new ValueWalk(use, version, out);
  const owner = componentLabel(use);
  if (spec.primary && node.text) {
    const p = propertySpec(spec, spec.primary);
    if (p) walk.value(p, node.text, undefined, undefined, owner);
  }
  for (const m of node.members) {
    if (m.kind !== 'Property' || !m.value || use.properties.get(m.name.name) !== m) continue;
    const p = propertySpec(spec, m.name.name);
    if (p) walk.value(p, m.value, m.name, { property: m, siblings: node.members }, owner);
  }
}

/** The walk of one component's values. */
class ValueWalk {
  constructor(
    private readonly use: ComponentUse,
    private readonly version: Version,
    private readonly out: WrittenValue[],
  ) {}

  /** Adds a value the version has, then (depth first) the fields of its items and of its object value. */
  value(spec: PropertySpec, value: A.Value, key: A.Identifier | undefined, member: WrittenValue['member'], owner: string): void {
    if (!available(this.version, spec.since)) return; // nor anything inside it
    // an explicit literal, not a spread: one hidden class for every entry
    this.out.push({ use: this.use, spec, value, key, member, owner });
    if (spec.item) {
      for (const item of staticItems(value)) {
        const itemOwner = `${item.label} of ${owner}`;
        for (const [name, field] of item.fields) {
          const f = field.value ? specNamed(spec.item, name) : undefined;
          if (!f) continue;
          const itemMember = field.property ? { property: field.property, siblings: item.members } : undefined;
          this.value(f, field.value!, field.key, itemMember, itemOwner);
        }
      }
    }
    if (spec.fields && value.kind === 'Object') {
      const fieldOwner = `'${spec.name}' of ${owner}`;
      for (const e of value.entries) {
        const f = specNamed(spec.fields, e.key.name);
        // a range-mode CalendarPicker object keeps the limits of the property it stands for
        if (f) this.value(f.maxChars === undefined && spec.maxChars !== undefined ? { ...f, maxChars: spec.maxChars } : f, e.value, e.key, undefined, fieldOwner);
      }
    }
  }
}

export interface ItemField {
  /** The key as written; undefined for the title of an `id "Title"` item. */
  readonly key?: A.Identifier;
  /** undefined for a flag (`enabled` written alone). */
  readonly value?: A.Value;
  /** The property member, for items written as an item list. */
  readonly property?: A.Property;
  /** The key, or the value where there is no key. */
  readonly span: Span;
}

export interface StaticItem {
  /** The id as written; undefined when a list of objects gives none (or not as a plain string). */
  readonly id?: string;
  /** Where the item is named: its id, else the whole object. */
  readonly idSpan: Span;
  readonly span: Span;
  /** "item 'ams'", or "item 3" for an object without an id. */
  readonly label: string;
  /** The item's fields by name, title included (the first of duplicates). */
  readonly fields: ReadonlyMap<string, ItemField>;
  /** The members of an item-list item (empty for objects). */
  readonly members: readonly A.Member[];
}

/**
 * The items of an items property written out in the source: an item list, or the object elements of
 * a list literal. Empty for a binding (what it holds is known only at run time).
 */
export function staticItems(value: A.Value): readonly StaticItem[] {
  let items = ITEMS.get(value);
  if (!items) {
    items = readItems(value);
    ITEMS.set(value, items);
  }
  return items;
}

const ITEMS = new WeakMap<A.Value, readonly StaticItem[]>();

function readItems(value: A.Value): StaticItem[] {
  if (value.kind === 'ItemList') {
    return value.items.map((item) => {
      const fields = new Map<string, ItemField>();
      fields.set('id', { key: undefined, value: undefined, property: undefined, span: item.id.span });
      if (item.title) fields.set('title', { key: undefined, value: item.title, property: undefined, span: item.title.span });
      for (const m of item.members) {
        if (m.kind === 'Property' && !fields.has(m.name.name)) {
          fields.set(m.name.name, { key: m.name, value: m.value, property: m, span: m.name.span });
        }
      }
      return { id: item.id.name, idSpan: item.id.span, span: item.span, label: `item '${item.id.name}'`, fields, members: item.members };
    });
  }
  if (value.kind !== 'Array') return [];
  const items: StaticItem[] = [];
  for (let index = 0; index < value.elements.length; index++) {
    const element = value.elements[index]!;
    if (element.kind !== 'Object') continue;
    const fields = new Map<string, ItemField>();
    for (const e of element.entries) {
      if (!fields.has(e.key.name)) fields.set(e.key.name, { key: e.key, value: e.value, property: undefined, span: e.key.span });
    }
    const idValue = fields.get('id')?.value;
    const id = isStaticString(idValue) ? idValue.value : undefined;
    items.push({
      id,
      idSpan: id !== undefined ? idValue!.span : element.span,
      span: element.span,
      label: id !== undefined ? `item '${id}'` : `item ${index + 1}`,
      fields,
      members: NO_MEMBERS,
    });
  }
  return items;
}

const NO_MEMBERS: readonly A.Member[] = [];

/**
 * An edit that removes one member (or object entry) from among its siblings, with the separator and
 * white space up to the next one, so that the block still parses. Comments between them are kept.
 */
export function removalEdit(
  target: { readonly span: Span },
  siblings: readonly { readonly span: Span }[],
  comments: readonly A.Comment[] = [],
): TextEdit {
  const i = siblings.indexOf(target);
  const next = i >= 0 ? siblings[i + 1] : undefined;
  const previous = i > 0 ? siblings[i - 1] : undefined;
  const { start, end } = target.span;
  if (next) {
    const comment = comments.find((c) => c.span.start >= end && c.span.end <= next.span.start);
    return { span: { start, end: comment ? comment.span.start : next.span.start }, newText: '' };
  }
  if (previous) {
    const between = comments.filter((c) => c.span.start >= previous.span.end && c.span.end <= start);
    return { span: { start: between.length ? between[between.length - 1]!.span.end : previous.span.end, end }, newText: '' };
  }
  return { span: target.span, newText: '' };
}

/** A string as .flow writes it: JSON escapes, and \$ before { so that it stays literal text. */
export function flowString(text: string): string {
  return JSON.stringify(text).replace(/\$\{/g, '\\${');
}
