// Properties of the whole compiler that must hold for every input, checked on generated inputs:
// - parse() and compile() never throw, whatever the text (unicode noise, soups of the language's own
//   tokens, grammar-shaped files, random edits of the real samples);
// - every span (diagnostics, their related information and fixes, and the AST) lies within the text,
//   every diagnostic has a FLOWnnnn code, and JSON is produced exactly when there is no error;
// - compiling is deterministic: the same text gives byte-identical JSON and identical diagnostics, also
//   after compiling other (broken) texts in between;
// - the generator's valid flows (bench/generate-flow.mjs) compile with no error to JSON with one screen
//   per generated screen.
// numRuns are sized so the file runs in a few seconds on two cores; a failure prints fast-check's seed
// and the shrunk counterexample: reproduce with `fc.assert(…, { seed, path })`. PROPERTY_RUNS=10 hunts longer.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compile, parse, COMPONENT_TYPES, type CompileResult, type Diagnostic } from '../compiler/src/index.js';
import { SCREEN_BY_SCREEN_FROM } from '../compiler/src/syntax/parse.js';
import { generateFlow, screenId } from '../bench/generate-flow.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
/** PROPERTY_RUNS=10 runs every property ten times as often (a longer hunt than CI's). */
const SCALE = Math.max(1, Number(process.env['PROPERTY_RUNS'] ?? 1) || 1);
const runs = (n: number) => ({ numRuns: Math.round(n * SCALE) });

// ── inputs ──────────────────────────────────────────────────────────────────────────────────────────────

/** The example of docs/language.md's header and If/Switch sections, made into a whole flow. */
const DOC_EXAMPLE = `flow booking {
  version "7.3"
}

screen WELCOME "Welcome" {
  data {
    name = "Jane"
    count: integer = 3
    slots: [{ id: string, title: string }] = []
    color: schema { "type": "string", "enum": ["red", "blue"] } = "red"
  }
  TextInput age "Age" { input-type: number }
  RadioButtonsGroup contact "Contact me by" {
    data-source {
      email "E-mail"
      phone "Phone" { description: "We call between 9 and 17" }
    }
  }
  If form.age >= 18 {
    TextBody "Welcome"
  } else {
    TextBody "Sorry"
  }
  Switch form.contact {
    case email { TextBody "By e-mail" }
    case phone { TextBody "By phone" }
  }
  Footer "Next" -> navigate DONE { who: data.name }
}

screen DONE "Done" {
  terminal
  data { who = "Jane" }
  TextBody "Thanks, \${data.who}!"
  Footer "Finish" -> complete { who: data.who }
}
`;

function readSamples(): { name: string; text: string }[] {
  const dir = join(root, 'samples');
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.flow')).sort();
  } catch {
    // no samples/ yet
  }
  return files.map((f) => ({ name: `samples/${f}`, text: readFileSync(join(dir, f), 'utf8') }));
}

/** Real flows to mutate: every sample, plus generated flows and the docs example. */
const SOURCES = [
  ...readSamples(),
  { name: 'generated 3×30', text: generateFlow({ screens: 3, componentsPerScreen: 30 }) },
  { name: 'generated endpoint 2×16', text: generateFlow({ screens: 2, componentsPerScreen: 16, seed: 7, endpoint: true }) },
  { name: 'docs example', text: DOC_EXAMPLE },
];

