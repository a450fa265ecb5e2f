// flowc validate on broken Flow JSON: a valid Flow of the corpus (Meta's "purchase intent" getting-started
// template) broken the ways Meta's validator catches, one way at a time. Each break must be reported with
// the expected code and Meta code, at the right place in the JSON text: inside the JSON node the break
// touched, on exactly the text shown.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { importFlowJson, validateFlowJson, type Diagnostic } from '../compiler/src/index.js';
import { nodeAt, parseJson, type JsonPath } from '../compiler/src/import/json.js';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const FILE = join(root, '..', 'shared', 'corpus', 'eudresfs-docs-gettingstarted-purchase-intent.json');
const available = existsSync(FILE);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Flow = any;
const base: Flow = available ? JSON.parse(readFileSync(FILE, 'utf8')) : {};
/** The Form of JOIN_NOW: [TextSubheading, TextInput name, TextInput email, OptIn tos_optin, OptIn marketing_optin, Footer]. */
const joinForm = (f: Flow) => f.screens[0].layout.children[0].children;
/** The Form of CATEGORIES (terminal): [TextSubheading, CheckboxGroup categories, Footer]. */
const categoriesForm = (f: Flow) => f.screens[1].layout.children[0].children;
const FORM0: JsonPath = ['screens', 0, 'layout', 'children', 0, 'children'];
const FORM1: JsonPath = ['screens', 1, 'layout', 'children', 0, 'children'];

interface Mutation {
  readonly name: string;
  readonly mutate: (f: Flow) => void;
  readonly code: string;
  readonly meta: string;
  /** The JSON node the diagnostic must lie in. */
  readonly at: JsonPath;
  /** The text the diagnostic's span covers. */
  readonly text: string;
}

