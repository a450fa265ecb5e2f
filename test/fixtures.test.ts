// Fixture tests: every directory under test/fixtures/compile and test/fixtures/syntax is one case.
//   input.flow     the source
//   expected.json  the exact Flow JSON text it compiles to (the case must compile without errors), or
//   expected.txt   renderBaseline() of its diagnostics (the source with each diagnostic under its line)
// UPDATE_FIXTURES=1 rewrites the expected files from the current output instead of comparing. Review
// every rewritten expected.json against the spec before accepting it: the fixtures are the evidence
// that the output is valid Flow JSON, not a snapshot of whatever the compiler does today.
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { compile, compareVersions, componentSpec, renderBaseline } from '../compiler/src/index.js';
import { readText } from './support/flow.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = dirname(here);
const update = process.env['UPDATE_FIXTURES'] === '1';

function caseDirs(suite: string): string[] {
  const dir = join(here, 'fixtures', suite);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory())
    .sort()
    .map((name) => join(dir, name));
}

function runCase(dir: string, defaultExpectation: 'json' | 'txt'): void {
  const inputPath = join(dir, 'input.flow');
  const jsonPath = join(dir, 'expected.json');
  const txtPath = join(dir, 'expected.txt');
  const input = readText(inputPath);
  // The relative path with forward slashes, so baselines do not depend on the machine.
  const fileName = relative(root, inputPath).split('\\').join('/');
  const result = compile(input, { fileName });
  const baseline = renderBaseline(result.source, result.diagnostics);
  const errors = result.diagnostics.filter((d) => d.severity === 'error');

  // A compile case expects JSON unless it has an expected.txt (an input that must not compile);
  // a syntax case always expects a baseline.
  const expectsJson = defaultExpectation === 'json' && !existsSync(txtPath);

  if (update) {
    if (!expectsJson) {
      writeFileSync(txtPath, baseline);
      if (existsSync(jsonPath)) rmSync(jsonPath);
      return;
    }
    // Never turn a compile case into an error baseline behind the author's back.
    expect(errors.length === 0 ? '' : baseline, 'compile case has error diagnostics').toBe('');
    writeFileSync(jsonPath, result.json!);
    return;
  }

  if (expectsJson) {
    // A compile case must compile cleanly; show the diagnostics when it does not.
    expect(errors.length === 0 ? '' : baseline, 'compile case has error diagnostics').toBe('');
    expect(existsSync(jsonPath), `missing ${relative(root, jsonPath)} (run with UPDATE_FIXTURES=1)`).toBe(true);
    expect(result.json).toBe(readText(jsonPath));
    // The text is valid JSON and matches the plain data the API returns.
    expect(JSON.parse(result.json!)).toEqual(result.flow);
    // An independent look at the shape of the output (the spec's structural rules).
    expect(structuralProblems(JSON.parse(result.json!))).toEqual([]);
  } else {
    expect(existsSync(txtPath), `missing ${relative(root, txtPath)} (run with UPDATE_FIXTURES=1)`).toBe(true);
    expect(baseline).toBe(readText(txtPath));
    expect(result.json, 'a case with expected.txt must not compile').toBeUndefined();
  }
}

describe('compile fixtures', () => {
  const dirs = caseDirs('compile');
  test('there are compile fixtures', () => expect(dirs.length).toBeGreaterThan(0));
  for (const dir of dirs) {
    test(relative(join(here, 'fixtures'), dir).split('\\').join('/'), () => runCase(dir, 'json'));
  }
});

