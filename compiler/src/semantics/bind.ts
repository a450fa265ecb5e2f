// One walk over the AST that every check and code generation share: screens by id, each screen's data
// fields, inputs, components (with their parents and branches), references and actions.
import type * as A from '../ast.js';
import { isComponentNode } from '../ast.js';
import { componentSpec } from '../catalog/components.js';
import type { ComponentSpec } from '../catalog/types.js';
import type { FlowSettings } from './settings.js';

export interface ComponentUse {
  readonly node: A.ComponentNode;
  /** Catalogue entry (undefined for an unknown component type). */
  readonly spec: ComponentSpec | undefined;
  readonly screen: BoundScreen;
  readonly parent: ComponentUse | undefined;
  /** Inside a Form (explicit), at any depth. */
  readonly inForm: boolean;
  /** Number of If components around this one. */
  readonly ifDepth: number;
  /** Properties written in the component's block, by name (the first of duplicates). */
  readonly properties: ReadonlyMap<string, A.Property>;
}

export interface ReferenceUse {
  readonly ref: A.Reference;
  /** The screen whose text holds the reference. */
  readonly screen: BoundScreen;
  readonly component: ComponentUse | undefined;
}

export interface ActionUse {
  readonly action: A.Action;
  /** The property the action sits in: 'on-click-action', 'on-select-action', … */
  readonly slot: string;
  readonly screen: BoundScreen;
  readonly component: ComponentUse | undefined;
}

export interface BoundScreen {
  readonly node: A.Screen;
  readonly id: string;
  readonly index: number;
  readonly dataFields: ReadonlyMap<string, A.DataField>;
  /** Inputs by name (several when a name is reused, e.g. in two If branches). */
  readonly inputs: ReadonlyMap<string, readonly ComponentUse[]>;
  /** Every component at every depth, in document order. */
  readonly components: readonly ComponentUse[];
  /** Screen-level properties (terminal, success, …), by name. */
  readonly properties: ReadonlyMap<string, A.Property>;
  readonly routes: readonly A.RoutesDecl[];
  readonly references: readonly ReferenceUse[];
  readonly actions: readonly ActionUse[];
}

export interface BoundFlow {
  readonly file: A.FlowFile;
  readonly settings: FlowSettings;
  readonly screens: readonly BoundScreen[];
  /** The first screen with each id. */
  readonly screenById: ReadonlyMap<string, BoundScreen>;
}

interface MutableScreen extends BoundScreen {
  readonly dataFields: Map<string, A.DataField>;
  readonly inputs: Map<string, ComponentUse[]>;
  readonly components: ComponentUse[];
  readonly properties: Map<string, A.Property>;
  readonly routes: A.RoutesDecl[];
  readonly references: ReferenceUse[];
  readonly actions: ActionUse[];
}

export function bind(file: A.FlowFile, settings: FlowSettings): BoundFlow {
  const screens: BoundScreen[] = [];
  const screenById = new Map<string, BoundScreen>();
  file.screens.forEach((node, index) => {
    const screen = bindScreen(node, index);
    screens.push(screen);
    if (!screenById.has(screen.id)) screenById.set(screen.id, screen);
  });
  return { file, settings, screens, screenById };
}

