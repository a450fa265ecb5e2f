// Flow JSON (a position-keeping JSON tree, json.ts) → the .flow syntax tree, with every node's span in
// the JSON text. That tree is what `flowc validate` checks (so its diagnostics point into the JSON) and
// what `flowc import` prints as .flow. Each construct is mapped to the spelling that compiles back to it:
// `${data.x}` → a reference, backtick expressions → .flow expressions where code generation renders them
// back to the same text (else kept as written), data types written only where the example does not give
// them, item lists where they compile to the same objects, `routes` where navigate actions do not already
// give the routing model. A problem of the JSON itself is a FLOW9xxx diagnostic naming the JSON path.
// Where .flow cannot write what the JSON says, the import is lossy and writes nothing rather than a
// file that lost something — except where what is lost is a mistake Meta rejects and .flow cannot even
// spell (a null, a key Meta does not allow, a routing model without a navigate route, inputs outside a
// Form before 4.0): then the .flow file is the corrected Flow, and the diagnostic says what was wrong.
import type * as A from '../ast.js';
import { ACTION_NAMES, componentSpec, propertySpec, specNamed } from '../catalog/components.js';
import type { ActionName, PropertySpec } from '../catalog/types.js';
import { FEATURE_SINCE, atLeast, isKnownVersion } from '../catalog/versions.js';
import { inferSchema } from '../codegen/data-model.js';
import { binding, usesArithmeticOrConcatenation } from '../codegen/expressions.js';
import { conditionJson, routesOf, valueJson } from '../codegen/generate.js';
import { serialize, JsonObject, type Json } from '../codegen/json.js';
import type { DiagnosticCode } from '../diagnostics/codes.js';
import { createDiagnostic, type Diagnostic, type DiagnosticExtras } from '../diagnostics/diagnostic.js';
import { bind } from '../semantics/bind.js';
import { LIMIT_PROFILES, readSettings } from '../semantics/settings.js';
import type { Span } from '../source.js';
import { LOWER_WORD, UPPER_WORD, WORD } from '../syntax/tokens.js';
import { backtickBindings, bindingReference, parseMetaExpression } from './expression.js';
import {
  describeJson,
  formatPath,
  innerSpan,
  member,
  plainObject,
  type JsonArray,
  type JsonMember,
  type JsonNode,
  type JsonObjectNode,
  type JsonPath,
  type JsonString,
} from './json.js';

export interface ToAstOptions {
  /** The flow's name in the header (documentation only), e.g. from the file name. */
  readonly name?: string;
  /**
   * For import: a Flow beyond the default limits gets `limits "meta"`, so that the .flow builds as it did
   * on Meta. (Validate checks with the limits in force, like check: --limits, the project config, default.)
   */
  readonly metaLimitsWhenOver?: boolean;
}

export interface ToAstResult {
  /** Absent when the JSON is not an object. */
  readonly ast?: A.FlowFile;
  /** Problems of the Flow JSON itself that the checks cannot see (FLOW9xxx): for validate and import. */
  readonly diagnostics: readonly Diagnostic[];
  /** What .flow cannot write (FLOW9006): reported by import only. */
  readonly importDiagnostics: readonly Diagnostic[];
  /** Whether the .flow text would lose or change part of the JSON (any FLOW9xxx error). */
  readonly lossy: boolean;
}

// ── Names ─────────────────────────────────────────────────────────────────────────────────────────────

/** The words of the .flow grammar: where a value is expected, one of them is not a bare name. */
export const KEYWORDS = new Set([
  'flow', 'screen', 'data', 'form', 'routes', 'case', 'else', 'true', 'false', 'navigate', 'complete',
  'data_exchange', 'update_data', 'open_url', 'If', 'Switch',
]);