const KEYWORDS = [
  'flow', 'screen', 'data', 'form', 'routes', 'case', 'else', 'true', 'false', 'navigate', 'complete',
  'data_exchange', 'update_data', 'open_url', 'If', 'Switch',
];
const PROPERTIES = [
  'version', 'endpoint', 'limits', 'data_channel_uri', 'terminal', 'success', 'refresh_on_back', 'sensitive',
  'label', 'text', 'required', 'visible', 'enabled', 'input-type', 'helper-text', 'data-source', 'list-items',
  'images', 'init-value', 'init-values', 'error-message', 'error-messages', 'on-click-action', 'on-select-action',
  'on-unselect-action', 'min-date', 'max-date', 'mode', 'markdown', 'src', 'main-content', 'max-selected-items',
  'name', 'type', 'schema', 'string', 'number', 'integer', 'boolean',
];
const PUNCTUATION = [
  '{', '}', '[', ']', '(', ')', '->', '.', ',', ';', ':', '==', '!=', '<=', '>=', '<', '>', '&&', '||', '!', '=',
  '+', '-', '*', '/', '%',
];
const LITERALS = [
  '"text"', '""', '" "', '"${data.x}"', '"Hi ${form.name}!"', '"${screen.A.data.x}"', '"${x}"', '"${data.y',
  '"\\q"', '"\\u12"', '"\\$"', '"unterminated', '"7.3"', '"meta"', '"2.1"', '"https://example.com"',
  '0', '1', '12', '3.5', '1e3', '-1', '`${data.a} * 2`', '`', '`open', '// comment\n', '/* block */', '/*',
  'x', 'y', 'a-b', '_q', 'A', 'B', 'STEP_A', 'success', 'data.x', 'form.y', 'screen.A.data.x', 'screen.B.form.y',
  '§', '#', '\u00e9', '\u{1F600}', '\uFEFF', '\t', '\r\n',
];
const TOKENS = [...KEYWORDS, ...PROPERTIES, ...PUNCTUATION, ...LITERALS, ...COMPONENT_TYPES, 'Foo'];

/** Tokens of the language, joined by spaces, line breaks or nothing. */
const tokenSoup = fc
  .array(fc.tuple(fc.constantFrom(...TOKENS), fc.constantFrom(' ', ' ', '\n', '')), { maxLength: 120, size: 'max' })
  .map((parts) => parts.map(([t, sep]) => t + sep).join(''));

/** Grammar-shaped files: mostly well-formed screens and members with odd contents, to reach the checks. */
const { file: grammarFile } = fc.letrec<{
  value: string;
  member: string;
  block: string;
  file: string;
}>((tie) => {
  const name = fc.constantFrom('x', 'y', 'name', 'age', 'email', 'plan', 'a', 'b', 'data', 'form', 'case');
  const screenName = fc.constantFrom('A', 'B', 'C', 'STEP_A', 'STEP_B', 'success', 'S1', 'x');
  const string = fc.constantFrom('"text"', '""', '"${data.x}"', '"Hi ${form.name}"', '"${screen.A.form.x}"', '"2025-01-01"');
  const reference = fc.oneof(
    fc.tuple(fc.constantFrom('data', 'form'), name).map(([r, n]) => `${r}.${n}`),
    fc.tuple(screenName, fc.constantFrom('data', 'form'), name).map(([s, r, n]) => `screen.${s}.${r}.${n}`),
  );
  const action = fc.oneof(
    fc.tuple(screenName, fc.option(tie('value'), { nil: undefined })).map(([s, v]) => `navigate ${s}${v?.startsWith('{') ? ` ${v}` : ''}`),
    fc.constantFrom('complete', 'complete {}', 'data_exchange { a: 1 }', 'update_data { x: data.y }', 'open_url "https://e.com"'),
  );
  return {
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      string,
      fc.constantFrom('0', '1', '-2', '3.5', 'true', 'false', 'email', 'bold', 'Mon', '`${data.a} + 1`'),
      reference,
      action,
      fc.array(tie('value'), { maxLength: 3 }).map((vs) => `[${vs.join(', ')}]`),
      fc.array(fc.tuple(name, tie('value')), { maxLength: 3 }).map((es) => `{ ${es.map(([k, v]) => `${k}: ${v}`).join(', ')} }`),
      fc.tuple(tie('value'), fc.constantFrom('+', '-', '*', '==', '!=', '<', '>=', '&&', '||'), tie('value')).map(([l, o, r]) => `${l} ${o} ${r}`),
      tie('value').map((v) => `!${v}`),
    ),
    block: fc.array(tie('member'), { maxLength: 5 }).map((ms) => `{\n${ms.join('\n')}\n}`),
    member: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.tuple(fc.constantFrom(...PROPERTIES), fc.option(tie('value'), { nil: undefined })).map(([k, v]) => (v === undefined ? k : `${k}: ${v}`)),
      fc
        .tuple(fc.constantFrom(...COMPONENT_TYPES, 'Foo'), fc.option(name, { nil: undefined }), fc.option(string, { nil: undefined }), fc.option(tie('block'), { nil: undefined }), fc.option(action, { nil: undefined }))
        .map(([t, n, s, b, a]) => [t, n, s, b, a ? `-> ${a}` : undefined].filter(Boolean).join(' ')),
      fc.tuple(tie('value'), tie('block'), fc.option(tie('block'), { nil: undefined })).map(([c, t, e]) => `If ${c} ${t}${e ? ` else ${e}` : ''}`),
      fc.tuple(reference, fc.array(fc.tuple(name, tie('block')), { maxLength: 3 })).map(([v, cs]) => `Switch ${v} {\n${cs.map(([k, b]) => `case ${k} ${b}`).join('\n')}\n}`),
      fc.array(fc.tuple(name, fc.option(fc.constantFrom('string', 'number', 'integer', 'boolean', '[string]', '{ id: string }'), { nil: undefined }), fc.option(tie('value'), { nil: undefined })), { maxLength: 3 })
        .map((fs) => `data {\n${fs.map(([n, t, v]) => `${n}${t ? `: ${t}` : ''}${v ? ` = ${v}` : ''}`).join('\n')}\n}`),
      fc.array(screenName, { minLength: 1, maxLength: 3 }).map((ss) => `routes ${ss.join(', ')}`),
    ),
    file: fc
      .tuple(
        fc.option(fc.subarray(['version "7.3"', 'version "6.0"', 'version "4.0"', 'endpoint', 'limits "meta"', 'data_channel_uri "https://e.com"', 'bogus 1']), { nil: undefined }),
        fc.array(fc.tuple(screenName, fc.option(string, { nil: undefined }), tie('block')), { maxLength: 4 }),
      )
      .map(([settings, screens]) =>
        [
          settings ? `flow {\n${settings.join('\n')}\n}` : '',
          ...screens.map(([id, title, block]) => `screen ${id}${title ? ` ${title}` : ''} ${block}`),
        ].join('\n'),
      ),
  };
});

