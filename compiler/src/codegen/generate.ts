// Code generation: a checked, bound flow → canonical Flow JSON. Pure, deterministic, and run only when
// the checks found no errors. Key order: version, data_api_version, routing_model, screens; in a screen
// id, title, terminal, success, refresh_on_back, data, sensitive, layout; in a component type, name,
// then the catalogue's property order.
import type * as A from '../ast.js';
import { isComponentNode } from '../ast.js';
import { propertySpec } from '../catalog/components.js';
import type { ComponentSpec, PropertySpec } from '../catalog/types.js';
import { FEATURE_SINCE, atLeast } from '../catalog/versions.js';
import type { BoundFlow, BoundScreen } from '../semantics/bind.js';
import { componentSpec } from '../catalog/components.js';
import { binding, needsBackticks, renderExpression, usesArithmeticOrConcatenation } from './expressions.js';
import { JsonObject, type Json } from './json.js';
import { dataFieldJson } from './data-model.js';

const SCREEN_PROPERTIES = ['terminal', 'success', 'refresh_on_back'] as const;

export function generate(flow: BoundFlow): JsonObject {
  const { settings } = flow;
  const root = new JsonObject();
  root.set('version', settings.version);
  root.set('data_api_version', settings.dataApiVersion);
  root.set('data_channel_uri', settings.dataChannelUri);
  if (settings.dataApiVersion || settings.routingModel) root.set('routing_model', routingModel(flow));
  root.set(
    'screens',
    flow.screens.map((s) => screenJson(s, flow)),
  );
  return root;
}

/**
 * Each screen's routes: its `routes` declarations, then its navigate targets, in document order. With
 * `routing_model "sparse"` a screen without routes is left out.
 */
export function routingModel(flow: BoundFlow): JsonObject {
  const model = new JsonObject();
  for (const screen of flow.screens) {
    const routes = routesOf(screen);
    if (routes.length > 0 || flow.settings.routingModel !== 'sparse') model.set(screen.id, routes);
  }
  return model;
}

export function routesOf(screen: BoundScreen): string[] {
  const targets: string[] = [];
  const add = (id: string) => {
    if (!targets.includes(id)) targets.push(id);
  };
  for (const r of screen.routes) for (const t of r.targets) add(t.name);
  for (const a of screen.actions) if (a.action.name === 'navigate' && a.action.target) add(a.action.target.name);
  return targets;
}

function screenJson(screen: BoundScreen, flow: BoundFlow): JsonObject {
  const node = screen.node;
  const o = new JsonObject();
  o.set('id', screen.id);
  if (node.title) o.set('title', stringJson(node.title));
  for (const name of SCREEN_PROPERTIES) {
    const p = screen.properties.get(name);
    if (p) o.set(name, valueJson(p.value));
  }
  const dataBlocks = node.members.filter((m): m is A.DataBlock => m.kind === 'DataBlock');
  if (dataBlocks.length > 0) {
    const data = new JsonObject();
    for (const block of dataBlocks) for (const f of block.fields) data.set(f.name.name, dataFieldJson(f));
    o.set('data', data);
  }
  const sensitive = screen.properties.get('sensitive');
  if (sensitive) o.set('sensitive', valueJson(sensitive.value));

  let children = componentsJson(node.members);
  const needsForm =
    !atLeast(flow.settings.version, FEATURE_SINCE.optionalForm) &&
    screen.inputs.size > 0 &&
    !screen.components.some((c) => c.spec?.type === 'Form');
  if (needsForm) children = [new JsonObject().set('type', 'Form').set('name', 'form').set('children', children)];
  o.set('layout', new JsonObject().set('type', 'SingleColumnLayout').set('children', children));
  return o;
}

function componentsJson(members: readonly A.Member[]): Json[] {
  return members.filter(isComponentNode).map(componentJson);
}

