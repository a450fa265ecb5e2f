// The catalogue facts the component rules read (pairedWith, excludes, requires, onlyWhen,
// notInListWith, maxItemsWith, formValueNumberWhen, min/maxFields, maxPerList, notWhenComponent,
// requiredUnlessOnEvery) name properties and values that exist, so a typo in the data cannot switch a
// rule off silently.
import { describe, expect, test } from 'vitest';
import { COMPONENTS, propertySpec } from '../../compiler/src/catalog/components.js';
import type { ComponentSpec, PropertyCondition, PropertySpec } from '../../compiler/src/catalog/types.js';

/** Every property list of a component: its own, each item's, each object's fields. */
function* lists(c: ComponentSpec): Generator<{ where: string; props: readonly PropertySpec[] }> {
  function* rec(where: string, props: readonly PropertySpec[]): Generator<{ where: string; props: readonly PropertySpec[] }> {
    yield { where, props };
    for (const p of props) {
      if (p.item) yield* rec(`${where}.${p.name}[]`, p.item);
      if (p.fields) yield* rec(`${where}.${p.name}`, p.fields);
    }
  }
  yield* rec(c.type, c.properties);
}

const conditionHolds = (siblings: readonly PropertySpec[], condition: PropertyCondition, where: string) => {
  const target = siblings.find((p) => p.name === condition.property);
  expect(target, `${where}: ${condition.property}`).toBeDefined();
  for (const v of condition.values) expect(target!.values, `${where}: ${condition.property} ${v}`).toContain(v);
};

describe('catalogue facts for the component rules', () => {
  test('pairs are mutual, exclusions and requirements name siblings', () => {
    for (const c of COMPONENTS) {
      for (const { where, props } of lists(c)) {
        const names = props.map((p) => p.name);
        for (const p of props) {
          for (const other of p.pairedWith ?? []) {
            expect(names, `${where}.${p.name} pairedWith`).toContain(other);
            expect(props.find((q) => q.name === other)!.pairedWith, `${where}.${other} pairs back`).toContain(p.name);
          }
          for (const other of [...(p.excludes ?? []), ...(p.requires ?? [])]) expect(names, `${where}.${p.name}`).toContain(other);
          if (p.onlyWhen) conditionHolds(props, p.onlyWhen, `${where}.${p.name} onlyWhen`);
          if (p.formValueNumberWhen) conditionHolds(props, p.formValueNumberWhen, `${where}.${p.name} formValueNumberWhen`);
        }
      }
    }
  });

  test('item facts name item properties; component conditions name component properties', () => {
    for (const c of COMPONENTS) {
      for (const p of c.properties) {
        if (p.maxItemsWith) {
          expect(p.item?.map((f) => f.name), `${c.type}.${p.name} maxItemsWith`).toContain(p.maxItemsWith.property);
          expect(p.maxItemsWith.max).toBeLessThan(p.maxItems!);
        }
        if (p.requiredUnlessOnEvery) {
          const items = propertySpec(c, p.requiredUnlessOnEvery);
          expect(items?.item?.find((f) => f.name === p.name)?.type, `${c.type}.${p.name}`).toBe('action');
        }
        for (const f of p.item ?? []) {
          for (const other of f.notInListWith ?? []) expect(p.item!.map((g) => g.name)).toContain(other);
          if (f.notWhenComponent) conditionHolds(c.properties, f.notWhenComponent, `${c.type}.${p.name}[].${f.name}`);
          if (f.maxPerList !== undefined) expect(f.maxPerList).toBeGreaterThan(0);
          if (f.minFields !== undefined || f.maxFields !== undefined) {
            expect(f.fields, `${c.type}.${p.name}[].${f.name} has fields`).toBeDefined();
            expect(f.minFields ?? 0).toBeLessThanOrEqual(f.maxFields ?? f.fields!.length);
          }
        }
      }
    }
  });

  test('the facts the spec lists are in the catalogue', () => {
    const spec = (type: string, name: string) => propertySpec(COMPONENTS.find((c) => c.type === type)!, name)!;
    expect(spec('Footer', 'left-caption').pairedWith).toEqual(['right-caption']);
    expect(spec('Footer', 'center-caption').excludes).toEqual(['left-caption', 'right-caption']);
    expect(spec('TextInput', 'pattern').requires).toEqual(['helper-text']);
    expect(spec('TextInput', 'pattern').onlyWhen?.values).toEqual(['text', 'number', 'password', 'passcode']);
    expect(spec('Dropdown', 'data-source').maxItemsWith).toEqual({ property: 'image', max: 100 });
    expect(spec('CheckboxGroup', 'max-selected-items').min).toBe(2);
    expect(spec('ChipsSelector', 'data-source').minItems).toBe(2);
    const rows = spec('NavigationList', 'list-items').item!;
    expect(rows.find((f) => f.name === 'end')).toMatchObject({ minFields: 1, maxFields: 2 });
    expect(rows.find((f) => f.name === 'badge')?.maxPerList).toBe(1);
  });
});
