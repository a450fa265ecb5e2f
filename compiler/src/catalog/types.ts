// The shape of the component catalogue: the one table that knows Meta's components.
// Code generation, checks, hover, completion and docs/components.md all read it; adding a Flow JSON
// version should mean editing data in components.ts, not code.

/** A Flow JSON version written "X.Y" (compare with `compareVersions` from versions.ts). */
export type Version = string;

export type ActionName = 'navigate' | 'complete' | 'data_exchange' | 'update_data' | 'open_url';

/** An action an action slot accepts, from a version on. */
export interface AllowedAction {
  readonly name: ActionName;
  readonly since?: Version;
}

/**
 * What a property holds, as Flow JSON sees it.
 * - `string`, `boolean`, `number`, `integer`: one JSON value of that type.
 * - `enum`: one of `values` (strings).
 * - `text`: a string, or (where `arrayText` is set) an array of static strings.
 * - `date`: a "YYYY-MM-DD" string (≥ 5.0).
 * - `string-array` / `date-array` / `enum-array`: arrays of those.
 * - `items`: an array of objects described by `item` (data-source, list-items, images).
 * - `action`: an action object; `actions` lists what the slot accepts.
 * - `object`: a free-form JSON object (init-values, error-messages).
 * - `string-or-object`: CalendarPicker range-mode props, picker error-message.
 */
export type PropertyType =
  | 'string'
  | 'boolean'
  | 'number'
  | 'integer'
  | 'enum'
  | 'text'
  | 'date'
  | 'string-array'
  | 'date-array'
  | 'enum-array'
  | 'items'
  | 'action'
  | 'object'
  | 'string-or-object';

export interface PropertySpec {
  /** Meta's key, exactly as in Flow JSON: 'helper-text', 'on-click-action'. */
  readonly name: string;
  readonly type: PropertyType;
  /** One line for hover docs and docs/components.md. */
  readonly doc: string;
  readonly required?: boolean;
  /** With `required`: required only from this version on, optional before (CheckboxGroup label: 4.0). */
  readonly requiredSince?: Version;
  /** Also accepts a `${…}` binding (≥ 4.0 for global refs) or, from 6.0, a backtick expression. */
  readonly dynamic?: boolean;
  /** With `dynamic`: a whole `${…}` binding only, never a backtick expression or interpolation
   *  (data-source item `enabled`, RichText `text`). */
  readonly bindingOnly?: boolean;
  /** First Flow JSON version that has this property (omitted: since the component itself). */
  readonly since?: Version;
  /** Values of an `enum` / `enum-array`. */
  readonly values?: readonly string[];
  /** Values added in later versions: value → first version. */
  readonly valuesSince?: Readonly<Record<string, Version>>;
  /** Character limit from Meta's docs (the client truncates: a warning, not an error). */
  readonly maxChars?: number;
  /** Numeric bounds of a number/integer (Meta's schema minimum/maximum). */
  readonly min?: number;
  readonly max?: number;
  /** Item-count bounds of an array property. */
  readonly minItems?: number;
  readonly maxItems?: number;
  /** For `text`: an array of static strings is accepted too (≥ 5.1 with markdown, RichText). */
  readonly arrayText?: boolean;
  /** For `action`: the action names this slot accepts. */
  readonly actions?: readonly AllowedAction[];
  /** For `items`: the properties of one item. */
  readonly item?: readonly PropertySpec[];
  /** For an object-valued item property (NavigationList main-content/start/end): its fields. */
  readonly fields?: readonly PropertySpec[];
  /** Only on an input that is not inside a Form (init-value, error-message). */
  readonly outsideFormOnly?: boolean;
  /** CalendarPicker: only in mode "range". */
  readonly rangeModeOnly?: boolean;
  /** Default value, as documented (for hover docs only; never emitted). */
  readonly default?: string | number | boolean;
  /** Written only together with these, each needing the other (Footer left-caption ⇔ right-caption). */
  readonly pairedWith?: readonly string[];
  /** Never written together with these (Footer center-caption vs left-caption and right-caption). */
  readonly excludes?: readonly string[];
  /** Writing this property makes these required (TextInput pattern → helper-text). */
  readonly requires?: readonly string[];
  /** Allowed only while a sibling property has one of some values; an absent sibling counts as its
   *  `default` (TextInput pattern: input-type text, number, password or passcode). */
  readonly onlyWhen?: PropertyCondition;
  /** Item property: no item of the same list may have these (data-source image vs color). */
  readonly notInListWith?: readonly string[];
  /** With `maxItems`: a lower cap once any item has `property` (Dropdown: 100 options with images). */
  readonly maxItemsWith?: { readonly property: string; readonly max: number };
  /** init-value: in a Form's init-values (type-checked from 7.0) the value is a number, not a string,
   *  when this holds (TextInput with input-type number or passcode). */
  readonly formValueNumberWhen?: PropertyCondition;
  /** For an `object` with `fields`: how many of its fields it holds (NavigationList `end`: 1–2). */
  readonly minFields?: number;
  readonly maxFields?: number;
  /** Item property: at most this many items of one list may have it (NavigationList badge: 1). */
  readonly maxPerList?: number;
  /** Item property: not allowed while the component's `property` has one of `values` (NavigationList
   *  `end` with media-size large). */
  readonly notWhenComponent?: PropertyCondition;
  /** Action slot: required, unless every item of the named items property has its own instead
   *  (NavigationList on-click-action / list-items). Never on both levels. */
  readonly requiredUnlessOnEvery?: string;
}

/** A sibling property that has one of `values` (absent: its catalogue default). */
export interface PropertyCondition {
  readonly property: string;
  readonly values: readonly string[];
}

/** Where a component may sit. `true`/a version = allowed (from that version); `false` = never. */
export interface Placement {
  /** Directly in a Form's children. */
  readonly form: boolean | Version;
  /** In an If branch. */
  readonly if: boolean | Version;
  /** In a Switch case. */
  readonly switch: boolean | Version;
}

export type ComponentCategory = 'text' | 'input' | 'action' | 'media' | 'navigation' | 'structure';

export interface ComponentSpec {
  /** Meta's `type`, also the component's keyword in .flow: 'TextInput'. */
  readonly type: string;
  readonly since: Version;
  readonly category: ComponentCategory;
  /** One paragraph for hover docs and docs/components.md. */
  readonly doc: string;
  /** A form component: has a `name`, and its value is `form.<name>`. */
  readonly input: boolean;
  /** Takes a name after the keyword (`TextInput email …` → "name": "email"). */
  readonly named: boolean;
  /** The property the positional string sets: `TextInput email "Email"` → label. */
  readonly primary?: string;
  /** The action slot written with `->`: almost always 'on-click-action'. */
  readonly mainAction?: string;
  /** Properties in the order code generation emits them (after type and name). */
  readonly properties: readonly PropertySpec[];
  /** How the component holds other components: Form children, If then/else, Switch cases. */
  readonly children?: 'children' | 'branches' | 'cases';
  readonly placement: Placement;
  /** Meta's per-screen cap for this type (Footer 1, OptIn 5, …). */
  readonly maxPerScreen?: number;
  /** The per-screen cap applies only from this version on (Form: 7.0); absent = always. */
  readonly maxPerScreenSince?: Version;
  /** Meta's per-Flow cap (ImageCarousel 3). */
  readonly maxPerFlow?: number;
}