describe('the structural check of the output', () => {
  test('accepts a minimal valid flow', () => {
    const flow = {
      version: '7.3',
      screens: [{ id: 'A', title: 'A', terminal: true, layout: { type: 'SingleColumnLayout', children: [
        { type: 'Footer', label: 'Done', 'on-click-action': { name: 'complete' } },
      ] } }],
    };
    expect(structuralProblems(flow)).toEqual([]);
  });

  test('reports misplaced keys, bad actions, bindings and version-gated syntax', () => {
    const flow = {
      version: '5.0',
      screens: [{ id: 'A-1', title: 'A', success: true, layout: { type: 'SingleColumnLayout', children: [
        { type: 'TextBody', text: '`${data.a} + 1`', label: 'x' },
        { label: 'Go', type: 'Footer', 'on-click-action': { name: 'navigate', next: { name: 'B' }, url: 'u' } },
        { type: 'TextInput', name: 'n', label: 'N', 'helper-text': '${data.a b}' },
      ] } }],
    };
    expect(structuralProblems(flow)).toEqual([
      'screens[0]: bad screen id',
      'screens[0]: success on a non-terminal screen',
      'screens[0].layout.children[0] TextBody.text: backtick expression before 6.0',
      "screens[0].layout.children[0] TextBody: unexpected key 'label'",
      "screens[0].layout.children[1] Footer: 'type' is not the first key",
      'screens[0].layout.children[1] Footer.on-click-action: navigate needs next {type: "screen", name: <a screen>}',
      "screens[0].layout.children[1] Footer.on-click-action: 'url' on navigate",
      'screens[0].layout.children[2] TextInput.helper-text: malformed binding ${data.a b}',
    ]);
  });
});

describe('syntax fixtures', () => {
  const dirs = caseDirs('syntax');
  test('there are syntax fixtures', () => expect(dirs.length).toBeGreaterThan(0));
  for (const dir of dirs) {
    test(relative(join(here, 'fixtures'), dir).split('\\').join('/'), () => runCase(dir, 'txt'));
  }
});

// ── A structural check of Flow JSON, independent of code generation ──────────────────────────────────
// Not a validator of every rule (the checks do that on the source); it pins down the shapes the spec
// fixes for the output: allowed keys at each level, action objects, bindings, routing_model, the Form
// wrapper before 4.0 and version-gated syntax. Component property names come from the catalogue.