function bindScreen(node: A.Screen, index: number): BoundScreen {
  const screen: MutableScreen = {
    node,
    id: node.id.name,
    index,
    dataFields: new Map(),
    inputs: new Map(),
    components: [],
    properties: new Map(),
    routes: [],
    references: [],
    actions: [],
  };

  const visitValue = (value: A.Value | undefined, slot: string, component: ComponentUse | undefined): void => {
    if (!value) return;
    switch (value.kind) {
      case 'Reference':
        screen.references.push({ ref: value, screen, component });
        break;
      case 'String':
        for (const part of value.parts) {
          if (typeof part !== 'string') screen.references.push({ ref: part, screen, component });
        }
        break;
      case 'Backtick':
        for (const ref of value.references) screen.references.push({ ref, screen, component });
        break;
      case 'Binary':
        visitValue(value.left, slot, component);
        visitValue(value.right, slot, component);
        break;
      case 'Unary':
        visitValue(value.operand, slot, component);
        break;
      case 'Array':
        for (const e of value.elements) visitValue(e, slot, component);
        break;
      case 'Object':
        for (const e of value.entries) visitValue(e.value, e.key.name, component);
        break;
      case 'Action':
        screen.actions.push({ action: value, slot, screen, component });
        visitValue(value.payload, slot, component);
        visitValue(value.url, slot, component);
        break;
      case 'ItemList':
        for (const item of value.items) {
          visitValue(item.title, 'title', component);
          for (const m of item.members) if (m.kind === 'Property') visitValue(m.value, m.name.name, component);
        }
        break;
      default:
        break;
    }
  };

  const visitMembers = (
    members: readonly A.Member[],
    parent: ComponentUse | undefined,
    inForm: boolean,
    ifDepth: number,
  ): void => {
    for (const m of members) {
      if (isComponentNode(m)) visitComponent(m, parent, inForm, ifDepth);
      else if (!parent) visitScreenMember(m);
      else if (m.kind === 'Property') visitValue(m.value, m.name.name, parent);
    }
  };

  const visitComponent = (
    node: A.ComponentNode,
    parent: ComponentUse | undefined,
    inForm: boolean,
    ifDepth: number,
  ): void => {
    const type = node.kind === 'Component' ? node.type.name : node.kind;
    const properties = new Map<string, A.Property>();
    if (node.kind === 'Component') {
      for (const m of node.members) if (m.kind === 'Property' && !properties.has(m.name.name)) properties.set(m.name.name, m);
    }
    const use: ComponentUse = { node, spec: componentSpec(type), screen, parent, inForm, ifDepth, properties };
    screen.components.push(use);
    if (node.kind === 'Component') {
      if (use.spec?.input && node.name) {
        const list = screen.inputs.get(node.name.name) ?? [];
        list.push(use);
        screen.inputs.set(node.name.name, list);
      }
      visitValue(node.text, use.spec?.primary ?? 'text', use);
      visitValue(node.action, use.spec?.mainAction ?? 'on-click-action', use);
      visitMembers(node.members, use, inForm || type === 'Form', ifDepth);
    } else if (node.kind === 'If') {
      visitValue(node.condition, 'condition', use);
      visitMembers(node.then, use, inForm, ifDepth + 1);
      if (node.else) visitMembers(node.else, use, inForm, ifDepth + 1);
    } else {
      visitValue(node.value, 'value', use);
      for (const c of node.cases) visitMembers(c.members, use, inForm, ifDepth);
    }
  };

  const visitScreenMember = (m: A.Member): void => {
    switch (m.kind) {
      case 'DataBlock':
        for (const f of m.fields) if (!screen.dataFields.has(f.name.name)) screen.dataFields.set(f.name.name, f);
        break;
      case 'Routes':
        screen.routes.push(m);
        break;
      case 'Property':
        if (!screen.properties.has(m.name.name)) screen.properties.set(m.name.name, m);
        visitValue(m.value, m.name.name, undefined);
        break;
      default:
        break;
    }
  };

  visitValue(node.title, 'title', undefined);
  visitMembers(node.members, undefined, false, 0);
  return screen;
}

/** The component type as written: 'TextInput', 'If', 'Switch'. */
export function componentType(node: A.ComponentNode): string {
  return node.kind === 'Component' ? node.type.name : node.kind;
}

/** The span that names a component: its keyword. */
export function componentKeywordSpan(node: A.ComponentNode): A.Identifier['span'] {
  return node.kind === 'Component' ? node.type.span : node.keyword.span;
}

/** The value of a boolean screen property: a flag or `true` is true; absent is `fallback`. */
function screenFlag(screen: BoundScreen, name: string, fallback: boolean): boolean {
  const p = screen.properties.get(name);
  if (!p) return fallback;
  return p.value === undefined || (p.value.kind === 'Boolean' && p.value.value);
}

export function isTerminal(screen: BoundScreen): boolean {
  return screenFlag(screen, 'terminal', false);
}

/** success defaults to true on a terminal screen. */
export function isSuccess(screen: BoundScreen): boolean {
  return isTerminal(screen) && screenFlag(screen, 'success', true);
}
