// Does a written value fit what a property holds (catalogue PropertySpec)? Shared by the checks of
// component properties, item properties and screen properties.
import type * as A from '../ast.js';
import type { AllowedAction, PropertySpec } from '../catalog/types.js';
import { specNamed } from '../catalog/components.js';
import { atLeast } from '../catalog/versions.js';
import { describeValue } from '../codegen/data-model.js';
import { didYouMean } from '../diagnostics/suggest.js';
import type { CheckContext } from './check.js';

const EXPECTED: Readonly<Record<PropertySpec['type'], string>> = {
  string: 'a string',
  boolean: 'true or false',
  number: 'a number',
  integer: 'a whole number',
  enum: 'one of its values',
  text: 'a string',
  date: 'a "YYYY-MM-DD" date string',
  'string-array': 'a list of strings',
  'date-array': 'a list of "YYYY-MM-DD" dates',
  'enum-array': 'a list of its values',
  items: 'a list of items',
  action: 'an action',
  object: 'an object',
  'string-or-object': 'a string or an object',
};

function isDynamic(v: A.Value): boolean {
  if (v.kind === 'String') {
    for (const p of v.parts) if (typeof p !== 'string') return true;
    return false;
  }
  return v.kind === 'Reference' || v.kind === 'Binary' || v.kind === 'Unary' || v.kind === 'Backtick';
}

function wrong(ctx: CheckContext, v: A.Value, prop: PropertySpec): void {
  ctx.report('FLOW3001', v.span, { property: prop.name, expected: EXPECTED[prop.type], found: describeValue(v) });
}

/** Checks `value` (undefined = a bare flag) against `prop`; `owner` names the component in messages. */
export function checkValue(
  ctx: CheckContext,
  value: A.Value | undefined,
  prop: PropertySpec,
  owner: string,
  at: A.Identifier,
): void {
  if (value === undefined) {
    if (prop.type !== 'boolean') {
      ctx.report('FLOW3001', at.span, { property: prop.name, expected: EXPECTED[prop.type], found: 'no value' });
    }
    return;
  }
  if (prop.type === 'action') {
    if (value.kind !== 'Action') {
      ctx.report('FLOW4004', value.span, { property: prop.name, found: describeValue(value) });
      return;
    }
    checkAction(ctx, value, prop, owner);
    return;
  }
  if (value.kind === 'Action') return wrong(ctx, value, prop);
  // an object form with known fields (CalendarPicker range mode: { start-date, end-date }): the values
  // here; which keys it has, and whether the mode allows an object, in calendar-range-mode.ts
  if (prop.fields && value.kind === 'Object') {
    for (const e of value.entries) {
      const field = specNamed(prop.fields, e.key.name);
      if (field) checkValue(ctx, e.value, field, `${owner} ${prop.name}`, e.key);
    }
    return;
  }
  if (isDynamic(value)) {
    const expressionOnly = value.kind !== 'Reference' && !(value.kind === 'String' && value.parts.length === 1);
    if (!prop.dynamic) {
      ctx.report('FLOW3006', value.span, { property: prop.name, found: describeValue(value) });
    } else if (prop.bindingOnly && expressionOnly) {
      ctx.report('FLOW3006', value.span, { property: prop.name, found: `${describeValue(value)} (only a single reference is allowed)` });
    }
    return;
  }
  switch (prop.type) {
    case 'string':
    case 'date':
      if (value.kind !== 'String') wrong(ctx, value, prop);
      break;
    case 'text':
      if (value.kind === 'String') break;
      if (prop.arrayText && value.kind === 'Array' && allStrings(value.elements)) break;
      wrong(ctx, value, prop);
      break;
    case 'boolean':
      if (value.kind !== 'Boolean') wrong(ctx, value, prop);
      break;
    case 'number':
    case 'integer':
      if (value.kind !== 'Number' || (prop.type === 'integer' && !Number.isInteger(value.value))) wrong(ctx, value, prop);
      break;
    case 'enum':
      checkEnum(ctx, value, prop, ctx.flow.settings.version);
      break;
    case 'string-array':
    case 'date-array':
      if (value.kind !== 'Array' || !allStrings(value.elements)) wrong(ctx, value, prop);
      break;
    case 'enum-array':
      if (value.kind !== 'Array') wrong(ctx, value, prop);
      else for (const e of value.elements) checkEnum(ctx, e, prop, ctx.flow.settings.version);
      break;
    case 'object':
      if (value.kind !== 'Object') wrong(ctx, value, prop);
      break;
    case 'string-or-object':
      if (value.kind !== 'String' && value.kind !== 'Object') wrong(ctx, value, prop);
      break;
    case 'items':
      checkItems(ctx, value, prop, owner);
      break;
  }
}

function allStrings(values: readonly A.Value[]): boolean {
  for (const v of values) if (v.kind !== 'String') return false;
  return true;
}