function componentJson(node: A.ComponentNode): JsonObject {
  const o = new JsonObject();
  if (node.kind === 'If') {
    o.set('type', 'If');
    o.set('condition', conditionJson(node.condition));
    o.set('then', componentsJson(node.then));
    if (node.else) o.set('else', componentsJson(node.else));
    return o;
  }
  if (node.kind === 'Switch') {
    o.set('type', 'Switch');
    o.set('value', valueJson(node.value));
    const cases = new JsonObject();
    for (const c of node.cases) cases.set(c.key.name, componentsJson(c.members));
    o.set('cases', cases);
    return o;
  }
  const spec = componentSpec(node.type.name);
  o.set('type', node.type.name);
  if (node.name) o.set('name', node.name.name);
  const written = new Map<string, A.Property>();
  for (const m of node.members) if (m.kind === 'Property' && !written.has(m.name.name)) written.set(m.name.name, m);
  for (const prop of spec?.properties ?? []) {
    if (prop.name === spec?.primary && node.text) o.set(prop.name, valueJson(node.text));
    else if (prop.name === spec?.mainAction && node.action) o.set(prop.name, actionJson(node.action));
    else {
      const p = written.get(prop.name);
      if (p) o.set(prop.name, valueJson(p.value, prop));
    }
  }
  if (spec?.children === 'children') o.set('children', componentsJson(node.members));
  return o;
}

/** A property value as Flow JSON. A flag (no value) is `true`. */
export function valueJson(value: A.Value | undefined, spec?: PropertySpec): Json {
  if (!value) return true;
  switch (value.kind) {
    case 'String':
      return stringJson(value);
    case 'Number':
      return value.value;
    case 'Boolean':
      return value.value;
    case 'Name':
      return value.name;
    case 'Backtick':
      return `\`${value.raw}\``;
    case 'Reference':
      return binding(value);
    case 'Binary':
    case 'Unary':
      return `\`${renderExpression(value)}\``;
    case 'Array':
      return value.elements.map((e) => valueJson(e, spec?.type === 'items' ? undefined : spec));
    case 'Object':
      return objectJson(value);
    case 'Action':
      return actionJson(value);
    case 'ItemList':
      return value.items.map((item) => itemJson(item, spec?.item));
  }
}

/** A string: plain text, one whole `${binding}`, or text mixed with bindings as a backtick expression. */
export function stringJson(s: A.StringLiteral): string {
  if (s.parts.length === 1) {
    const only = s.parts[0]!;
    return typeof only === 'string' ? only : binding(only);
  }
  return `\`${renderExpression(s)}\``;
}

/** If conditions have their own grammar (no backticks) unless they need math or concatenation. */
function conditionJson(e: A.Expression): string {
  if (e.kind === 'Backtick') return `\`${e.raw}\``;
  if (e.kind === 'Reference') return binding(e);
  if (e.kind === 'String' && !needsBackticks(e)) return stringJson(e);
  return usesArithmeticOrConcatenation(e) ? `\`${renderExpression(e)}\`` : renderExpression(e);
}

function objectJson(obj: A.ObjectLiteral): JsonObject {
  const o = new JsonObject();
  for (const e of obj.entries) o.set(e.key.name, valueJson(e.value));
  return o;
}

export function actionJson(action: A.Action): JsonObject {
  const o = new JsonObject().set('name', action.name);
  if (action.target) o.set('next', new JsonObject().set('type', 'screen').set('name', action.target.name));
  if (action.url) o.set('url', stringJson(action.url));
  if (action.payload) o.set('payload', objectJson(action.payload));
  return o;
}

/** A data-source item: id and title first, then its properties in the catalogue's item order. */
function itemJson(item: A.Item, itemSpec: readonly PropertySpec[] | undefined): JsonObject {
  const o = new JsonObject().set('id', item.id.name);
  if (item.title) o.set('title', stringJson(item.title));
  const props = item.members.filter((m): m is A.Property => m.kind === 'Property');
  const order = (name: string) => {
    const i = itemSpec?.findIndex((p) => p.name === name) ?? -1;
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  for (const p of [...props].sort((a, b) => order(a.name.name) - order(b.name.name))) {
    o.set(p.name.name, valueJson(p.value, itemSpec?.find((s) => s.name === p.name.name)));
  }
  return o;
}

export type { ComponentSpec };
export { propertySpec };
