// Consistency of the component catalogue, and docs/components.md staying generated from it.
import { readFileSync } from 'node:fs';
import { describe, test, expect } from 'vitest';
import { COMPONENTS, COMPONENT_TYPES, componentSpec, propertySpec } from '../compiler/src/catalog/components.js';
import { renderComponentsDoc } from '../compiler/src/catalog/render-doc.js';
import { compareVersions, isKnownVersion } from '../compiler/src/catalog/versions.js';
import type { ComponentSpec, PropertySpec, Version } from '../compiler/src/catalog/types.js';

const ALL_TYPES = [
  'TextHeading', 'TextSubheading', 'TextBody', 'TextCaption', 'RichText', 'TextInput', 'TextArea',
  'CheckboxGroup', 'RadioButtonsGroup', 'Dropdown', 'Footer', 'OptIn', 'EmbeddedLink', 'DatePicker',
  'CalendarPicker', 'Image', 'ImageCarousel', 'NavigationList', 'ChipsSelector', 'PhotoPicker',
  'DocumentPicker', 'Form', 'If', 'Switch',
];

/** Every property of a component at every depth (items and object fields), with its effective since
 *  and the effective since of what contains it. */
function* walk(c: ComponentSpec): Generator<{ path: string; prop: PropertySpec; since: Version; parentSince: Version }> {
  function* rec(props: readonly PropertySpec[], prefix: string, parentSince: Version): Generator<{
    path: string; prop: PropertySpec; since: Version; parentSince: Version;
  }> {
    for (const prop of props) {
      const since = prop.since ?? parentSince;
      const path = `${c.type}.${prefix}${prop.name}`;
      yield { path, prop, since, parentSince };
      if (prop.item) yield* rec(prop.item, `${prefix}${prop.name}[].`, since);
      if (prop.fields) yield* rec(prop.fields, `${prefix}${prop.name}.`, since);
    }
  }
  yield* rec(c.properties, '', c.since);
}

const everyProp = COMPONENTS.flatMap((c) => [...walk(c)]);

describe('component types', () => {
  test('all 24 component types, each once', () => {
    expect(COMPONENTS).toHaveLength(24);
    expect(new Set(COMPONENT_TYPES).size).toBe(24);
    expect([...COMPONENT_TYPES].sort()).toEqual([...ALL_TYPES].sort());
  });

  test('componentSpec finds every type and nothing else', () => {
    for (const c of COMPONENTS) expect(componentSpec(c.type)).toBe(c);
    expect(componentSpec('Textheading')).toBeUndefined();
    expect(componentSpec('SingleColumnLayout')).toBeUndefined();
  });

  test('propertySpec finds listed properties only', () => {
    const input = componentSpec('TextInput')!;
    expect(propertySpec(input, 'label')?.required).toBe(true);
    expect(propertySpec(input, 'name')).toBeUndefined();
    expect(propertySpec(input, 'type')).toBeUndefined();
    for (const c of COMPONENTS) for (const p of c.properties) expect(propertySpec(c, p.name)).toBe(p);
  });

  test('components introduced in the documented versions', () => {
    const since = Object.fromEntries(COMPONENTS.map((c) => [c.type, c.since]));
    expect(since).toMatchObject({
      If: '4.0', Switch: '4.0', PhotoPicker: '4.0', DocumentPicker: '4.0', RichText: '5.1',
      CalendarPicker: '6.1', NavigationList: '6.2', ChipsSelector: '6.3', ImageCarousel: '7.1', Form: '2.1',
    });
  });
});