/** What the .flow lexer reads as one backtick expression. */
const BACKTICK_BODY = /^(?:[^`\\]|\\[\s\S])*$/;

/** A word .flow reads as a name (screen ids, input names, data fields, path segments). */
export const isName = (s: string): boolean => WORD.test(s);
/** A word .flow reads as a bare value (an enum value): a name that is not a keyword. */
export const isBareWord = (s: string): boolean => WORD.test(s) && !KEYWORDS.has(s);
/** A word that can start a property (`required`, `helper-text`): a small letter or _, not a keyword. */
export const isPropertyName = (s: string): boolean => LOWER_WORD.test(s) && !KEYWORDS.has(s);


// ── Shared decisions (the canonical form in canonical.ts makes the same ones) ──────────────────────────

/** Whether an object is an action .flow writes as `navigate S { … }`, `complete`, `open_url "…"` …. */
export function isWellFormedAction(node: JsonNode): node is JsonObjectNode {
  if (node.kind !== 'object') return false;
  const name = member(node, 'name')?.value;
  if (name?.kind !== 'string' || !(ACTION_NAMES as readonly string[]).includes(name.value)) return false;
  const allowed = name.value === 'navigate' ? ['name', 'next', 'payload'] : name.value === 'open_url' ? ['name', 'url'] : ['name', 'payload'];
  if (node.members.some((m) => !allowed.includes(m.key.value))) return false;
  const payload = member(node, 'payload')?.value;
  if (payload && payload.kind !== 'object') return false;
  if (name.value === 'navigate') {
    const next = member(node, 'next')?.value;
    if (next?.kind !== 'object' || next.members.length !== 2) return false;
    const type = member(next, 'type')?.value;
    const target = member(next, 'name')?.value;
    return type?.kind === 'string' && type.value === 'screen' && target?.kind === 'string' && isName(target.value);
  }
  if (name.value === 'open_url') {
    const url = member(node, 'url')?.value;
    return url?.kind === 'string' && textString(url) !== undefined;
  }
  return true;
}

/** Whether a list is written as an item list: objects with a string `id`, a text `title` and properties. */
export function isItemList(node: JsonNode): node is JsonArray {
  if (node.kind !== 'array' || node.elements.length === 0) return false;
  return node.elements.every((e) => {
    if (e.kind !== 'object') return false;
    const id = member(e, 'id')?.value;
    if (id?.kind !== 'string') return false;
    const title = member(e, 'title')?.value;
    if (title && (title.kind !== 'string' || textString(title) === undefined)) return false;
    return e.members.every((m) => m.key.value === 'id' || m.key.value === 'title' || (isPropertyName(m.key.value) && noNull(m.value)));
  });
}

function noNull(node: JsonNode): boolean {
  if (node.kind === 'null') return false;
  if (node.kind === 'array') return node.elements.every(noNull);
  if (node.kind === 'object') return node.members.every((m) => noNull(m.value));
  return true;
}

/**
 * An If condition as code generation writes it: parsed and rendered again, which drops redundant
 * parentheses and spaces (`(${a} && (${b} == 'x'))` → `${a} && (${b} == 'x')`). Conditions .flow
 * cannot read stay as they are (the importer keeps those as written).
 */
export function canonicalCondition(node: JsonNode): JsonNode | string {
  if (node.kind !== 'string') return node;
  const e = conditionExpression(node);
  return e ? conditionJson(e) : node.value;
}

/** The .flow expression of an If condition, or undefined when it cannot be read back exactly. */
function conditionExpression(s: JsonString): A.Expression | undefined {
  if (isBacktick(s.value)) return backtickExpression(s, conditionJson);
  const e = parseMetaExpression(s);
  // a condition that needs a backtick expression in .flow would change: keep it as written
  if (!e || usesArithmeticOrConcatenation(e)) return undefined;
  return e;
}

function isBacktick(text: string): boolean {
  return text.length >= 2 && text.startsWith('`') && text.endsWith('`');
}

/**
 * A JSON string holding a backtick expression, as .flow: the .flow expression that `render` (code
 * generation for that position) writes back to the same text, else the backtick expression as written;
 * undefined when the .flow lexer cannot read it.
 */
function backtickExpression(s: JsonString, render: (e: A.Expression) => string | undefined): A.Expression | undefined {
  const text = s.value;
  const e = parseMetaExpression(s, 1, text.length - 1);
  if (e && render(e) === text) return e;
  if (!BACKTICK_BODY.test(text.slice(1, -1))) return undefined;
  return { kind: 'Backtick', raw: text.slice(1, -1), references: backtickBindings(s), span: s.span };
}

/** A JSON string as a .flow string (`"Hi"`, `"${data.name}"`, `"Hi ${form.name}!"`), if it compiles back to itself. */
function textString(s: JsonString): A.StringLiteral | undefined {
  const v = expressionOf(s, true);
  return v?.kind === 'String' ? v : undefined;
}

/**
 * A JSON string in a value position: a whole `${…}` binding is a reference (in text positions a string
 * holding it), a backtick expression a .flow expression that renders back to it (else the backtick
 * expression as written), anything else a string. Undefined for a backtick expression the .flow lexer
 * cannot read.
 */
function expressionOf(s: JsonString, text: boolean): A.Expression | undefined {
  const v = s.value;
  if (isBacktick(v)) return backtickExpression(s, jsonString);
  if (v.startsWith('${') && v.endsWith('}') && v.indexOf('}') === v.length - 1) {
    const ref = bindingReference(s, 2, v.length - 1);
    if (ref && binding(ref) === v) return text ? { kind: 'String', value: v, parts: [ref], span: s.span } : ref;
  }
  return literalString(s);
}

/** What code generation writes for an expression, when that is a string. */
function jsonString(e: A.Expression): string | undefined {
  const out = valueJson(e);
  return typeof out === 'string' ? out : undefined;
}

/** A string with no ${…} meaning: its text as one literal part (.flow writes a `${` in it as `\${`). */
function literalString(s: JsonString): A.StringLiteral {
  return { kind: 'String', value: s.value, parts: [s.value], span: s.span };
}

// ── The converter ─────────────────────────────────────────────────────────────────────────────────────

const ROOT_KEYS = ['version', 'data_api_version', 'data_channel_uri', 'routing_model', 'screens'];
const SCREEN_FLAGS = ['terminal', 'success', 'refresh_on_back', 'sensitive'];
const LAYOUT_TYPE = 'SingleColumnLayout';

export function flowJsonToAst(root: JsonNode, options: ToAstOptions = {}): ToAstResult {
  return new Converter(options).file(root);
}

interface ScreenDraft {
  readonly node: JsonObjectNode;
  readonly path: JsonPath;
  readonly screen: A.Screen;
  readonly members: A.Member[];
  /** Where `routes` go: after the screen's own properties, before data and components. */
  readonly routesAt: number;
}

class Converter {
  private readonly diagnostics: Diagnostic[] = [];
  private readonly importDiagnostics: Diagnostic[] = [];
  private lossy = false;
  private version = '7.3';

  constructor(private readonly options: ToAstOptions) {}

  /** A problem of the JSON (validate and import); `lossy` when the .flow would not keep it. */
  private report(code: DiagnosticCode, span: Span, args: Record<string, string | number>, lossy: boolean, extras?: DiagnosticExtras): void {
    this.diagnostics.push(createDiagnostic(code, span, args, extras));
    if (lossy) this.lossy = true;
  }

  /** Something .flow cannot write (import only). */
  private cannotWrite(span: Span, path: JsonPath, what: string, reason: string): void {
    this.importDiagnostics.push(createDiagnostic('FLOW9006', span, { path: formatPath(path), what, reason }));
    this.lossy = true;
  }

  private wrongType(node: JsonNode, path: JsonPath, expected: string): void {
    this.report('FLOW9003', node.span, { path: formatPath(path), expected, found: describeJson(node) }, true);
  }

  private missing(object: JsonObjectNode, path: JsonPath, key: string): void {
    this.report('FLOW9004', openBrace(object), { path: formatPath(path), key }, true);
  }

  /** A key Meta does not allow there: the .flow file leaves it out (as Meta would have to). */
  private notAllowed(m: JsonMember, path: JsonPath, where: string): void {
    this.report('FLOW9005', innerSpan(m.key), { path: formatPath([...path, m.key.value]), where }, false);
  }

  file(root: JsonNode): ToAstResult {
    const result = (ast?: A.FlowFile): ToAstResult => ({
      ...(ast ? { ast } : {}),
      diagnostics: this.diagnostics,
      importDiagnostics: this.importDiagnostics,
      lossy: this.lossy,
    });
    if (root.kind !== 'object') {
      this.wrongType(root, [], 'a JSON object (a Flow JSON file is one object with "version" and "screens")');
      return result();
    }
    const settings: A.Setting[] = [];
    const version = member(root, 'version');
    if (!version) this.missing(root, [], 'version');
    else if (version.value.kind !== 'string') this.wrongType(version.value, ['version'], 'a string such as "7.3"');
    else {
      settings.push(setting('version', version, literalString(version.value)));
      if (isKnownVersion(version.value.value)) this.version = version.value.value;
    }
    const api = member(root, 'data_api_version');
    if (api) {
      if (api.value.kind !== 'string') this.wrongType(api.value, ['data_api_version'], 'a string such as "3.0"');
      else settings.push(setting('endpoint', api, api.value.value === '3.0' ? undefined : literalString(api.value)));
    }
    const uri = member(root, 'data_channel_uri');
    if (uri) {
      if (uri.value.kind !== 'string') this.wrongType(uri.value, ['data_channel_uri'], 'a string (a URL)');
      else settings.push(setting('data_channel_uri', uri, literalString(uri.value)));
    }
    for (const m of root.members) {
      if (ROOT_KEYS.includes(m.key.value)) continue;
      if (m.key.value === 'meta') {
        this.cannotWrite(innerSpan(m.key), ['meta'], 'the "meta" object', 'it is internal to Meta (lead_gen_ai), and .flow has no setting for it');
      } else this.notAllowed(m, [], 'the top level holds version, data_api_version, data_channel_uri, routing_model and screens');
    }

    const drafts: ScreenDraft[] = [];
    const screensMember = member(root, 'screens');
    if (!screensMember) this.missing(root, [], 'screens');
    else if (screensMember.value.kind !== 'array') this.wrongType(screensMember.value, ['screens'], 'a list of screens');
    else {
      screensMember.value.elements.forEach((s, i) => {
        const draft = this.screen(s, ['screens', i]);
        if (draft) drafts.push(draft);
      });
    }
    const screens = drafts.map((d) => d.screen);
    const header = (extra: A.Setting[]): A.FlowHeader => ({
      kind: 'Header',
      ...(this.options.name && isName(this.options.name)
        ? { name: { kind: 'Identifier', name: this.options.name, span: { start: root.span.start, end: root.span.start } } }
        : {}),
      settings: [...settings, ...extra],
      span: openBrace(root),
    });
    const file = (extra: A.Setting[]): A.FlowFile => ({
      kind: 'File',
      header: header(extra),
      screens,
      comments: [],
      span: root.span,
    });

    const extra: A.Setting[] = [];
    const routing = member(root, 'routing_model');
    const routingSetting = this.routingModel(routing, api, file([]), drafts);
    if (routingSetting) extra.push(routingSetting);
    // (the .flow derives the routing model Meta asks for: the file is the corrected Flow)
    if (api && !routing) this.report('FLOW9004', openBrace(root), { path: formatPath([]), key: 'routing_model' }, false);

    const flow = bind(file(extra), readSettings(header(extra)).settings);
    this.formWrappers(flow);
    // A Flow beyond the default limits builds as it did on Meta: with Meta's limits.
    const limits = LIMIT_PROFILES.default;
    const over =
      flow.screens.length > limits.screens ||
      flow.screens.some((s) => s.components.filter((c) => c.spec?.type !== 'Form').length > limits.componentsPerScreen);
    if (over && this.options.metaLimitsWhenOver) {
      const span = { start: root.span.start, end: root.span.start + 1 };
      const word = (text: string): A.Identifier => ({ kind: 'Identifier', name: text, span });
      extra.push({ kind: 'Setting', name: word('limits'), value: { kind: 'String', value: 'meta', parts: ['meta'], span }, span });
    }
    return result(file(extra));
  }

  // ── Screens ─────────────────────────────────────────────────────────────────────────────────────────

  private screen(node: JsonNode, path: JsonPath): ScreenDraft | undefined {
    if (node.kind !== 'object') {
      this.wrongType(node, path, 'a screen object');
      return undefined;
    }
    const idMember = member(node, 'id');
    let id: A.Identifier = { kind: 'Identifier', name: '', span: openBrace(node) };
    if (!idMember) this.missing(node, path, 'id');
    else if (idMember.value.kind !== 'string') this.wrongType(idMember.value, [...path, 'id'], 'a string');
    else {
      id = { kind: 'Identifier', name: idMember.value.value, span: innerSpan(idMember.value) };
      if (!isName(id.name)) {
        this.cannotWrite(id.span, [...path, 'id'], `the screen id "${id.name}"`, 'a screen id in .flow is a name: letters, digits, _ and inner -');
      }
    }
    let title: A.StringLiteral | undefined;
    const titleMember = member(node, 'title');
    if (titleMember) {
      if (titleMember.value.kind !== 'string') this.wrongType(titleMember.value, [...path, 'title'], 'a string');
      else {
        title = textString(titleMember.value);
        if (!title) {
          this.cannotWrite(titleMember.value.span, [...path, 'title'], 'this title', 'a screen title in .flow is a string; a backtick expression that is not text with ${…} cannot be one');
        }
      }
    }
    const members: A.Member[] = [];
    for (const key of SCREEN_FLAGS) {
      const m = member(node, key);
      if (m) this.pushProperty(members, m, path, key === 'sensitive' ? SENSITIVE : undefined);
    }
    for (const m of node.members) {
      if (['id', 'title', 'data', 'layout', ...SCREEN_FLAGS].includes(m.key.value)) continue;
      this.pushProperty(members, m, path, undefined); // the checks report unknown screen properties
    }
    const routesAt = members.length;
    const data = member(node, 'data');
    if (data) {
      const block = this.dataBlock(data, [...path, 'data']);
      if (block) members.push(block);
    }
    const layout = member(node, 'layout');
    if (!layout) this.missing(node, path, 'layout');
    else members.push(...this.layout(layout.value, [...path, 'layout']));
    const screen: A.Screen = { kind: 'Screen', id, ...(title ? { title } : {}), members, span: node.span };
    return { node, path, screen, members, routesAt };
  }

  private layout(node: JsonNode, path: JsonPath): A.ComponentNode[] {
    if (node.kind !== 'object') {
      this.wrongType(node, path, `a layout object: { "type": "${LAYOUT_TYPE}", "children": [ … ] }`);
      return [];
    }
    const type = member(node, 'type');
    if (!type) this.missing(node, path, 'type');
    else if (type.value.kind !== 'string' || type.value.value !== LAYOUT_TYPE) {
      this.wrongType(type.value, [...path, 'type'], `"${LAYOUT_TYPE}"`);
    }
    for (const m of node.members) if (m.key.value !== 'type' && m.key.value !== 'children') this.notAllowed(m, path, 'a layout holds type and children');
    const children = member(node, 'children');
    if (!children) {
      this.missing(node, path, 'children');
      return [];
    }
    return this.components(children.value, [...path, 'children']);
  }

  // ── Data ────────────────────────────────────────────────────────────────────────────────────────────

  private dataBlock(m: JsonMember, path: JsonPath): A.DataBlock | undefined {
    if (m.value.kind !== 'object') {
      this.wrongType(m.value, path, 'an object of data fields');
      return undefined;
    }
    const fields: A.DataField[] = [];
    for (const f of m.value.members) {
      const field = this.dataField(f, [...path, f.key.value]);
      if (field) fields.push(field);
    }
    return { kind: 'DataBlock', fields, span: m.span };
  }

  private dataField(f: JsonMember, path: JsonPath): A.DataField | undefined {
    const name: A.Identifier = { kind: 'Identifier', name: f.key.value, span: innerSpan(f.key) };
    if (!isName(name.name)) {
      this.cannotWrite(name.span, path, `the data field "${name.name}"`, 'a data field in .flow is a name: letters, digits, _ and inner -');
    }
    if (f.value.kind !== 'object') {
      this.wrongType(f.value, path, 'a declaration such as { "type": "string", "__example__": "…" }');
      return undefined;
    }
    const exampleMember = member(f.value, '__example__');
    const example = exampleMember ? this.value(exampleMember.value, [...path, '__example__'], { literal: true }) : undefined;
    const schemaMembers = f.value.members.filter((m) => m.key.value !== '__example__');
    for (const m of schemaMembers) {
      if (!noNull(m.value)) this.report('FLOW9003', m.value.span, { path: formatPath([...path, m.key.value]), expected: 'a JSON Schema without null', found: 'null' }, true);
    }
    const schema = canonicalSchema(plainObject(schemaMembers));
    const inferred = example ? inferSchema(example) : undefined;
    let type: A.TypeExpression | undefined;
    if (!(inferred && sameJson(inferred, schema))) {
      const typeSpan = member(f.value, 'type')?.value.span ?? openBrace(f.value);
      type = typeExpression(schema, typeSpan) ?? {
        kind: 'SchemaType',
        schema: literalObject(schema, typeSpan),
        span: typeSpan,
      };
    }
    return { kind: 'DataField', name, ...(type ? { type } : {}), ...(example ? { example } : {}), span: f.span };
  }

  // ── Components ──────────────────────────────────────────────────────────────────────────────────────

  private components(node: JsonNode, path: JsonPath): A.ComponentNode[] {
    if (node.kind !== 'array') {
      this.wrongType(node, path, 'a list of components');
      return [];
    }
    const out: A.ComponentNode[] = [];
    node.elements.forEach((c, i) => {
      const component = this.component(c, [...path, i]);
      if (component) out.push(component);
    });
    return out;
  }

  private component(node: JsonNode, path: JsonPath): A.ComponentNode | undefined {
    if (node.kind !== 'object') {
      this.wrongType(node, path, 'a component object with a "type"');
      return undefined;
    }
    const typeMember = member(node, 'type');
    if (!typeMember) {
      this.missing(node, path, 'type');
      return undefined;
    }
    if (typeMember.value.kind !== 'string') {
      this.wrongType(typeMember.value, [...path, 'type'], 'a component type such as "TextInput"');
      return undefined;
    }
    const typeName = typeMember.value.value;
    const type: A.Identifier = { kind: 'Identifier', name: typeName, span: innerSpan(typeMember.value) };
    if (typeName === 'If') return this.ifNode(node, type, path);
    if (typeName === 'Switch') return this.switchNode(node, type, path);
    if (!UPPER_WORD.test(typeName)) {
      this.cannotWrite(type.span, [...path, 'type'], `the component type "${typeName}"`, 'a component in .flow starts with a capital letter and is a name');
    }
    const spec = componentSpec(typeName);
    let name: A.Identifier | undefined;
    const nameMember = member(node, 'name');
    if (nameMember) {
      if (nameMember.value.kind !== 'string') this.wrongType(nameMember.value, [...path, 'name'], 'a string');
      else {
        name = { kind: 'Identifier', name: nameMember.value.value, span: innerSpan(nameMember.value) };
      }
    }
    let text: A.Component['text'];
    let action: A.Action | undefined;
    const members: A.Member[] = [];
    let children: JsonMember | undefined;
    for (const m of node.members) {
      const key = m.key.value;
      if (key === 'type' || key === 'name') continue;
      if (spec?.children === 'children' && key === 'children') {
        children = m;
        continue;
      }
      const propSpec = spec ? propertySpec(spec, key) : undefined;
      if (spec && key === spec.primary && text === undefined && m.value.kind === 'string') {
        const e = expressionOf(m.value, true);
        if (e && (e.kind === 'String' || e.kind === 'Backtick')) {
          text = e;
          continue;
        }
      }
      if (spec && key === spec.mainAction && action === undefined && isWellFormedAction(m.value)) {
        action = this.action(m.value, [...path, key]);
        continue;
      }
      this.pushProperty(members, m, path, propSpec);
    }
    if (children) members.push(...this.components(children.value, [...path, 'children']));
    // a name that is no .flow word is written "quoted", which needs a "text" string after it
    if (name && !isName(name.name) && text?.kind !== 'String') {
      this.cannotWrite(name.span, [...path, 'name'], `the name "${name.name}"`, 'a name that is not a .flow word can be written "quoted" only before a string main text');
    }
    return {
      kind: 'Component',
      type,
      ...(name ? { name } : {}),
      ...(text ? { text } : {}),
      members,
      ...(members.length > 0 ? { block: node.span } : {}),
      ...(action ? { action } : {}),
      span: node.span,
    };
  }

  private ifNode(node: JsonObjectNode, keyword: A.Identifier, path: JsonPath): A.IfNode | undefined {
    for (const m of node.members) {
      if (!['type', 'condition', 'then', 'else'].includes(m.key.value)) this.notAllowed(m, path, 'an If holds type, condition, then and else');
    }
    const conditionMember = member(node, 'condition');
    if (!conditionMember) {
      this.missing(node, path, 'condition');
      return undefined;
    }
    const condition = this.condition(conditionMember.value, [...path, 'condition']);
    if (!condition) return undefined;
    const thenMember = member(node, 'then');
    if (!thenMember) this.missing(node, path, 'then');
    const then = thenMember ? this.components(thenMember.value, [...path, 'then']) : [];
    const elseMember = member(node, 'else');
    const otherwise = elseMember ? this.components(elseMember.value, [...path, 'else']) : undefined;
    return {
      kind: 'If',
      keyword,
      condition,
      then,
      ...(elseMember ? { else: otherwise ?? [], elseKeyword: innerSpan(elseMember.key) } : {}),
      span: node.span,
    };
  }

  private condition(node: JsonNode, path: JsonPath): A.Expression | undefined {
    if (node.kind !== 'string') {
      if (node.kind === 'boolean') {
        this.cannotWrite(node.span, path, `the condition ${node.value}`, 'an If condition is written as a string in .flow; write "true" or a comparison (a bare boolean condition also breaks Meta\'s validator)');
        return { kind: 'Boolean', value: node.value, span: node.span };
      }
      this.wrongType(node, path, 'a condition string such as "${form.age} >= 18"');
      return undefined;
    }
    const e = conditionExpression(node);
    if (e) return e;
    // A condition .flow cannot read stays as written: a string with that exact text. The checks then say
    // what is wrong with it (Meta would reject it too).
    return literalString(node);
  }

  private switchNode(node: JsonObjectNode, keyword: A.Identifier, path: JsonPath): A.SwitchNode | undefined {
    for (const m of node.members) {
      if (!['type', 'value', 'cases'].includes(m.key.value)) this.notAllowed(m, path, 'a Switch holds type, value and cases');
    }
    const valueMember = member(node, 'value');
    if (!valueMember) {
      this.missing(node, path, 'value');
      return undefined;
    }
    const value = this.value(valueMember.value, [...path, 'value'], {});
    if (!value || value.kind === 'Action' || value.kind === 'ItemList') return undefined;
    const casesMember = member(node, 'cases');
    const cases: A.SwitchCase[] = [];
    if (!casesMember) this.missing(node, path, 'cases');
    else if (casesMember.value.kind !== 'object') this.wrongType(casesMember.value, [...path, 'cases'], 'an object of cases');
    else {
      for (const c of casesMember.value.members) {
        cases.push({
          kind: 'Case',
          key: { kind: 'Identifier', name: c.key.value, span: innerSpan(c.key) },
          members: this.components(c.value, [...path, 'cases', c.key.value]),
          span: c.span,
        });
      }
    }
    return { kind: 'Switch', keyword, value, cases, span: node.span };
  }

  // ── Properties and values ───────────────────────────────────────────────────────────────────────────

  /** `key: value`, a bare flag for `true`, or `key { item list }`. */
  private pushProperty(members: A.Member[], m: JsonMember, path: JsonPath, spec: PropertySpec | undefined): void {
    const key = m.key.value;
    const name: A.Identifier = { kind: 'Identifier', name: key, span: innerSpan(m.key) };
    if (!isPropertyName(key)) {
      this.cannotWrite(name.span, [...path, key], `the property "${key}"`, 'a property in .flow is a name that starts with a small letter or _, and not a keyword');
    }
    if (m.value.kind === 'boolean' && m.value.value) {
      members.push({ kind: 'Property', name, span: m.span });
      return;
    }
    const value = this.value(m.value, [...path, key], { spec });
    if (value) members.push({ kind: 'Property', name, value, span: m.span });
  }

  private value(node: JsonNode, path: JsonPath, how: { spec?: PropertySpec | undefined; literal?: boolean }): A.Value | undefined {
    const { spec, literal } = how;
    switch (node.kind) {
      case 'string': {
        if (literal) return literalString(node);
        if ((spec?.type === 'enum' || spec?.type === 'enum-array') && isBareWord(node.value)) {
          return { kind: 'Name', name: node.value, span: node.span };
        }
        const e = expressionOf(node, false);
        if (!e) {
          this.cannotWrite(node.span, path, 'this backtick expression', 'the .flow lexer cannot read it (a backtick inside, or a \\ at its end)');
          return literalString(node);
        }
        return e;
      }
      case 'number':
        return { kind: 'Number', value: node.value, raw: node.raw, span: node.span };
      case 'boolean':
        return { kind: 'Boolean', value: node.value, span: node.span };
      case 'null':
        this.report('FLOW9003', node.span, { path: formatPath(path), expected: 'a value (null is not allowed in Flow JSON: leave the key out)', found: 'null' }, false);
        return undefined;
      case 'array': {
        if (!literal && spec?.type === 'items' && isItemList(node)) return this.itemList(node, path, spec);
        const elementSpec = spec?.type === 'enum-array' ? spec : undefined;
        const elements: A.Value[] = [];
        node.elements.forEach((e, i) => {
          const v = this.value(e, [...path, i], literal ? { literal } : { spec: elementSpec });
          if (v) elements.push(v);
        });
        return { kind: 'Array', elements, span: node.span };
      }
      case 'object':
        if (!literal && spec?.type === 'action' && isWellFormedAction(node)) return this.action(node, path);
        return this.object(node, path, literal === true);
    }
  }

  private object(node: JsonObjectNode, path: JsonPath, literal: boolean): A.ObjectLiteral {
    const entries: A.ObjectEntry[] = [];
    for (const m of node.members) {
      const value = this.value(m.value, [...path, m.key.value], literal ? { literal } : {});
      if (!value) continue;
      entries.push({
        kind: 'Entry',
        key: { kind: 'Identifier', name: m.key.value, span: innerSpan(m.key) },
        quoted: !isName(m.key.value),
        value,
        span: m.span,
      });
    }
    return { kind: 'Object', entries, span: node.span };
  }

  private action(node: JsonObjectNode, path: JsonPath): A.Action {
    const nameNode = member(node, 'name')!.value as JsonString;
    const next = member(node, 'next')?.value;
    const targetNode = next?.kind === 'object' ? (member(next, 'name')?.value as JsonString | undefined) : undefined;
    const payload = member(node, 'payload')?.value;
    const url = member(node, 'url')?.value;
    return {
      kind: 'Action',
      name: nameNode.value as ActionName,
      keyword: innerSpan(nameNode),
      ...(targetNode ? { target: { kind: 'Identifier', name: targetNode.value, span: innerSpan(targetNode) } } : {}),
      ...(payload?.kind === 'object' ? { payload: this.object(payload, [...path, 'payload'], false) } : {}),
      ...(url?.kind === 'string' ? { url: textString(url)! } : {}),
      span: node.span,
    };
  }

  private itemList(node: JsonArray, path: JsonPath, spec: PropertySpec): A.ItemList {
    const items: A.Item[] = node.elements.map((e, i) => {
      const o = e as JsonObjectNode;
      const id = member(o, 'id')!.value as JsonString;
      const titleNode = member(o, 'title')?.value;
      const title = titleNode?.kind === 'string' ? textString(titleNode) : undefined;
      const members: A.Member[] = [];
      for (const m of o.members) {
        if (m.key.value === 'id' || m.key.value === 'title') continue;
        this.pushProperty(members, m, [...path, i], specNamed(spec.item, m.key.value));
      }
      return {
        kind: 'Item',
        id: { kind: 'Identifier', name: id.value, span: innerSpan(id) },
        idStyle: isBareWord(id.value) ? 'name' : 'string',
        ...(title ? { title } : {}),
        members,
        span: o.span,
      };
    });
    return { kind: 'ItemList', items, span: node.span };
  }

  // ── The routing model ───────────────────────────────────────────────────────────────────────────────

  /**
   * `routes` for the edges of `routing_model` that navigate actions do not already give, in the order
   * that makes the derived model equal the original one; and the `routing_model` setting when the model
   * is written without an endpoint or leaves out screens without routes.
   */
  private routingModel(
    routing: JsonMember | undefined,
    api: JsonMember | undefined,
    file: A.FlowFile,
    drafts: readonly ScreenDraft[],
  ): A.Setting | undefined {
    if (!routing) return undefined;
    const model = routing.value;
    if (model.kind !== 'object') {
      this.wrongType(model, ['routing_model'], 'an object: screen id → list of screen ids');
      return undefined;
    }
    const bound = bind(file, readSettings(undefined).settings);
    const byId = new Map<string, number>();
    drafts.forEach((d, i) => {
      if (!byId.has(d.screen.id.name)) byId.set(d.screen.id.name, i);
      else this.cannotWrite(d.screen.id.span, [...d.path, 'id'], 'a routing model with two screens of one id', 'the routing model is derived per screen');
    });
    const listed = new Set<number>();
    let emptyListed = false;
    for (const m of model.members) {
      const index = byId.get(m.key.value);
      const path: JsonPath = ['routing_model', m.key.value];
      if (index === undefined) {
        this.report('FLOW9009', innerSpan(m.key), { id: m.key.value }, false);
        continue;
      }
      listed.add(index);
      if (m.value.kind !== 'array') {
        this.wrongType(m.value, path, 'a list of screen ids');
        continue;
      }
      const targets: A.Identifier[] = [];
      m.value.elements.forEach((e, i) => {
        if (e.kind !== 'string') this.wrongType(e, [...path, i], 'a screen id');
        else if (targets.some((t) => t.name === e.value)) {
          this.cannotWrite(e.span, [...path, i], `the second "${e.value}"`, 'a screen routes to another once');
        } else targets.push({ kind: 'Identifier', name: e.value, span: innerSpan(e) });
      });
      const draft = drafts[index]!;
      const navigated = routesOf(bound.screens[index]!);
      if (targets.length === 0 && navigated.length === 0) emptyListed = true;
      for (const to of navigated) {
        if (!targets.some((t) => t.name === to)) {
          this.report('FLOW9008', innerSpan(m.key), { from: m.key.value, to }, false);
        }
      }
      // the fewest leading targets written as `routes` so that routes + navigate targets = the list
      const original = targets.map((t) => t.name);
      let k = 0;
      for (; k < targets.length; k++) {
        const derived: string[] = [];
        for (const t of [...original.slice(0, k), ...navigated]) if (!derived.includes(t)) derived.push(t);
        if (derived.join('\n') === original.join('\n')) break;
      }
      if (k > 0) {
        draft.members.splice(draft.routesAt, 0, { kind: 'Routes', targets: targets.slice(0, k), span: m.span });
      }
    }
    // Which screens the model leaves out: with `routing_model "sparse"` the compiler leaves out exactly the
    // screens without routes, otherwise none.
    let leftOutEmpty = false;
    drafts.forEach((d, i) => {
      if (listed.has(i)) return;
      const navigated = routesOf(bound.screens[i]!);
      if (navigated.length === 0) leftOutEmpty = true;
      for (const to of navigated) this.report('FLOW9008', innerSpan(routing.key), { from: d.screen.id.name, to }, false);
    });
    const sparse = leftOutEmpty;
    if (leftOutEmpty && emptyListed) {
      this.cannotWrite(innerSpan(routing.key), ['routing_model'], 'this routing model', 'it lists some screens without routes (with []) and leaves out others; .flow writes either every screen or only the screens with routes (routing_model "sparse")');
    }
    if (!sparse && api) return undefined; // the default of an endpoint flow
    const name: A.Identifier = { kind: 'Identifier', name: 'routing_model', span: innerSpan(routing.key) };
    return sparse
      ? { kind: 'Setting', name, value: { kind: 'String', value: 'sparse', parts: ['sparse'], span: routing.value.span }, span: routing.span }
      : { kind: 'Setting', name, span: routing.span };
  }

  /** Before 4.0 code generation wraps a screen's inputs in a Form: an input outside any Form cannot come back. */
  private formWrappers(flow: ReturnType<typeof bind>): void {
    if (atLeast(this.version, FEATURE_SINCE.optionalForm)) return;
    for (const screen of flow.screens) {
      if (screen.inputs.size === 0 || screen.components.some((c) => c.spec?.type === 'Form')) continue;
      const first = [...screen.inputs.values()][0]![0]!;
      const node = first.node;
      this.report('FLOW9007', node.kind === 'Component' ? node.type.span : node.span, { id: screen.id, version: this.version }, false);
    }
  }
}

const SENSITIVE: PropertySpec = { name: 'sensitive', type: 'enum-array', doc: '' };

/** Meta froze Flow JSON 2.1, 3.0, 3.1 and 4.0 (April 2025) and 5.0 (September 2025): no new publishing. */

function setting(name: string, m: JsonMember, value: A.StringLiteral | undefined): A.Setting {
  return {
    kind: 'Setting',
    name: { kind: 'Identifier', name, span: innerSpan(m.key) },
    ...(value ? { value } : {}),
    span: m.span,
  };
}

/** The `{` of an object: where a diagnostic about the object as a whole points. */
function openBrace(o: JsonNode): Span {
  return { start: o.span.start, end: o.span.start + 1 };
}

// ── Data model schemas ──────────────────────────────────────────────────────────────────────────────────

/** A schema in the order code generation writes one: `type` first, then the rest as written; the same in `items` and each of `properties`. */
export function canonicalSchema(schema: Json): Json {
  if (!(schema instanceof JsonObject)) return schema;
  const o = new JsonObject();
  const type = schema.entries.find(([k]) => k === 'type');
  if (type) o.set('type', type[1]);
  for (const [k, v] of schema.entries) {
    if (k === 'type') continue;
    if (k === 'items') o.set(k, canonicalSchema(v));
    else if (k === 'properties' && v instanceof JsonObject) {
      const props = new JsonObject();
      for (const [pk, pv] of v.entries) props.set(pk, canonicalSchema(pv));
      o.set(k, props);
    } else o.set(k, v);
  }
  return o;
}

function sameJson(a: Json, b: Json): boolean {
  return serialize(a) === serialize(b);
}

/** A written type for a schema that is exactly one (`string`, `[{ id: string }]`), else undefined. */
function typeExpression(schema: Json, span: Span): A.TypeExpression | undefined {
  if (!(schema instanceof JsonObject)) return undefined;
  const keys = schema.entries.map(([k]) => k);
  const type = schema.entries.find(([k]) => k === 'type')?.[1];
  if (typeof type !== 'string' || keys[0] !== 'type') return undefined;
  if (keys.length === 1) {
    return ['string', 'number', 'integer', 'boolean', 'object', 'array'].includes(type) ? { kind: 'PrimitiveType', name: type, span } : undefined;
  }
  if (keys.length !== 2) return undefined;
  const [, inner] = schema.entries[1]!;
  if (type === 'array' && keys[1] === 'items') {
    const element = typeExpression(inner, span);
    return element ? { kind: 'ArrayType', element, span } : undefined;
  }
  if (type === 'object' && keys[1] === 'properties' && inner instanceof JsonObject) {
    const fields: { name: A.Identifier; type: A.TypeExpression }[] = [];
    for (const [k, v] of inner.entries) {
      const t = isName(k) ? typeExpression(v, span) : undefined;
      if (!t) return undefined;
      fields.push({ name: { kind: 'Identifier', name: k, span }, type: t });
    }
    return { kind: 'ObjectType', fields, span };
  }
  return undefined;
}

/** A plain JSON object as a .flow object literal of plain values ("quoted" keys, as a schema is written). */
function literalObject(o: Json, span: Span): A.ObjectLiteral {
  const entries: A.ObjectEntry[] = [];
  if (o instanceof JsonObject) {
    for (const [k, v] of o.entries) {
      entries.push({ kind: 'Entry', key: { kind: 'Identifier', name: k, span }, quoted: true, value: literalValue(v, span), span });
    }
  }
  return { kind: 'Object', entries, span };
}

function literalValue(v: Json, span: Span): A.Value {
  if (v instanceof JsonObject) return literalObject(v, span);
  if (Array.isArray(v)) return { kind: 'Array', elements: v.map((e) => literalValue(e as Json, span)), span };
  if (typeof v === 'string') return { kind: 'String', value: v, parts: [v], span };
  if (typeof v === 'number') return { kind: 'Number', value: v, raw: numberText(v), span };
  if (typeof v === 'boolean') return { kind: 'Boolean', value: v, span };
  return { kind: 'Name', name: 'null', span }; // not reached: nulls are reported before
}

/** A number as .flow writes it (JSON's own text, which the .flow lexer reads: 12, -3.5, 1e+21). */
function numberText(n: number): string {
  return JSON.stringify(n);
}

