// Code generation: a checked, bound flow → canonical Flow JSON. Pure, deterministic, and run only when
// the checks found no errors. Key order: version, data_api_version, routing_model, screens; in a screen
// id, title, terminal, success, refresh_on_back, data, sensitive, layout; in a component type, name,
// then the catalogue's property order.
import type * as A from '../ast.js';
import { isComponentNode } from '../ast.js';
import type { PropertySpec } from '../catalog/types.js';
import { FEATURE_SINCE, atLeast } from '../catalog/versions.js';
import type { BoundFlow, BoundScreen } from '../semantics/bind.js';
import { componentSpec, specNamed } from '../catalog/components.js';
import { binding, needsBackticks, renderExpression, usesArithmeticOrConcatenation } from './expressions.js';
import { authoredObject, type JsonObject, type Json, type JsonRecord } from './json.js';
import { dataFieldJson } from './data-model.js';

export function generate(flow: BoundFlow): JsonRecord {
  const { settings } = flow;
  return {
    version: settings.version,
    data_api_version: settings.dataApiVersion,
    data_channel_uri: settings.dataChannelUri,
    routing_model: settings.dataApiVersion || settings.routingModel ? routingModel(flow) : undefined,
    screens: flow.screens.map((s) => screenJson(s, flow)),
  };
}

/**
 * Each screen's routes: its `routes` declarations, then its navigate targets, in document order. With
 * `routing_model "sparse"` a screen without routes is left out.
 */
export function routingModel(flow: BoundFlow): JsonRecord | JsonObject {
  const sparse = flow.settings.routingModel === 'sparse';
  return authoredObject(
    flow.screens,
    (screen) => screen.id,
    (screen) => {
      const routes = routesOf(screen);
      return routes.length > 0 || !sparse ? routes : undefined;
    },
  );
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

function screenJson(screen: BoundScreen, flow: BoundFlow): JsonRecord {
  const node = screen.node;
  // `data {}` is written out too (an empty data model)
  const blocks = node.members.filter((m): m is A.DataBlock => m.kind === 'DataBlock');
  const fields = blocks.flatMap((b) => b.fields);
  const data = blocks.length > 0 ? authoredObject(fields, (f) => f.name.name, dataFieldJson) : undefined;
  let children = componentsJson(node.members);
  const needsForm =
    !atLeast(flow.settings.version, FEATURE_SINCE.optionalForm) &&
    screen.inputs.size > 0 &&
    !screen.components.some((c) => c.spec?.type === 'Form');
  if (needsForm) children = [{ type: 'Form', name: 'form', children }];
  return {
    id: screen.id,
    title: node.title ? stringJson(node.title) : undefined,
    terminal: screenProperty(screen, 'terminal'),
    success: screenProperty(screen, 'success'),
    refresh_on_back: screenProperty(screen, 'refresh_on_back'),
    data,
    sensitive: screenProperty(screen, 'sensitive'),
    layout: { type: 'SingleColumnLayout', children },
  };
}

function screenProperty(screen: BoundScreen, name: string): Json | undefined {
  const p = screen.properties.get(name);
  return p ? valueJson(p.value) : undefined;
}

function componentsJson(members: readonly A.Member[]): Json[] {
  const out: Json[] = [];
  for (const m of members) if (isComponentNode(m)) out.push(componentJson(m));
  return out;
}

function componentJson(node: A.ComponentNode): JsonRecord {
  if (node.kind === 'If') {
    return {
      type: 'If',
      condition: conditionJson(node.condition),
      then: componentsJson(node.then),
      else: node.else ? componentsJson(node.else) : undefined,
    };
  }
  if (node.kind === 'Switch') {
    const cases = authoredObject(node.cases, (c) => c.key.name, (c) => componentsJson(c.members));
    return { type: 'Switch', value: valueJson(node.value), cases };
  }
  const spec = componentSpec(node.type.name);
  // type and name first, then the catalogue's property order (its names are words)
  const o: Record<string, Json> = { type: node.type.name };
  if (node.name) o.name = node.name.name;
  for (const prop of spec?.properties ?? []) {
    if (prop.name === spec?.primary && node.text) o[prop.name] = valueJson(node.text);
    else if (prop.name === spec?.mainAction && node.action) o[prop.name] = actionJson(node.action);
    else {
      const p = firstProperty(node.members, prop.name);
      if (p) o[prop.name] = valueJson(p.value, prop);
    }
  }
  if (spec?.children === 'children') o.children = componentsJson(node.members);
  return o;
}

/** The first property of that name among the members (a repeated one is an error, reported elsewhere). */
function firstProperty(members: readonly A.Member[], name: string): A.Property | undefined {
  for (const m of members) if (m.kind === 'Property' && m.name.name === name) return m;
  return undefined;
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
/** An If condition as Flow JSON: a binding, a string, Meta's condition syntax, or a backtick expression. */
export function conditionJson(e: A.Expression): string {
  if (e.kind === 'Backtick') return `\`${e.raw}\``;
  if (e.kind === 'Reference') return binding(e);
  if (e.kind === 'String' && !needsBackticks(e)) return stringJson(e);
  return usesArithmeticOrConcatenation(e) ? `\`${renderExpression(e)}\`` : renderExpression(e);
}

function objectJson(obj: A.ObjectLiteral): JsonRecord | JsonObject {
  return authoredObject(obj.entries, (e) => e.key.name, (e) => valueJson(e.value));
}

export function actionJson(action: A.Action): JsonRecord {
  return {
    name: action.name,
    next: action.target ? { type: 'screen', name: action.target.name } : undefined,
    url: action.url ? stringJson(action.url) : undefined,
    payload: action.payload ? objectJson(action.payload) : undefined,
  };
}

/** A data-source item: id and title first, then its properties in the catalogue's item order. */
function itemJson(item: A.Item, itemSpec: readonly PropertySpec[] | undefined): JsonRecord {
  const o: Record<string, Json> = { id: item.id.name };
  if (item.title) o.title = stringJson(item.title);
  const props = item.members.filter((m): m is A.Property => m.kind === 'Property');
  if (props.length > 1) {
    const order = (name: string) => {
      const i = itemSpec?.findIndex((p) => p.name === name) ?? -1;
      return i < 0 ? Number.MAX_SAFE_INTEGER : i;
    };
    props.sort((a, b) => order(a.name.name) - order(b.name.name));
  }
  for (const p of props) o[p.name.name] = valueJson(p.value, specNamed(itemSpec, p.name.name));
  return o;
}