function checkEnum(ctx: CheckContext, value: A.Value, prop: PropertySpec, version: string): void {
  const word = value.kind === 'Name' ? value.name : value.kind === 'String' ? value.value : undefined;
  const values = prop.values ?? [];
  if (word === undefined) {
    ctx.report('FLOW3001', value.span, { property: prop.name, expected: EXPECTED[prop.type], found: describeValue(value) });
  } else if (!values.includes(word)) {
    ctx.report(
      'FLOW3002',
      value.span,
      { value: word, property: prop.name, values: values.join(', ') },
      didYouMean(word, values, value.span),
    );
  } else {
    const since = prop.valuesSince?.[word];
    if (!atLeast(version, since)) {
      ctx.report('FLOW7005', value.span, { what: `${prop.name}: ${word}`, since: since!, version });
    }
  }
}

function checkAction(ctx: CheckContext, action: A.Action, prop: PropertySpec, owner: string): void {
  const { version } = ctx.flow.settings;
  const actions = prop.actions ?? [];
  let later: AllowedAction | undefined;
  for (const a of actions) {
    if (a.name !== action.name) continue;
    if (atLeast(version, a.since)) return;
    later ??= a;
  }
  if (later?.since) {
    ctx.report('FLOW7005', action.keyword, { what: `${action.name} in ${prop.name}`, since: later.since, version });
    return;
  }
  ctx.report('FLOW4001', action.keyword, {
    property: prop.name,
    component: owner,
    action: action.name,
    allowed: allowedActions(actions, version) || 'no action in this version',
  });
}

/** The names of the actions a slot takes in `version`, for a message. */
function allowedActions(actions: readonly AllowedAction[], version: string): string {
  const names: string[] = [];
  for (const a of actions) if (atLeast(version, a.since)) names.push(a.name);
  return names.join(', ');
}

/** An items property: an item list, a list of objects, or a reference (checked elsewhere). */
function checkItems(ctx: CheckContext, value: A.Value, prop: PropertySpec, owner: string): void {
  const itemSpec = prop.item ?? [];
  const owner2 = `${owner} ${prop.name} item`;
  if (value.kind === 'ItemList') {
    const hasId = specNamed(itemSpec, 'id') !== undefined;
    const hasTitle = specNamed(itemSpec, 'title') !== undefined;
    for (const item of value.items) {
      // `id "Title"` stands for the id and title fields: items without them (list-items, images)
      // are written as a list of objects instead
      if (!hasId) {
        ctx.report('FLOW5002', item.id.span, { component: owner2, name: 'id' }, { help: `write ${prop.name} as a list of objects: [{ … }]` });
      }
      if (item.title && !hasTitle) {
        ctx.report('FLOW5002', item.title.span, { component: owner2, name: 'title' }, { help: `write ${prop.name} as a list of objects: [{ … }]` });
      }
      for (const m of item.members) {
        if (m.kind === 'Property') checkField(ctx, m.name, m.value, itemSpec, owner2);
      }
      for (const p of itemSpec) {
        if (p.required && !itemHas(item, p.name)) ctx.report('FLOW5003', item.id.span, { component: owner2, name: p.name });
      }
    }
    return;
  }
  if (value.kind !== 'Array') {
    ctx.report('FLOW3001', value.span, { property: prop.name, expected: EXPECTED.items, found: describeValue(value) });
    return;
  }
  for (const element of value.elements) checkObject(ctx, element, itemSpec, owner2, prop.name);
}

/** Whether an item-list item gives `name`: its id, its title, or a property. */
function itemHas(item: A.Item, name: string): boolean {
  if (name === 'id' || (name === 'title' && item.title)) return true;
  for (const m of item.members) if (m.kind === 'Property' && m.name.name === name) return true;
  return false;
}

/** An object value checked field by field against `fields` (items, NavigationList main-content, …). */
function checkObject(ctx: CheckContext, value: A.Value, fields: readonly PropertySpec[], owner: string, property: string): void {
  if (value.kind !== 'Object') {
    if (value.kind !== 'Reference') {
      ctx.report('FLOW3001', value.span, { property, expected: 'an object', found: describeValue(value) });
    }
    return;
  }
  for (const e of value.entries) checkField(ctx, e.key, e.value, fields, owner);
  for (const p of fields) {
    if (p.required && !objectHas(value, p.name)) ctx.report('FLOW5003', value.span, { component: owner, name: p.name });
  }
}

function objectHas(value: A.ObjectLiteral, name: string): boolean {
  for (const e of value.entries) if (e.key.name === name) return true;
  return false;
}

function checkField(
  ctx: CheckContext,
  key: A.Identifier,
  value: A.Value | undefined,
  fields: readonly PropertySpec[],
  owner: string,
): void {
  const spec = specNamed(fields, key.name);
  if (!spec) {
    ctx.report('FLOW5002', key.span, { component: owner, name: key.name }, didYouMean(key.name, fields.map((f) => f.name), key.span));
    return;
  }
  if (!atLeast(ctx.flow.settings.version, spec.since)) {
    ctx.report('FLOW7003', key.span, { name: key.name, component: owner, since: spec.since!, version: ctx.flow.settings.version });
  }
  if (spec.fields && value?.kind === 'Object') checkObject(ctx, value, spec.fields, `${owner} ${spec.name}`, spec.name);
  else if (!spec.fields) checkValue(ctx, value, spec, owner, key);
}