const TOP_KEYS = ['version', 'data_api_version', 'data_channel_uri', 'routing_model', 'screens'];
const SCREEN_KEYS = ['id', 'title', 'terminal', 'success', 'refresh_on_back', 'data', 'sensitive', 'layout'];
const ACTIONS = ['navigate', 'complete', 'data_exchange', 'update_data', 'open_url'];
const INPUTS = ['TextInput', 'TextArea', 'CheckboxGroup', 'RadioButtonsGroup', 'Dropdown', 'DatePicker', 'OptIn', 'PhotoPicker', 'DocumentPicker'];
const BINDING = /^\$\{(screen\.[A-Za-z_]+\.)?(data|form)(\.[\w-]+)+\}$/;
const SCREEN_ID = /^[A-Za-z_]+$/;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function structuralProblems(flow: unknown): string[] {
  const problems: string[] = [];
  const bad = (where: string, what: string): void => {
    problems.push(`${where}: ${what}`);
  };
  if (!isObj(flow)) return ['the Flow JSON is not an object'];
  const version = String(flow['version']);
  const atLeast = (v: string) => compareVersions(version, v) >= 0;
  for (const k of Object.keys(flow)) if (!TOP_KEYS.includes(k)) bad('root', `unexpected key '${k}'`);
  if (typeof flow['version'] !== 'string') bad('root', 'version is not a string');
  if ('data_channel_uri' in flow && atLeast('3.0')) bad('root', 'data_channel_uri from 3.0');
  const screens = flow['screens'];
  if (!Array.isArray(screens) || screens.length === 0) return [...problems, 'root: no screens'];
  const ids = screens.map((s) => (isObj(s) ? String(s['id']) : ''));

  if ('data_api_version' in flow) {
    if (!['3.0', '4.0'].includes(String(flow['data_api_version']))) bad('root', 'bad data_api_version');
    const model = flow['routing_model'];
    if (!isObj(model)) bad('root', 'data_api_version without routing_model');
    else {
      if (JSON.stringify(Object.keys(model)) !== JSON.stringify(ids)) bad('routing_model', 'keys are not the screens in order');
      for (const [from, to] of Object.entries(model)) {
        if (!Array.isArray(to)) bad(`routing_model.${from}`, 'not an array');
        else for (const t of to) if (!ids.includes(String(t)) || t === from) bad(`routing_model.${from}`, `bad route to '${t}'`);
      }
    }
  } else if ('routing_model' in flow) bad('root', 'routing_model without data_api_version');

  const checkString = (where: string, v: unknown) => {
    if (typeof v !== 'string') return;
    if (v.startsWith('${') && !BINDING.test(v)) bad(where, `malformed binding ${v}`);
    if (v.startsWith('${screen.') && !atLeast('4.0')) bad(where, 'global reference before 4.0');
    if (v.startsWith('`')) {
      if (!v.endsWith('`') || v.length < 2) bad(where, `unclosed backtick expression ${v}`);
      if (!atLeast('6.0')) bad(where, 'backtick expression before 6.0');
    }
  };
  const checkValue = (where: string, v: unknown): void => {
    if (v === null || v === undefined) bad(where, 'null value');
    else if (typeof v === 'string') checkString(where, v);
    else if (Array.isArray(v)) v.forEach((e, i) => checkValue(`${where}[${i}]`, e));
    else if (isObj(v)) for (const [k, e] of Object.entries(v)) checkValue(`${where}.${k}`, e);
  };
  const checkAction = (where: string, a: unknown) => {
    if (!isObj(a)) return bad(where, 'action is not an object');
    const name = String(a['name']);
    if (!ACTIONS.includes(name)) bad(where, `unknown action '${name}'`);
    for (const k of Object.keys(a)) if (!['name', 'next', 'payload', 'url'].includes(k)) bad(where, `unexpected key '${k}'`);
    if (name === 'navigate') {
      const next = a['next'];
      if (!isObj(next) || next['type'] !== 'screen' || Object.keys(next).length !== 2 || !ids.includes(String(next['name']))) {
        bad(where, 'navigate needs next {type: "screen", name: <a screen>}');
      }
    } else if ('next' in a) bad(where, `'next' on ${name}`);
    if (name === 'open_url') {
      if (typeof a['url'] !== 'string') bad(where, 'open_url without url');
      if ('payload' in a) bad(where, 'open_url with a payload');
    } else if ('url' in a) bad(where, `'url' on ${name}`);
    if ('payload' in a && !isObj(a['payload'])) bad(where, 'payload is not an object');
    if (['navigate', 'update_data', 'open_url'].includes(name) && !atLeast(name === 'navigate' ? '2.1' : '6.0')) {
      bad(where, `${name} before 6.0`);
    }
    if ('payload' in a) checkValue(`${where}.payload`, a['payload']);
  };
  const checkComponents = (where: string, list: unknown, inForm: boolean): void => {
    if (!Array.isArray(list)) return bad(where, 'not a list of components');
    list.forEach((c, i) => checkComponent(`${where}[${i}]`, c, inForm));
  };
  const checkComponent = (where: string, c: unknown, inForm: boolean): void => {
    if (!isObj(c)) return bad(where, 'component is not an object');
    const type = String(c['type']);
    const spec = componentSpec(type);
    if (!spec) return bad(where, `unknown component type '${type}'`);
    where = `${where} ${type}`;
    if (compareVersions(version, spec.since) < 0) bad(where, `${type} needs ${spec.since}`);
    if (INPUTS.includes(type) && !inForm && !atLeast('4.0')) bad(where, 'input outside a Form before 4.0');
    const keys = Object.keys(c);
    if (keys[0] !== 'type') bad(where, "'type' is not the first key");
    if (spec.named && keys[1] !== 'name') bad(where, "'name' does not follow 'type'");
    const structural =
      type === 'If' ? ['condition', 'then', 'else'] : type === 'Switch' ? ['value', 'cases'] : type === 'Form' ? ['children'] : [];
    const propertyOrder = spec.properties.map((p) => p.name);
    let last = -1;
    for (const k of keys.filter((key) => key !== 'type' && !(spec.named && key === 'name'))) {
      const index = propertyOrder.indexOf(k);
      if (structural.includes(k)) continue;
      if (index < 0) bad(where, `unexpected key '${k}'`);
      else if (index < last) bad(where, `'${k}' is out of the catalogue's order`);
      else last = index;
      const prop = spec.properties[index];
      if (prop?.type === 'action') checkAction(`${where}.${k}`, c[k]);
      else if (prop?.type === 'items' && Array.isArray(c[k])) {
        (c[k] as unknown[]).forEach((item, j) => {
          if (!isObj(item)) return bad(`${where}.${k}[${j}]`, 'item is not an object');
          const allowed = prop.item?.map((p) => p.name) ?? [];
          for (const [ik, iv] of Object.entries(item)) {
            if (!allowed.includes(ik)) bad(`${where}.${k}[${j}]`, `unexpected item key '${ik}'`);
            else if (prop.item?.find((p) => p.name === ik)?.type === 'action') checkAction(`${where}.${k}[${j}].${ik}`, iv);
            else checkValue(`${where}.${k}[${j}].${ik}`, iv);
          }
          if (allowed.includes('id') && typeof item['id'] !== 'string') bad(`${where}.${k}[${j}]`, 'id is not a string');
        });
      } else checkValue(`${where}.${k}`, c[k]);
    }
    if (type === 'If') {
      if (typeof c['condition'] !== 'string') bad(where, 'condition is not a string');
      else if (c['condition'].startsWith('`') && !atLeast('6.0')) bad(where, 'backtick condition before 6.0');
      if (!Array.isArray(c['then']) || c['then'].length === 0) bad(where, 'empty then');
      checkComponents(`${where}.then`, c['then'], inForm);
      if ('else' in c) checkComponents(`${where}.else`, c['else'], inForm);
    } else if (type === 'Switch') {
      checkString(`${where}.value`, c['value']);
      const cases = c['cases'];
      if (!isObj(cases) || Object.keys(cases).length === 0) bad(where, 'no cases');
      else for (const [key, list] of Object.entries(cases)) {
        if (!/^[a-zA-Z][a-zA-Z0-9-_]*$/.test(key)) bad(where, `bad case key '${key}'`);
        checkComponents(`${where}.cases.${key}`, list, inForm);
      }
    } else if (type === 'Form') {
      if (typeof c['name'] !== 'string' || c['name'] === '') bad(where, 'Form without a name');
      checkComponents(`${where}.children`, c['children'], true);
    }
  };

  screens.forEach((s, i) => {
    const where = `screens[${i}]`;
    if (!isObj(s)) return bad(where, 'screen is not an object');
    const keys = Object.keys(s);
    for (const k of keys) if (!SCREEN_KEYS.includes(k)) bad(where, `unexpected key '${k}'`);
    const order = keys.map((k) => SCREEN_KEYS.indexOf(k));
    if (order.some((x, j) => j > 0 && x < order[j - 1]!)) bad(where, 'keys out of canonical order');
    if (typeof s['id'] !== 'string' || !SCREEN_ID.test(s['id']) || s['id'] === 'success') bad(where, 'bad screen id');
    if (typeof s['title'] !== 'string') bad(where, 'no title');
    checkString(`${where}.title`, s['title']);
    for (const flag of ['terminal', 'success', 'refresh_on_back']) {
      if (flag in s && typeof s[flag] !== 'boolean') bad(where, `${flag} is not a boolean`);
    }
    if ('success' in s && s['terminal'] !== true) bad(where, 'success on a non-terminal screen');
    if ('sensitive' in s && (!Array.isArray(s['sensitive']) || !atLeast('5.1'))) bad(where, 'bad sensitive');
    if ('data' in s) {
      if (!isObj(s['data'])) bad(where, 'data is not an object');
      else for (const [name, decl] of Object.entries(s['data'])) {
        if (!isObj(decl) || typeof decl['type'] !== 'string' || !('__example__' in decl)) {
          bad(`${where}.data.${name}`, 'needs type and __example__');
        } else if (decl['type'] === 'array' && !('items' in decl)) bad(`${where}.data.${name}`, 'array without items');
      }
    }
    const layout = s['layout'];
    if (!isObj(layout) || layout['type'] !== 'SingleColumnLayout' || Object.keys(layout).length !== 2) {
      bad(where, 'layout is not {type: SingleColumnLayout, children}');
    } else checkComponents(`${where}.layout.children`, layout['children'], false);
  });
  return problems;
}