/** A random edit of a text: positions are taken modulo the current length. */
type Edit =
  | { op: 'delete'; at: number; length: number }
  | { op: 'insert'; at: number; piece: string }
  | { op: 'duplicate'; at: number; length: number; to: number }
  | { op: 'move'; at: number; length: number; to: number };

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 24 }) }),
  fc.record({
    op: fc.constant('insert' as const),
    at: fc.nat(),
    piece: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ unit: 'grapheme', maxLength: 3 }), fc.constantFrom('{', '}', '"', '`', '/*', '->')),
  }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 60 }), to: fc.nat() }),
  fc.record({ op: fc.constant('move' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 60 }), to: fc.nat() }),
);

function applyEdits(text: string, edits: readonly Edit[]): string {
  let t = text;
  for (const e of edits) {
    const at = e.at % (t.length + 1);
    switch (e.op) {
      case 'delete':
        t = t.slice(0, at) + t.slice(at + e.length);
        break;
      case 'insert':
        t = t.slice(0, at) + e.piece + t.slice(at);
        break;
      case 'duplicate': {
        const piece = t.slice(at, at + e.length);
        const to = e.to % (t.length + 1);
        t = t.slice(0, to) + piece + t.slice(to);
        break;
      }
      case 'move': {
        const piece = t.slice(at, at + e.length);
        const rest = t.slice(0, at) + t.slice(at + e.length);
        const to = e.to % (rest.length + 1);
        t = rest.slice(0, to) + piece + rest.slice(to);
        break;
      }
    }
  }
  return t;
}

const editedSource = fc
  .tuple(fc.constantFrom(...SOURCES), fc.array(editArb, { minLength: 1, maxLength: 8, size: 'max' }))
  .map(([source, edits]) => applyEdits(source.text, edits));

