// The canonical form of a Flow JSON file: the same values, with the keys in the order code generation
// writes them (version, data_api_version, data_channel_uri, routing_model, screens; in a screen id,
// title, terminal, success, refresh_on_back, data, sensitive, layout; in a component type, name, then
// the catalogue's order; in an item id, title, then the catalogue's order; in an action name, next, url,
// payload; in a data field its schema with `type` first, then __example__), and If conditions written
// as code generation writes them (no redundant parentheses). Keys code generation never writes (a
// property a component does not have: the checks report it) are left out. An imported file compiles to
// exactly this; the import's safety net and the corpus tests compare the two.
import { componentSpec, specNamed } from '../catalog/components.js';
import type { PropertySpec } from '../catalog/types.js';
import { JsonObject, type Json } from '../codegen/json.js';
import { member, plainJson, type JsonNode, type JsonObjectNode } from './json.js';
import { canonicalCondition, canonicalSchema, isItemList, isWellFormedAction } from './to-ast.js';

const SCREEN_KEYS = ['id', 'title', 'terminal', 'success', 'refresh_on_back'] as const;

export function canonicalFlowJson(root: JsonNode): Json {
  if (root.kind !== 'object') return plainJson(root);
  const o = new JsonObject();
  for (const key of ['version', 'data_api_version', 'data_channel_uri']) {
    const m = member(root, key);
    if (m) o.set(key, plainJson(m.value));
  }
  const screens = member(root, 'screens')?.value;
  const routing = member(root, 'routing_model')?.value;
  if (routing) {
    if (routing.kind === 'object' && screens?.kind === 'array') {
      const model = new JsonObject();
      const ids: string[] = [];
      for (const s of screens.elements) {
        const id = s.kind === 'object' ? member(s, 'id')?.value : undefined;
        if (id?.kind === 'string' && !ids.includes(id.value)) ids.push(id.value);
      }
      for (const id of ids) {
        const m = member(routing, id);
        if (m) model.set(id, plainJson(m.value));
      }
      for (const m of routing.members) if (!ids.includes(m.key.value)) model.set(m.key.value, plainJson(m.value));
      o.set('routing_model', model);
    } else o.set('routing_model', plainJson(routing));
  }
  if (screens) o.set('screens', screens.kind === 'array' ? screens.elements.map(screen) : plainJson(screens));
  return o;
}

function screen(node: JsonNode): Json {
  if (node.kind !== 'object') return plainJson(node);
  const o = new JsonObject();
  for (const key of SCREEN_KEYS) {
    const m = member(node, key);
    if (m) o.set(key, plainJson(m.value));
  }
  const data = member(node, 'data')?.value;
  if (data) {
    if (data.kind === 'object') {
      const fields = new JsonObject();
      for (const f of data.members) fields.set(f.key.value, dataField(f.value));
      o.set('data', fields);
    } else o.set('data', plainJson(data));
  }
  const sensitive = member(node, 'sensitive');
  if (sensitive) o.set('sensitive', plainJson(sensitive.value));
  const layout = member(node, 'layout')?.value;
  if (layout) {
    if (layout.kind === 'object') {
      const l = new JsonObject();
      const type = member(layout, 'type');
      if (type) l.set('type', plainJson(type.value));
      const children = member(layout, 'children');
      if (children) l.set('children', components(children.value));
      o.set('layout', l);
    } else o.set('layout', plainJson(layout));
  }
  return o;
}

function dataField(node: JsonNode): Json {
  if (node.kind !== 'object') return plainJson(node);
  const schema = new JsonObject();
  for (const m of node.members) if (m.key.value !== '__example__') schema.set(m.key.value, plainJson(m.value));
  const o = canonicalSchema(schema) as JsonObject;
  const example = member(node, '__example__');
  if (example) o.set('__example__', plainJson(example.value));
  return o;
}

function components(node: JsonNode): Json {
  return node.kind === 'array' ? node.elements.map(component) : plainJson(node);
}

function component(node: JsonNode): Json {
  if (node.kind !== 'object') return plainJson(node);
  const o = new JsonObject();
  const type = member(node, 'type')?.value;
  if (type) o.set('type', plainJson(type));
  const typeName = type?.kind === 'string' ? type.value : undefined;
  if (typeName === 'If') {
    const condition = member(node, 'condition');
    if (condition) o.set('condition', canonicalCondition(condition.value) as Json);
    const then = member(node, 'then');
    if (then) o.set('then', components(then.value));
    const otherwise = member(node, 'else');
    if (otherwise) o.set('else', components(otherwise.value));
    return o;
  }
  if (typeName === 'Switch') {
    const value = member(node, 'value');
    if (value) o.set('value', plainJson(value.value));
    const cases = member(node, 'cases')?.value;
    if (cases?.kind === 'object') {
      const c = new JsonObject();
      for (const m of cases.members) c.set(m.key.value, components(m.value));
      o.set('cases', c);
    } else if (cases) o.set('cases', plainJson(cases));
    return o;
  }
  const name = member(node, 'name');
  if (name) o.set('name', plainJson(name.value));
  const spec = typeName === undefined ? undefined : componentSpec(typeName);
  for (const prop of spec?.properties ?? []) {
    const m = member(node, prop.name);
    if (m) o.set(prop.name, value(m.value, prop));
  }
  if (spec?.children === 'children') {
    const children = member(node, 'children');
    if (children) o.set('children', components(children.value));
  }
  return o;
}

function value(node: JsonNode, spec: PropertySpec | undefined): Json {
  if (spec?.type === 'action' && isWellFormedAction(node)) return action(node);
  if (spec?.type === 'items' && isItemList(node)) return node.elements.map((e) => item(e as JsonObjectNode, spec.item));
  return plainJson(node);
}

function action(node: JsonObjectNode): Json {
  const o = new JsonObject();
  o.set('name', plainJson(member(node, 'name')!.value));
  const next = member(node, 'next')?.value;
  if (next?.kind === 'object') {
    o.set('next', new JsonObject().set('type', 'screen').set('name', plainJson(member(next, 'name')!.value)));
  }
  const url = member(node, 'url');
  if (url) o.set('url', plainJson(url.value));
  const payload = member(node, 'payload');
  if (payload) o.set('payload', plainJson(payload.value));
  return o;
}

function item(node: JsonObjectNode, itemSpec: readonly PropertySpec[] | undefined): Json {
  const o = new JsonObject();
  o.set('id', plainJson(member(node, 'id')!.value));
  const title = member(node, 'title');
  if (title) o.set('title', plainJson(title.value));
  const order = (name: string) => {
    const i = itemSpec?.findIndex((p) => p.name === name) ?? -1;
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  const rest = node.members.filter((m) => m.key.value !== 'id' && m.key.value !== 'title');
  for (const m of [...rest].sort((a, b) => order(a.key.value) - order(b.key.value))) {
    o.set(m.key.value, value(m.value, specNamed(itemSpec, m.key.value)));
  }
  return o;
}
