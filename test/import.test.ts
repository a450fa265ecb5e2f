// importFlowJson and validateFlowJson on small Flow JSON files, one mapping at a time: which .flow each
// construct becomes, that building it gives the Flow JSON back, and what cannot be written.
import { describe, expect, test } from 'vitest';
import { compile, importFlowJson, validateFlowJson } from '../compiler/src/index.js';
import { canonicalFlowJson } from '../compiler/src/import/canonical.js';
import { serialize } from '../compiler/src/codegen/json.js';
import { parseJson } from '../compiler/src/import/json.js';

/** A Flow JSON text of these screens (objects), with the header keys given. */
function flowJson(screens: unknown[], header: Record<string, unknown> = {}): string {
  return JSON.stringify({ version: '7.3', ...header, screens }, null, 2);
}

function screen(id: string, children: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { id, title: id.toLowerCase(), ...extra, layout: { type: 'SingleColumnLayout', children } };
}

const done = (payload?: Record<string, unknown>) => ({
  type: 'Footer',
  label: 'Done',
  'on-click-action': payload === undefined ? { name: 'complete' } : { name: 'complete', payload },
});
const go = (to: string, payload?: Record<string, unknown>) => ({
  type: 'Footer',
  label: 'Next',
  'on-click-action': { name: 'navigate', next: { type: 'screen', name: to }, ...(payload ? { payload } : {}) },
});