/** Unicode noise, and noise around a flow's own characters. */
const unicodeText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300, size: 'max' }),
  fc.string({ unit: 'grapheme', maxLength: 300, size: 'max' }),
  fc.string({ unit: fc.constantFrom(...'screen{}[]()"`\\$/*.:-=!<>&|, \n\tAaZz_09'.split('')), maxLength: 300, size: 'max' }),
);

// ── invariants ──────────────────────────────────────────────────────────────────────────────────────────

const CODE = /^FLOW\d{4}$/;
const SEVERITIES = new Set(['error', 'warning', 'info', 'hint']);

function spanProblem(span: { start: number; end: number } | undefined, length: number): string | undefined {
  if (!span || !Number.isInteger(span.start) || !Number.isInteger(span.end)) return `not a span: ${JSON.stringify(span)}`;
  if (!(span.start >= 0 && span.start <= span.end && span.end <= length)) return `out of range 0…${length}: ${span.start}-${span.end}`;
  return undefined;
}

/** Every problem with the diagnostics of `text` (an empty list when they are all well-formed). */
function diagnosticProblems(text: string, diagnostics: readonly Diagnostic[]): string[] {
  const problems: string[] = [];
  for (const d of diagnostics) {
    const where = `${d.code} "${d.message}"`;
    if (!CODE.test(d.code)) problems.push(`bad code ${JSON.stringify(d.code)}`);
    if (!SEVERITIES.has(d.severity)) problems.push(`${where}: bad severity ${d.severity}`);
    if (typeof d.message !== 'string' || d.message.trim() === '') problems.push(`${where}: empty message`);
    const own = spanProblem(d.span, text.length);
    if (own) problems.push(`${where}: span ${own}`);
    for (const r of d.related ?? []) {
      const p = spanProblem(r.span, text.length);
      if (p) problems.push(`${where}: related span ${p}`);
    }
    for (const f of d.fixes ?? []) {
      for (const e of f.edits) {
        const p = spanProblem(e.span, text.length);
        if (p) problems.push(`${where}: fix "${f.title}" edit span ${p}`);
      }
    }
  }
  return problems;
}

/** Spans of every AST node lie within the text. */
function astProblems(text: string, ast: unknown): string[] {
  const problems: string[] = [];
  const seen = new Set<unknown>();
  const visit = (node: unknown, path: string): void => {
    if (node === null || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) {
      node.forEach((n, i) => visit(n, `${path}[${i}]`));
      return;
    }
    const o = node as Record<string, unknown>;
    if ('span' in o) {
      const p = spanProblem(o['span'] as { start: number; end: number }, text.length);
      if (p) problems.push(`${path} (${String(o['kind'])}): ${p}`);
    }
    for (const [k, v] of Object.entries(o)) if (k !== 'span') visit(v, `${path}.${k}`);
  };
  visit(ast, 'ast');
  return problems;
}

/** Everything that must hold of any compile result. */
function checkCompile(text: string, result: CompileResult): void {
  expect(diagnosticProblems(text, result.diagnostics)).toEqual([]);
  expect(astProblems(text, result.ast)).toEqual([]);
  const hasError = result.diagnostics.some((d) => d.severity === 'error');
  expect(result.json === undefined).toBe(hasError);
  if (result.json !== undefined) {
    expect(result.json.endsWith('\n')).toBe(true);
    expect(JSON.parse(result.json)).toEqual(result.flow);
  }
  // "sorted by position"
  for (let i = 1; i < result.diagnostics.length; i++) {
    const a = result.diagnostics[i - 1]!.span;
    const b = result.diagnostics[i]!.span;
    expect(a.start < b.start || (a.start === b.start && a.end <= b.end)).toBe(true);
  }
}

/** parse() and compile() do not throw, and what they return is well-formed. */
function neverThrows(text: string): void {
  const parsed = parse(text);
  expect(diagnosticProblems(text, parsed.diagnostics)).toEqual([]);
  expect(astProblems(text, parsed.ast)).toEqual([]);
  checkCompile(text, compile(text, { fileName: 'input.flow' }));
}

/** What a compile result looks like as bytes, for comparing two runs. */
function fingerprint(result: CompileResult): string {
  return JSON.stringify({ json: result.json ?? null, diagnostics: result.diagnostics });
}