const MUTATIONS: readonly Mutation[] = [
  {
    name: 'a duplicate screen id',
    mutate: (f) => (f.screens[2].id = 'CATEGORIES'),
    code: 'FLOW2001',
    meta: 'DUPLICATE_SCREEN_IDS',
    at: ['screens', 2, 'id'],
    text: 'CATEGORIES',
  },
  {
    name: 'navigate to a missing screen',
    mutate: (f) => (joinForm(f)[5]['on-click-action'].next.name = 'CATEGORY'),
    code: 'FLOW2002',
    meta: 'INVALID_NAVIGATE_ACTION_NEXT_SCREEN_NAME',
    at: [...FORM0, 5, 'on-click-action', 'next', 'name'],
    text: 'CATEGORY',
  },
  {
    name: 'a cycle: CATEGORIES navigates back to JOIN_NOW',
    mutate: (f) =>
      categoriesForm(f).splice(2, 0, {
        type: 'EmbeddedLink',
        text: 'Start over',
        'on-click-action': { name: 'navigate', next: { type: 'screen', name: 'JOIN_NOW' }, payload: {} },
      }),
    code: 'FLOW4011',
    meta: 'INVALID_ROUTING_MODEL',
    at: [...FORM1, 2, 'on-click-action', 'next', 'name'],
    text: 'JOIN_NOW',
  },
  {
    name: 'a loop: a screen navigates to itself',
    mutate: (f) => (joinForm(f)[3]['on-click-action'].next.name = 'JOIN_NOW'),
    code: 'FLOW4010',
    meta: 'INVALID_NAVIGATE_ACTION_NEXT_SCREEN_NAME',
    at: [...FORM0, 3, 'on-click-action', 'next', 'name'],
    text: 'JOIN_NOW',
  },
  {
    name: 'a terminal screen without a Footer',
    mutate: (f) => categoriesForm(f).pop(),
    code: 'FLOW4021',
    meta: 'MISSING_FOOTER_ON_TERMINAL_SCREEN',
    at: ['screens', 1, 'id'],
    text: 'CATEGORIES',
  },
  {
    name: 'a 9th screen',
    mutate: (f) => {
      for (const id of ['EXTRA_A', 'EXTRA_B', 'EXTRA_C', 'EXTRA_D', 'EXTRA_E', 'EXTRA_F']) f.screens.push({ ...structuredClone(f.screens[2]), id });
    },
    code: 'FLOW6001',
    meta: 'MAX_SCREENS_NUMBER',
    at: ['screens', 8, 'id'],
    text: 'EXTRA_F',
  },
  {
    name: 'a 31st component',
    mutate: (f) => {
      for (let i = 0; i < 26; i++) f.screens[2].layout.children.push({ type: 'TextBody', text: `Clause ${i + 1}` });
    },
    code: 'FLOW6002',
    meta: 'MAX_ALLOWED_COMPONENTS_PER_SCREEN',
    at: ['screens', 2, 'layout', 'children', 30, 'type'],
    text: 'TextBody',
  },
  {
    name: 'an undeclared ${data.x}',
    mutate: (f) => (categoriesForm(f)[0].text = 'Hi ${data.nickname}, pick what you like'.replace(/^Hi (\$\{[^}]+\}).*$/, '$1')),
    code: 'FLOW2003',
    meta: 'INVALID_SCREEN_DYNAMIC_DATA',
    at: [...FORM1, 0, 'text'],
    text: 'nickname',
  },
  {
    name: "a payload key missing from the next screen's data model",
    mutate: (f) => (joinForm(f)[5]['on-click-action'].payload.phone = '${form.email}'),
    code: 'FLOW4031',
    meta: 'INVALID_NAVIGATE_ACTION_PAYLOAD',
    at: [...FORM0, 5, 'on-click-action', 'payload'],
    text: 'phone',
  },
  {
    name: "a field of the next screen's data model missing from the payload",
    mutate: (f) => delete joinForm(f)[5]['on-click-action'].payload.email,
    code: 'FLOW4030',
    meta: 'INVALID_NAVIGATE_ACTION_PAYLOAD',
    at: [...FORM0, 5, 'on-click-action', 'payload'],
    text: '{\n                    "name": "${form.name}",\n                    "tos_optin": "${form.tos_optin}",\n                    "marketing_optin": "${form.marketing_optin}"\n                  }',
  },
  {
    name: 'a wrong enum value',
    mutate: (f) => (joinForm(f)[2]['input-type'] = 'emial'),
    code: 'FLOW3002',
    meta: 'INVALID_ENUM_VALUE',
    at: [...FORM0, 2, 'input-type'],
    text: '"emial"',
  },
  {
    name: 'complete on a screen that is not terminal',
    mutate: (f) => (joinForm(f)[5]['on-click-action'] = { name: 'complete', payload: {} }),
    code: 'FLOW4023',
    meta: 'INVALID_COMPLETE_ACTION',
    at: [...FORM0, 5, 'on-click-action', 'name'],
    text: 'complete',
  },
  {
    name: 'data_exchange without data_api_version',
    mutate: (f) => (joinForm(f)[5]['on-click-action'] = { name: 'data_exchange', payload: {} }),
    code: 'FLOW4002',
    meta: 'MISSING_REQUIRED_PROPERTY',
    at: [...FORM0, 5, 'on-click-action', 'name'],
    text: 'data_exchange',
  },
  {
    name: 'an unknown component',
    mutate: (f) => (joinForm(f)[0].type = 'TextSubheadline'),
    code: 'FLOW5001',
    meta: 'INVALID_PROPERTY_VALUE',
    at: [...FORM0, 0, 'type'],
    text: 'TextSubheadline',
  },
  {
    name: 'an unknown property',
    mutate: (f) => {
      const input = joinForm(f)[1];
      input.lable = input.label;
      delete input.label;
    },
    code: 'FLOW5002',
    meta: 'INVALID_PROPERTY_KEY',
    at: [...FORM0, 1],
    text: 'lable',
  },
  {
    name: 'a reserved screen id',
    mutate: (f) => {
      f.screens[2].id = 'success';
      joinForm(f)[3]['on-click-action'].next.name = 'success';
    },
    code: 'FLOW2008',
    meta: 'SCREEN_ID_IS_RESERVED_KEYWORD',
    at: ['screens', 2, 'id'],
    text: 'success',
  },
  {
    name: 'a screen id with a digit',
    mutate: (f) => {
      f.screens[2].id = 'TERMS_2';
      joinForm(f)[3]['on-click-action'].next.name = 'TERMS_2';
    },
    code: 'FLOW2007',
    meta: 'PATTERN_MISMATCH',
    at: ['screens', 2, 'id'],
    text: 'TERMS_2',
  },
  {
    name: 'two Footers on a screen',
    mutate: (f) => categoriesForm(f).push(structuredClone(categoriesForm(f).at(-1))),
    code: 'FLOW6003',
    meta: 'COMPONENT_TYPE_MAX_NUMBER_PER_SCREEN',
    at: [...FORM1, 3, 'type'],
    text: 'Footer',
  },
  {
    name: 'two inputs of one name',
    mutate: (f) => (joinForm(f)[2].name = 'name'),
    code: 'FLOW2009',
    meta: 'DUPLICATE_FORM_COMPONENT_NAMES',
    at: [...FORM0, 2, 'name'],
    text: 'name',
  },
  {
    name: 'an example that does not fit its type',
    mutate: (f) => (f.screens[1].data.tos_optin.__example__ = 'yes'),
    code: 'FLOW3005',
    meta: 'INVALID_SCREEN_DATA',
    at: ['screens', 1, 'data', 'tos_optin', '__example__'],
    text: '"yes"',
  },
  {
    name: 'a Switch without cases',
    mutate: (f) => f.screens[2].layout.children.push({ type: 'Switch', value: '${screen.JOIN_NOW.form.name}', cases: {} }),
    code: 'FLOW5049',
    meta: 'EMPTY_SWITCH_CASES',
    at: ['screens', 2, 'layout', 'children', 5, 'type'],
    text: 'Switch',
  },
  {
    name: 'an unknown top-level key',
    mutate: (f) => (f.name = 'purchase_intent'),
    code: 'FLOW9005',
    meta: 'INVALID_PROPERTY_KEY',
    at: [],
    text: 'name',
  },
  {
    name: 'a null value',
    mutate: (f) => (joinForm(f)[1]['helper-text'] = null),
    code: 'FLOW9003',
    meta: 'INVALID_PROPERTY_TYPE',
    at: [...FORM0, 1, 'helper-text'],
    text: 'null',
  },
  {
    name: 'a route missing from the routing model',
    mutate: (f) => {
      f.data_api_version = '3.0';
      f.routing_model = { JOIN_NOW: ['CATEGORIES'], CATEGORIES: [], TERMS_AND_CONDITIONS: [] };
    },
    code: 'FLOW9008',
    meta: 'INVALID_ROUTING_MODEL',
    at: ['routing_model'],
    text: 'JOIN_NOW',
  },
];