/** Imports, checks there is a text, and that building it gives the JSON back (canonical order). */
function roundTrip(json: string): string {
  const result = importFlowJson(json);
  expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.message}`)).toEqual([]);
  expect(result.text).toBeDefined();
  const built = compile(result.text!);
  expect(built.json).toBe(`${serialize(canonicalFlowJson(parseJson(json).value!))}\n`);
  return result.text!;
}

/** The screens of an imported text, without the header. */
function body(text: string): string {
  return text.replace(/^flow[^\n]*\n\n/, '');
}

describe('importFlowJson: what each construct becomes', () => {
  test('the header: version, endpoint, the name given', () => {
    const json = flowJson([screen('DONE', [done()], { terminal: true })], { data_api_version: '3.0', routing_model: { DONE: [] } });
    expect(roundTrip(json).split('\n')[0]).toBe('flow { version "7.3", endpoint }');
    expect(importFlowJson(json, { name: 'booking' }).text!.split('\n')[0]).toBe('flow booking { version "7.3", endpoint }');
    expect(importFlowJson(json, { name: '2-bad name' }).text!.split('\n')[0]).toBe('flow { version "7.3", endpoint }');
  });

  test('components: name, main text and -> action; true is a flag; enum values are bare words', () => {
    const json = flowJson([
      screen(
        'SIGN_UP',
        [
          { type: 'TextInput', name: 'email', label: 'Email', 'input-type': 'email', required: true, 'helper-text': 'We never share it' },
          { type: 'OptIn', name: 'news', label: 'Send me news', required: false, 'on-click-action': { name: 'open_url', url: 'https://example.com' } },
          done({ email: '${form.email}', news: '${form.news}' }),
        ],
        { terminal: true },
      ),
    ]);
    expect(body(roundTrip(json))).toBe(`screen SIGN_UP "sign_up" {
  terminal
  TextInput email "Email" {
    input-type: email
    required
    helper-text: "We never share it"
  }
  OptIn news "Send me news" {
    required: false
  } -> open_url "https://example.com"
  Footer "Done" -> complete { email: form.email, news: form.news }
}
`);
  });

  test('complete without a payload and with an empty one stay apart', () => {
    const text = roundTrip(flowJson([screen('A', [{ type: 'EmbeddedLink', text: 'x', 'on-click-action': { name: 'navigate', next: { type: 'screen', name: 'B' }, payload: {} } }, go('B')]), screen('B', [done({})], { terminal: true })]));
    expect(text).toContain('EmbeddedLink "x" -> navigate B {}');
    expect(text).toContain('Footer "Next" -> navigate B\n');
    expect(text).toContain('Footer "Done" -> complete {}');
  });

  test('strings: escapes, a literal ${, interpolation and expressions that render back, backticks kept otherwise', () => {
    const json = flowJson([
      screen(
        'SHOW',
        [
          { type: 'TextHeading', text: 'Say "hi"\\n' },
          { type: 'TextBody', text: "`'Hi ' ${data.name} '!'`" },
          { type: 'TextBody', text: "` 'Hi ' ${data.name}`" },
          { type: 'TextCaption', text: '${data.name}', visible: '`${data.n} > 2`' },
          { type: 'TextCaption', text: 'x', visible: '`(${data.n} > 2)`' },
          done(),
        ],
        { terminal: true, data: { name: { type: 'string', __example__: 'Jo ${x}' }, n: { type: 'number', __example__: 3 } } },
      ),
    ], { version: '6.0' });
    expect(body(roundTrip(json))).toBe(`screen SHOW "show" {
  terminal
  data {
    name = "Jo \\\${x}"
    n = 3
  }
  TextHeading "Say \\"hi\\"\\\\n"
  TextBody "Hi \${data.name}!"
  TextBody \` 'Hi ' \${data.name}\`
  TextCaption "\${data.name}" { visible: data.n > 2 }
  TextCaption "x" { visible: \`(\${data.n} > 2)\` }
  Footer "Done" -> complete
}
`);
  });

  test('data: types only where the example does not give them; schema for the rest', () => {
    const json = flowJson([
      screen('DATA', [{ type: 'TextBody', text: '${data.a}' }, done()], {
        terminal: true,
        data: {
          a: { type: 'string', __example__: 'x' },
          b: { __example__: [{ id: '1', title: 'One' }], type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, title: { type: 'string' } } } },
          c: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' } } }, __example__: [] },
          d: { type: 'integer', __example__: 2 },
          e: { type: 'string', enum: ['x', 'y'], __example__: 'x' },
          f: { type: 'object', __example__: { k: 1 } },
        },
      }),
    ]);
    const text = roundTrip(json);
    expect(text).toContain(`  data {
    a = "x"
    b = [{ id: "1", title: "One" }]
    c: [{ id: string }] = []
    d: integer = 2
    e: schema { "type": "string", "enum": ["x", "y"] } = "x"
    f: object = { k: 1 }
  }`);
  });

  test('data-source: an item list where it compiles to the same objects, else a literal list', () => {
    const json = flowJson([
      screen(
        'PICK',
        [
          {
            type: 'RadioButtonsGroup',
            name: 'plan',
            label: 'Plan',
            'data-source': [
              { title: 'Basic', id: 'basic' },
              { id: 'fibre-500', title: 'Fibre', description: 'Fast', enabled: true },
              { id: 'case', title: 'Keyword' },
            ],
          },
          { type: 'Dropdown', name: 'size', label: 'Size', 'data-source': [{ id: 1, title: 'One' }] },
          done({ plan: '${form.plan}', size: '${form.size}' }),
        ],
        { terminal: true },
      ),
    ]);
    const text = roundTrip(json.replace('"id": 1,', '"id": "1",'));
    expect(text).toContain(`    data-source {
      basic "Basic"
      fibre-500 "Fibre" { description: "Fast", enabled }
      "case" "Keyword"
    }`);
    expect(text).toContain('data-source {\n      "1" "One"\n    }');
    // a number id is not an item list's (which writes ids as strings): a literal list, reported by the checks
    const numeric = importFlowJson(json);
    expect(numeric.text).toContain('data-source: [{ id: 1, title: "One" }]');
    expect(numeric.diagnostics.map((d) => d.code)).toContain('FLOW3001');
  });

  test('If conditions in .flow syntax (redundant parentheses dropped), Switch, Form', () => {
    const json = flowJson(
      [
        screen(
          'FORM',
          [
            {
              type: 'Form',
              name: 'details',
              'init-values': { pet: 'cat' },
              children: [
                { type: 'TextInput', name: 'pet', label: 'Pet' },
                { type: 'If', condition: "(${form.pet} == 'cat')", then: [{ type: 'TextBody', text: 'Meow' }], else: [] },
                { type: 'Switch', value: '${form.pet}', cases: { dog: [{ type: 'TextBody', text: 'Woof' }], 'big-cat': [{ type: 'TextBody', text: 'Roar' }] } },
                done({ pet: '${form.pet}' }),
              ],
            },
          ],
          { terminal: true },
        ),
      ],
      { version: '4.0' },
    );
    const result = importFlowJson(json);
    expect(body(result.text!)).toBe(`screen FORM "form" {
  terminal
  Form details {
    init-values: { pet: "cat" }

    TextInput pet "Pet"
    If form.pet == "cat" {
      TextBody "Meow"
    } else {}
    Switch form.pet {
      case dog { TextBody "Woof" }
      case big-cat { TextBody "Roar" }
    }
    Footer "Done" -> complete { pet: form.pet }
  }
}
`.replace('\n\n    TextInput', '\n    TextInput'));
    const built = JSON.parse(compile(result.text!).json!);
    expect(built.screens[0].layout.children[0].children[1].condition).toBe("${form.pet} == 'cat'");
  });

  test('routing model: routes only for what navigate actions do not give, in the order of the original', () => {
    const json = (routes: string[]) => flowJson(
      [
        screen('A', [{ type: 'EmbeddedLink', text: 'How', 'on-click-action': { name: 'navigate', next: { type: 'screen', name: 'HOW' } } }, { type: 'Footer', label: 'Go', 'on-click-action': { name: 'data_exchange', payload: {} } }]),
        screen('HOW', [done()], { terminal: true }),
        screen('OK', [done()], { terminal: true }),
        screen('NO', [done()], { terminal: true, success: false }),
      ],
      { data_api_version: '3.0', routing_model: { A: routes, HOW: [], OK: [], NO: [] } },
    );
    expect(roundTrip(json(['OK', 'NO', 'HOW']))).toContain('screen A "a" {\n  routes OK, NO\n');
    // the navigate target first: every target in routes, in the original order
    expect(roundTrip(json(['HOW', 'OK', 'NO']))).toContain('screen A "a" {\n  routes HOW, OK, NO\n');
    expect(roundTrip(json(['OK', 'HOW', 'NO']))).toContain('screen A "a" {\n  routes OK, HOW, NO\n');
  });

  test('routing model without an endpoint, or leaving out screens without routes: the routing_model setting', () => {
    const screens = [screen('A', [go('B')]), screen('B', [done()], { terminal: true })];
    expect(roundTrip(flowJson(screens, { routing_model: { A: ['B'], B: [] } })).split('\n')[0]).toBe('flow { version "7.3", routing_model }');
    expect(roundTrip(flowJson(screens, { routing_model: { A: ['B'] } })).split('\n')[0]).toBe('flow { version "7.3", routing_model "sparse" }');
    expect(roundTrip(flowJson(screens, { data_api_version: '3.0', routing_model: { A: ['B'] } })).split('\n')[0]).toBe(
      'flow { version "7.3", endpoint, routing_model "sparse" }',
    );
  });

  test('a Flow beyond the default limits gets limits "meta"; validate keeps the limits in force', () => {
    const ids = 'ABCDEFGHI'.split('').map((c) => `S_${c}`);
    const json = flowJson(ids.map((id, i) => (i < ids.length - 1 ? screen(id, [go(ids[i + 1]!)]) : screen(id, [done()], { terminal: true }))));
    expect(roundTrip(json).split('\n')[0]).toBe('flow { version "7.3", limits "meta" }');
    expect(validateFlowJson(json).diagnostics.map((d) => d.code)).toContain('FLOW6001');
    expect(validateFlowJson(json, { limits: 'meta' }).diagnostics.map((d) => d.code)).not.toContain('FLOW6001');
  });

  test('an action that is not one .flow writes stays an object, for the checks to report', () => {
    const json = flowJson([screen('A', [{ type: 'Footer', label: 'Go', 'on-click-action': { name: 'navigate', next: { type: 'screen', name: 'A', extra: 1 } } }], { terminal: true })]);
    const result = importFlowJson(json);
    expect(result.text).toContain('Footer "Go" {\n    on-click-action: {\n      name: "navigate"\n      next: { type: "screen", name: "A", extra: 1 }');
    expect(result.diagnostics.map((d) => d.code)).toContain('FLOW4004');
  });
});