// ── properties ──────────────────────────────────────────────────────────────────────────────────────────

describe('parse() and compile() never throw', () => {
  test('on arbitrary unicode text', () => {
    fc.assert(fc.property(unicodeText, neverThrows), runs(500));
  });

  test('on soups of the language’s own tokens', () => {
    fc.assert(fc.property(tokenSoup, neverThrows), runs(1000));
  });

  test('on grammar-shaped files with odd contents', () => {
    fc.assert(fc.property(grammarFile, neverThrows), runs(400));
  });

  test(`on random edits of real flows (${SOURCES.length} sources)`, () => {
    expect(SOURCES.length).toBeGreaterThan(0);
    fc.assert(fc.property(editedSource, neverThrows), runs(700));
  });

  test('on every real flow cut short at any point', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SOURCES), fc.nat(), (source, n) => neverThrows(source.text.slice(0, n % (source.text.length + 1)))),
      runs(150),
    );
  });

  test('regressions found by these properties', () => {
    // A unary expression whose operand was lost to recovery used to recurse on itself until the stack
    // overflowed (the unary step of the former CST-to-AST builder).
    for (const text of ['screen A { x: ! }', 'screen A { x: 1 < }', 'screen A { x: [0 <] }', 'screen A { TextBody { x: 0 <: } }']) {
      neverThrows(text);
    }
  });

  test('on values nested thousands of levels deep (a diagnostic, not a stack overflow)', () => {
    for (const depth of [5_000, 20_000]) {
      const text = `screen A "t" { TextBody "x" { visible: ${'['.repeat(depth)}${']'.repeat(depth)} } }`;
      neverThrows(text);
      expect(compile(text).diagnostics.map((d) => d.code)).toContain('FLOW1009');
      neverThrows(`screen A "t" { TextBody "x" { visible: ${'!'.repeat(depth)}true } }`);
      neverThrows(`screen A "t" { TextBody "x" { visible: ${'('.repeat(depth)}1${')'.repeat(depth)} } }`);
      neverThrows(`screen A "t" { ${'If data.a { '.repeat(depth)}${'} '.repeat(depth)} }`);
      neverThrows(`screen A "t" { TextBody "x" { visible: ${'{a: '.repeat(depth)}1${'}'.repeat(depth)} } }`);
    }
  });

  test('on a chain of 20,000 binary operators (a diagnostic, not a stack overflow)', () => {
    const text = `screen A "t" { TextBody "x" { visible: ${Array(20_000).fill('1').join(' + ')} } }`;
    neverThrows(text);
    expect(compile(text).diagnostics.map((d) => d.code)).toContain('FLOW1009');
    // a long but sane chain still compiles
    const sane = `screen A "t" { terminal data { n = 1 }\n TextBody "x" { visible: ${Array(50).fill('data.n').join(' + ')} > 3 } Footer "x" -> complete }`;
    expect(compile(sane).diagnostics.filter((d) => d.code === 'FLOW1009')).toEqual([]);
  });
});

/** Any of the kinds of text above, and the real flows as they are. */
const anyText = fc.oneof(editedSource, tokenSoup, grammarFile, fc.constantFrom(...SOURCES.map((s) => s.text)));

describe('determinism', () => {
  test('the same text compiles to byte-identical JSON and identical diagnostics', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(fingerprint(compile(text))).toBe(fingerprint(compile(text)));
      }),
      runs(200),
    );
  });

  test('…also with other texts (broken ones too) compiled in between', () => {
    fc.assert(
      fc.property(anyText, fc.array(anyText, { minLength: 1, maxLength: 3 }), (text, others) => {
        const first = fingerprint(compile(text));
        for (const other of others) {
          try {
            compile(other);
          } catch {
            // a throw is the other properties' business; here only the state it leaves matters
          }
        }
        expect(fingerprint(compile(text))).toBe(first);
      }),
      runs(100),
    );
  });

  test('parse() gives the same AST and diagnostics twice', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(JSON.stringify(parse(text))).toBe(JSON.stringify(parse(text)));
      }),
      runs(150),
    );
  });
});