function validate(text: string): Diagnostic[] {
  return validateFlowJson(text, { fileName: 'purchase-intent.json' }).diagnostics as Diagnostic[];
}

describe.skipIf(!available)('validate: a corpus Flow broken the ways Meta catches', () => {
  test('the unbroken Flow has no error', () => {
    expect(validate(JSON.stringify(base, null, 2)).filter((d) => d.severity === 'error')).toEqual([]);
  });

  test.each(MUTATIONS.map((m) => [m.name, m] as const))('%s', (_name, m) => {
    const flow = structuredClone(base);
    m.mutate(flow);
    const text = JSON.stringify(flow, null, 2);
    const found = validate(text).filter((d) => d.code === m.code);
    expect(found.length, `${m.code} reported`).toBeGreaterThan(0);
    const node = nodeAt(parseJson(text).value!, m.at).span;
    const d = found.find((x) => x.span.start >= node.start && x.span.end <= node.end);
    expect(d, `${m.code} inside ${JSON.stringify(m.at)}, at ${found.map((x) => x.span.start)} (node ${node.start}–${node.end})`).toBeDefined();
    expect(d!.meta).toBe(m.meta);
    expect(text.slice(d!.span.start, d!.span.end)).toBe(m.text);
  });

  test('malformed JSON: FLOW9001 at the first error, with its line and column', () => {
    const text = JSON.stringify(base, null, 2).replace('"version": "7.3",', '"version": "7.3"');
    const [d, ...rest] = validate(text);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: 'FLOW9001', meta: 'INVALID_FLOW_JSON', severity: 'error' });
    expect(d!.message).toBe(`not valid JSON: expected ',' or '}', found '"'`);
    // the error is where the comma is missing: at the next key, line 3 column 3
    expect(text.slice(0, d!.span.start).split('\n')).toHaveLength(3);
    expect(text.slice(d!.span.start, d!.span.start + 9)).toBe('"screens"');
  });

  test("--limits meta: a 9th screen is within Meta's limits; import writes limits \"meta\"", () => {
    const flow = structuredClone(base);
    MUTATIONS.find((m) => m.code === 'FLOW6001')!.mutate(flow);
    const text = JSON.stringify(flow, null, 2);
    expect(validateFlowJson(text, { limits: 'meta' }).diagnostics.map((d) => d.code)).not.toContain('FLOW6001');
    const imported = importFlowJson(text);
    expect(imported.text).toMatch(/^flow \{ version "7\.3", limits "meta" \}/);
    expect(imported.diagnostics.map((d) => d.code)).not.toContain('FLOW6001');
  });
});