describe('importFlowJson: a Flow that breaks the rules is imported with its diagnostics', () => {
  test('check errors keep the text, with positions in the JSON', () => {
    const json = flowJson([screen('A', [{ type: 'TextBody', text: '${data.missing}' }, done()], { terminal: true })]);
    const result = importFlowJson(json, { fileName: 'a.json' });
    expect(result.text).toContain('TextBody "${data.missing}"');
    const d = result.diagnostics.find((x) => x.code === 'FLOW2003')!;
    expect(json.slice(d.span.start, d.span.end)).toBe('missing');
    expect(result.source.fileName).toBe('a.json');
  });

  test('what Meta rejects and .flow cannot spell is corrected, and reported', () => {
    const json = flowJson([screen('A', [{ type: 'TextBody', text: 'x', 'font-weight': null }, done()], { terminal: true })], { comment: 'x' });
    const result = importFlowJson(json);
    expect(result.diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['FLOW9003', 'FLOW9005']));
    expect(result.text).toContain('TextBody "x"\n');
    expect(result.text).not.toContain('comment');
  });

  test('what .flow cannot write: FLOW9006 naming the JSON path, and no text', () => {
    const cases: [unknown, string][] = [
      // a name that is no .flow word is written "quoted" before a text string; a Form has none
      [JSON.parse(flowJson([screen('A', [{ type: 'Form', name: 'my form', children: [done()] }], { terminal: true })])), 'screens[0].layout.children[0].name'],
      [JSON.parse(flowJson([screen('1ST', [done()], { terminal: true })])), 'screens[0].id'],
      [{ ...JSON.parse(flowJson([screen('A', [done()], { terminal: true })], { version: '5.1' })), meta: { lead_gen_ai: true } }, 'meta'],
      [JSON.parse(flowJson([screen('A', [done()], { terminal: true, data: { 'a b': { type: 'string', __example__: 'x' } } })])), 'screens[0].data["a b"]'],
    ];
    for (const [flow, path] of cases) {
      const result = importFlowJson(JSON.stringify(flow, null, 2));
      expect(result.text, path).toBeUndefined();
      expect(result.diagnostics.find((d) => d.code === 'FLOW9006')?.message, path).toMatch(new RegExp(`^${path.replace(/[[\].]/g, '\\$&')}: `));
      // validate does not report a limit of .flow
      expect(validateFlowJson(JSON.stringify(flow)).diagnostics.map((d) => d.code)).not.toContain('FLOW9006');
    }
  });

  test('a name that is no .flow word is written "quoted" before the label, and builds back', () => {
    const json = flowJson([screen('A', [{ type: 'OptIn', name: 'T&Cs', label: 'I agree', required: true }, done()], { terminal: true })]);
    const result = importFlowJson(json);
    expect(result.text).toContain('OptIn "T&Cs" "I agree" { required }');
    expect(compile(result.text!).flow).toEqual(JSON.parse(json));
  });

  test('malformed JSON: FLOW9001, no tree, no text', () => {
    const result = importFlowJson('{ "version": "7.3", }');
    expect(result.diagnostics.map((d) => d.code)).toEqual(['FLOW9001']);
    expect(result.ast).toBeUndefined();
    expect(result.text).toBeUndefined();
  });

  test('the syntax tree has its spans in the JSON text', () => {
    const json = flowJson([screen('WELCOME', [done()], { terminal: true })]);
    const { ast } = validateFlowJson(json);
    const id = ast!.screens[0]!.id;
    expect(json.slice(id.span.start, id.span.end)).toBe('WELCOME');
  });
});