describe('lexing screen by screen (large files)', () => {
  // The result must not depend on whether the file is lexed whole or in pieces at the screen starts
  // found by a scan of the text: the scan skips strings, comments and backticks as the lexer does.
  const same = (text: string) => {
    expect(JSON.stringify(parse(text, { screenByScreen: true }))).toBe(JSON.stringify(parse(text, { screenByScreen: false })));
  };

  test('gives the same AST and diagnostics as lexing whole, on any text', () => {
    fc.assert(fc.property(fc.oneof(anyText, unicodeText), same), runs(600));
  });

  test('…and on random edits of real flows', () => {
    fc.assert(fc.property(editedSource, same), runs(600));
  });

  test('…and on the largest flows (80 screens), where it is the default', () => {
    const large = generateFlow({ screens: 80, componentsPerScreen: 30, limits: 'meta' });
    expect(large.length).toBeGreaterThan(SCREEN_BY_SCREEN_FROM);
    same(large);
    same(large.replace(/"Step 40 of 80" \{/, '"Step 40 of 80" { /* unclosed'));
  });
});

describe('generated valid flows', () => {
  const options = fc.record({
    seed: fc.nat(),
    screens: fc.integer({ min: 1, max: 8 }),
    componentsPerScreen: fc.integer({ min: 4, max: 30 }),
    endpoint: fc.boolean(),
    version: fc.constantFrom('7.1', '7.2', '7.3'),
  });

  test('compile with no error to JSON with one screen per generated screen', () => {
    fc.assert(
      fc.property(options, (o) => {
        const text = generateFlow(o);
        const result = compile(text);
        const errors = result.diagnostics.filter((d) => d.severity === 'error');
        expect(errors.map((d) => `${d.code} ${d.message} @ ${JSON.stringify(text.slice(d.span.start, d.span.end))}`)).toEqual([]);
        checkCompile(text, result);
        const json = JSON.parse(result.json!) as { version: string; screens: { id: string; terminal?: boolean }[]; routing_model?: Record<string, string[]> };
        expect(json.version).toBe(o.version);
        expect(json.screens.map((s) => s.id)).toEqual(Array.from({ length: o.screens }, (_, i) => screenId(i)));
        expect(json.screens.at(-1)!.terminal).toBe(true);
        if (o.endpoint) {
          // the derived routing model is the chain of Footers
          expect(json.routing_model).toEqual(
            Object.fromEntries(json.screens.map((s, i) => [s.id, i + 1 < o.screens ? [screenId(i + 1)] : []])),
          );
        } else {
          expect(json.routing_model).toBeUndefined();
        }
      }),
      runs(60),
    );
  });

  test('the fixed mix at the default limits (8 × 30) compiles with no diagnostic at all', () => {
    // A realistic flow: every data field is used and every answer is sent. A new warning here is either
    // a gap in bench/generate-flow.mjs or a false positive of the new rule.
    const result = compile(generateFlow());
    expect(result.diagnostics.map((d) => `${d.severity} ${d.code} ${d.message}`)).toEqual([]);
  });

  test('the fixed mix at Meta’s limits (12 × 50, 80 × 30) compiles with no error', () => {
    // Only warnings: the complete payload cannot carry more than 10 picker files (Meta's totals), so
    // the pickers of the later screens go unsent (FLOW8003).
    for (const o of [{ screens: 12, componentsPerScreen: 50 }, { screens: 80, componentsPerScreen: 30 }]) {
      const result = compile(generateFlow(o));
      expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.message}`)).toEqual([]);
      expect((JSON.parse(result.json!) as { screens: unknown[] }).screens).toHaveLength(o.screens);
    }
  });

  test('one component too many per screen, or one screen too many, is an error', () => {
    // The generator really produces the largest flow the limits allow: bench/run.mjs relies on it.
    const over = [generateFlow({ screens: 1, componentsPerScreen: 31, limits: 'default' }), generateFlow({ screens: 9 })];
    for (const text of over) {
      const limited = text.replace('  limits "meta"\n', '');
      expect(compile(limited).diagnostics.some((d) => d.severity === 'error')).toBe(true);
    }
  });
});