describe('primary text and main action', () => {
  test('the positional string sets the documented property', () => {
    const primary = Object.fromEntries(COMPONENTS.map((c) => [c.type, c.primary]));
    for (const t of ['TextHeading', 'TextSubheading', 'TextBody', 'TextCaption', 'RichText', 'EmbeddedLink']) {
      expect(primary[t], t).toBe('text');
    }
    for (const t of ['Image', 'ImageCarousel', 'Form', 'If', 'Switch']) expect(primary[t], t).toBeUndefined();
    for (const c of COMPONENTS) {
      if (c.input || c.type === 'Footer' || c.type === 'NavigationList') expect(c.primary, c.type).toBe('label');
    }
  });

  test('primary and mainAction name listed properties; mainAction is an action slot', () => {
    for (const c of COMPONENTS) {
      if (c.primary) expect(propertySpec(c, c.primary), `${c.type}.${c.primary}`).toBeDefined();
      if (c.mainAction) expect(propertySpec(c, c.mainAction)?.type, `${c.type}.${c.mainAction}`).toBe('action');
    }
    const withMain = COMPONENTS.filter((c) => c.mainAction).map((c) => c.type).sort();
    expect(withMain).toEqual(['EmbeddedLink', 'Footer', 'NavigationList', 'OptIn']);
  });
});

describe('properties', () => {
  test('names are unique at every level, and type/name are never listed', () => {
    const lists: [string, readonly PropertySpec[]][] = [];
    for (const c of COMPONENTS) {
      lists.push([c.type, c.properties]);
      for (const { path, prop } of walk(c)) {
        if (prop.item) lists.push([path, prop.item]);
        if (prop.fields) lists.push([path, prop.fields]);
      }
      expect(propertySpec(c, 'name'), c.type).toBeUndefined();
      expect(propertySpec(c, 'type'), c.type).toBeUndefined();
    }
    for (const [where, props] of lists) {
      const names = props.map((p) => p.name);
      expect(new Set(names).size, where).toBe(names.length);
    }
  });

  test('every property has a one-line doc', () => {
    for (const { path, prop } of everyProp) {
      expect(prop.doc.trim(), path).not.toBe('');
      expect(prop.doc, path).not.toContain('\n');
    }
    for (const c of COMPONENTS) expect(c.doc.trim(), c.type).not.toBe('');
  });

  test('enum properties have values, and only they', () => {
    for (const { path, prop } of everyProp) {
      const isEnum = prop.type === 'enum' || prop.type === 'enum-array';
      if (isEnum) expect(prop.values?.length ?? 0, path).toBeGreaterThan(0);
      else expect(prop.values, path).toBeUndefined();
      for (const [value, since] of Object.entries(prop.valuesSince ?? {})) {
        expect(prop.values, path).toContain(value);
        expect(isKnownVersion(since), `${path} ${value}`).toBe(true);
      }
      if (prop.values) expect(new Set(prop.values).size, path).toBe(prop.values.length);
    }
  });

  test('action properties list their actions, and only they', () => {
    for (const { path, prop, since } of everyProp) {
      if (prop.type === 'action') {
        expect(prop.actions?.length ?? 0, path).toBeGreaterThan(0);
        const names = prop.actions!.map((a) => a.name);
        expect(new Set(names).size, path).toBe(names.length);
        for (const a of prop.actions!) {
          if (a.since === undefined) continue;
          expect(isKnownVersion(a.since), `${path} ${a.name}`).toBe(true);
          expect(compareVersions(a.since, since), `${path} ${a.name}`).toBeGreaterThan(0);
        }
      } else {
        expect(prop.actions, path).toBeUndefined();
      }
    }
  });

  test('items properties have an item schema, and only they', () => {
    for (const { path, prop } of everyProp) {
      if (prop.type === 'items') expect(prop.item?.length ?? 0, path).toBeGreaterThan(0);
      else expect(prop.item, path).toBeUndefined();
    }
  });

  test('flags fit the property type', () => {
    for (const { path, prop } of everyProp) {
      if (prop.arrayText) expect(prop.type, path).toBe('text');
      if (prop.bindingOnly) expect(prop.dynamic, path).toBe(true);
      if (prop.requiredSince) expect(prop.required, path).toBe(true);
      if (prop.min !== undefined || prop.max !== undefined) expect(['number', 'integer'], path).toContain(prop.type);
      if (prop.min !== undefined && prop.max !== undefined) expect(prop.min, path).toBeLessThanOrEqual(prop.max);
      if (prop.minItems !== undefined && prop.maxItems !== undefined) {
        expect(prop.minItems, path).toBeLessThanOrEqual(prop.maxItems);
      }
      if (prop.maxChars !== undefined) expect(prop.maxChars, path).toBeGreaterThan(0);
    }
  });

  test('outside-Form-only properties sit on inputs; range-mode-only on CalendarPicker', () => {
    for (const c of COMPONENTS) {
      for (const p of c.properties) {
        if (p.outsideFormOnly) expect(c.input, `${c.type}.${p.name}`).toBe(true);
        if (p.rangeModeOnly) expect(c.type, `${c.type}.${p.name}`).toBe('CalendarPicker');
      }
    }
    const range = componentSpec('CalendarPicker')!.properties.filter((p) => p.rangeModeOnly).map((p) => p.name);
    expect(range.sort()).toEqual(['description', 'max-days', 'min-days', 'title']);
  });
});

describe('versions', () => {
  test('every since-version is a known version', () => {
    for (const c of COMPONENTS) {
      expect(isKnownVersion(c.since), c.type).toBe(true);
      if (c.maxPerScreenSince) expect(isKnownVersion(c.maxPerScreenSince), c.type).toBe(true);
    }
    for (const { path, prop } of everyProp) {
      if (prop.since !== undefined) expect(isKnownVersion(prop.since), path).toBe(true);
      if (prop.requiredSince !== undefined) expect(isKnownVersion(prop.requiredSince), path).toBe(true);
    }
  });

  test('no property is older than what contains it', () => {
    for (const { path, prop, parentSince } of everyProp) {
      if (prop.since === undefined) continue;
      expect(compareVersions(prop.since, parentSince), path).toBeGreaterThanOrEqual(0);
    }
  });

  test('placement versions are known and later than the component', () => {
    for (const c of COMPONENTS) {
      for (const [where, v] of Object.entries(c.placement)) {
        if (typeof v !== 'string') continue;
        expect(isKnownVersion(v), `${c.type} in ${where}`).toBe(true);
        expect(compareVersions(v, c.since), `${c.type} in ${where}`).toBeGreaterThan(0);
      }
    }
  });
});

describe('structure, placement and caps', () => {
  test('inputs are named; structural components hold children', () => {
    for (const c of COMPONENTS) if (c.input) expect(c.named, c.type).toBe(true);
    const holders = Object.fromEntries(COMPONENTS.filter((c) => c.children).map((c) => [c.type, c.children]));
    expect(holders).toEqual({ Form: 'children', If: 'branches', Switch: 'cases' });
  });

  test('per-screen and per-Flow caps', () => {
    const caps = Object.fromEntries(COMPONENTS.filter((c) => c.maxPerScreen).map((c) => [c.type, c.maxPerScreen]));
    expect(caps).toEqual({
      Footer: 1, EmbeddedLink: 2, Image: 3, OptIn: 5, PhotoPicker: 1, DocumentPicker: 1,
      NavigationList: 2, ImageCarousel: 2, Form: 1,
    });
    expect(componentSpec('Form')!.maxPerScreenSince).toBe('7.0');
    const perFlow = COMPONENTS.filter((c) => c.maxPerFlow).map((c) => [c.type, c.maxPerFlow]);
    expect(perFlow).toEqual([['ImageCarousel', 3]]);
  });

  test('components that never nest', () => {
    for (const t of ['RichText', 'Form']) {
      expect(componentSpec(t)!.placement, t).toEqual({ form: false, if: false, switch: false });
    }
    for (const t of ['NavigationList', 'ImageCarousel']) {
      expect(componentSpec(t)!.placement, t).toEqual({ form: true, if: false, switch: false });
    }
    expect(componentSpec('Switch')!.placement.switch).toBe(false);
    expect(componentSpec('If')!.placement.switch).toBe(false);
    expect(componentSpec('ChipsSelector')!.placement).toEqual({ form: true, if: '7.1', switch: '7.1' });
  });
});

describe('docs/components.md', () => {
  test('is the renderer’s output (regenerate with npm run docs)', () => {
    const onDisk = readFileSync(new URL('../docs/components.md', import.meta.url), 'utf8');
    expect(onDisk).toBe(renderComponentsDoc());
  });

  test('rendering is deterministic', () => {
    expect(renderComponentsDoc()).toBe(renderComponentsDoc());
  });
});
