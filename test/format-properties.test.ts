// Properties of the formatter (fast-check): on generated flows and on every sample, formatting keeps the
// AST (spans aside), keeps every comment and is idempotent — fmt(fmt(x)) == fmt(x).
//
// The generator writes token streams from the grammar of docs/language.md (every construct, with and
// without the optional parts and separators) and puts white space, line breaks, blank lines and comments of
// every kind between any two tokens: so comments land in every position the language allows.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { generateFlow } from '../bench/generate-flow.mjs';
import { expectSoundFormat, syntaxErrors } from './format-helpers.js';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
/** FORMAT_RUNS=5000 for a longer search. */
const RUNS = Number(process.env['FORMAT_RUNS'] ?? 400);

type Toks = string[];
const pick = <T>(...values: T[]) => fc.constantFrom(...values);
const one = (a: fc.Arbitrary<string>) => a.map((s): Toks => [s]);

const lowerName = pick('required', 'visible', 'label', 'helper-text', 'input-type', 'max-chars', 'x', 'init-values', 'a_b', 'markdown');
const upperName = pick('TextInput', 'TextBody', 'Footer', 'Form', 'OptIn', 'Image', 'EmbeddedLink');
const screenId = pick('A', 'B', 'START', 'END_X');
const plainName = pick('email', 'phone', 'large', 'x_1', 'a-b', 'basic');
/** Bare words in value position, keywords among them (navigate/open_url alone are names, not actions). */
const valueName = pick('email', 'large', 'a-b', 'navigate', 'open_url', 'data', 'form', 'screen', 'Mon');
const string = pick(
  '"x"',
  '""',
  '"Hello ${form.name}!"',
  '"a \\"quoted\\" \\\\ word\\n"',
  '"\\u00e9t\\u00E9 \\$5 \\/"',
  '"${data.a}"',
  '"${screen.A.data.b}"',
  '"€ ✓ 😀 東京"',
  '"a long text that takes a good part of the line on its own, and then some more"',
);
const number = pick('0', '12', '3.5', '1e3', '2E-2', '10240');
const backtick = pick('`${data.a} * 2`', "`'Total: ' ${data.b}`", '`first\n   second`');
const reference = fc.oneof(
  fc.tuple(pick('data', 'form'), fc.array(plainName, { minLength: 1, maxLength: 3 })).map(([root, path]) => [root, ...path.flatMap((p) => ['.', p])]),
  fc.tuple(screenId, pick('data', 'form'), plainName).map(([s, root, p]) => ['screen', '.', s, '.', root, '.', p]),
);
const binaryOperator = pick('||', '&&', '==', '!=', '<', '<=', '>', '>=', '+', '-', '*', '/', '%');

/** A separator after a list item: none, `;` or `,` (or forced when the next item would run into it). */
const separator = pick<Toks>([], [], [';'], [',']);
const withSeparators = (items: Toks[], seps: Toks[], forced: (i: number) => boolean, allowComma = () => true): Toks =>
  items.flatMap((item, i) => {
    let sep = seps[i % seps.length] ?? [];
    if (i < items.length - 1 && forced(i) && sep.length === 0) sep = [';'];
    if (sep[0] === ',' && !allowComma()) sep = [';'];
    return [...item, ...sep];
  });

const isSwallowingName = (t: Toks) => t.length === 1 && (t[0] === 'navigate' || t[0] === 'open_url');

function expression(depth: number): fc.Arbitrary<Toks> {
  const leaf = fc.oneof(
    { weight: 3, arbitrary: one(string) },
    { weight: 2, arbitrary: one(number) },
    { weight: 1, arbitrary: one(pick('true', 'false')) },
    { weight: 2, arbitrary: one(valueName) },
    { weight: 3, arbitrary: reference },
    { weight: 1, arbitrary: one(backtick) },
  );
  if (depth <= 0) return leaf;
  const sub = expression(depth - 1);
  return fc.oneof(
    { weight: 5, arbitrary: leaf },
    { weight: 1, arbitrary: fc.tuple(pick('!', '-'), sub).map(([op, e]) => [op, ...e]) },
    { weight: 3, arbitrary: fc.tuple(sub, binaryOperator, sub).map(([a, op, b]) => [...a, op, ...b]) },
    { weight: 1, arbitrary: sub.map((e) => ['(', ...e, ')']) },
    { weight: 1, arbitrary: array(depth - 1) },
    { weight: 1, arbitrary: object(depth - 1) },
  );
}

function array(depth: number): fc.Arbitrary<Toks> {
  return fc
    .tuple(fc.array(value(depth), { maxLength: 4 }), fc.boolean())
    .map(([items, trailing]) => ['[', ...items.flatMap((v, i) => (i < items.length - 1 || trailing ? [...v, ','] : v)), ']']);
}

function object(depth: number): fc.Arbitrary<Toks> {
  const key = fc.oneof(plainName, pick('"quoted key"', '"type"', '"k"'));
  const entry = fc.tuple(key, value(depth)).map(([k, v]) => [k, ':', ...v]);
  return fc.tuple(fc.array(entry, { maxLength: 4 }), fc.array(separator, { minLength: 1, maxLength: 4 })).map(([entries, seps]) => [
    '{',
    ...withSeparators(entries, seps, (i) => isSwallowingName(entries[i]!.slice(2))),
    '}',
  ]);
}

function action(depth: number): fc.Arbitrary<Toks> {
  const payload = depth > 0 ? fc.option(object(depth - 1), { nil: undefined }).map((o) => o ?? []) : fc.constant<Toks>([]);
  return fc.oneof(
    fc.tuple(screenId, payload).map(([s, p]) => ['navigate', s, ...p]),
    fc.tuple(pick('complete', 'data_exchange', 'update_data'), payload).map(([a, p]) => [a, ...p]),
    string.map((s) => ['open_url', s]),
  );
}

function value(depth: number): fc.Arbitrary<Toks> {
  return fc.oneof({ weight: 5, arbitrary: expression(depth) }, { weight: 1, arbitrary: action(depth) });
}

function typeExpression(depth: number): fc.Arbitrary<Toks> {
  const primitive = one(pick('string', 'number', 'integer', 'boolean'));
  if (depth <= 0) return primitive;
  const sub = typeExpression(depth - 1);
  return fc.oneof(
    { weight: 15, arbitrary: primitive },
    { weight: 5, arbitrary: sub.map((t) => ['[', ...t, ']']) },
    {
      weight: 5,
      arbitrary: fc
        .array(fc.tuple(plainName, sub, pick<Toks>([], [','], [';'])), { maxLength: 3 })
        .map((fields) => ['{', ...fields.flatMap(([n, t, s]) => [n, ':', ...t, ...s]), '}']),
    },
    { weight: 5, arbitrary: object(0).map((o) => ['schema', ...o]) },
    // the grammar takes an object after any type word; the AST keeps it only after `schema`
    { weight: 1, arbitrary: object(0).map((o) => ['string', ...o]) },
  );
}

const item = fc
  .tuple(fc.oneof(plainName, pick('"fibre-500"', '"a b"'), pick('1000', '7')), fc.option(string, { nil: undefined }), fc.option(fc.array(fc.tuple(lowerName, expression(1)), { maxLength: 2 }), { nil: undefined }))
  .map(([id, title, block]) => ({
    toks: [id, ...(title ? [title] : []), ...(block ? ['{', ...block.flatMap(([k, v]) => [k, ':', ...v, ';']), '}'] : [])],
    open: !title && !block,
    stringId: id.startsWith('"'),
  }));

const itemList = fc.tuple(fc.array(item, { maxLength: 4 }), fc.array(separator, { minLength: 1, maxLength: 3 })).map(([items, seps]) => [
  '{',
  ...withSeparators(
    items.map((i) => i.toks),
    seps,
    (i) => items[i]!.open && items[i + 1]!.stringId,
  ),
  '}',
]);

const property = fc.oneof(
  { weight: 1, arbitrary: lowerName.map((n) => [n]) },
  { weight: 4, arbitrary: fc.tuple(lowerName, value(2)).map(([n, v]) => [n, ':', ...v]) },
  { weight: 1, arbitrary: itemList.map((l) => ['data-source', ...l]) },
);

interface Member {
  readonly toks: Toks;
  /** Needs a separator before a next member. */
  readonly swallows: boolean;
  /** Needs a separator before a next data block (a component that ends at its name). */
  readonly swallowsData?: boolean;
  readonly data?: boolean;
  readonly routes?: boolean;
}

function members(depth: number): fc.Arbitrary<Toks> {
  return fc
    .tuple(fc.array(member(depth), { maxLength: depth >= 2 ? 6 : 3 }), fc.array(separator, { minLength: 1, maxLength: 5 }))
    .map(([ms, seps]) => [
      '{',
      ...ms.flatMap((m, i) => {
        let sep = seps[i % seps.length]!;
        const needed = m.swallows || (m.swallowsData && ms[i + 1]?.data);
        if (i < ms.length - 1 && needed && sep.length === 0) sep = [';'];
        if (m.routes && sep[0] === ',') sep = [';'];
        return [...m.toks, ...sep];
      }),
      '}',
    ]);
}

function member(depth: number): fc.Arbitrary<Member> {
  const prop = property.map((t) => ({ toks: t, swallows: t.length === 3 && isSwallowingName(t.slice(2)) }));
  const component = fc
    .tuple(
      upperName,
      fc.option(plainName, { nil: undefined }),
      fc.option(fc.oneof(one(string), reference, one(backtick)), { nil: undefined }),
      fc.option(depth > 0 ? members(depth - 1) : fc.constant<Toks>(['{', '}']), { nil: undefined }),
      fc.option(action(1), { nil: undefined }),
    )
    .map(([type, name, text, block, act]) => ({
      toks: [type, ...(name ? [name] : []), ...(text ?? []), ...(block ?? []), ...(act ? ['->', ...act] : [])],
      swallows: !name && !text && !block && !act,
      swallowsData: !text && !block && !act,
    }));
  const dataBlock = fc
    .tuple(
      fc.array(fc.tuple(plainName, fc.option(typeExpression(2), { nil: undefined }), fc.option(value(2), { nil: undefined })), { maxLength: 4 }),
      fc.array(separator, { minLength: 1, maxLength: 3 }),
    )
    .map(([fields, seps]) => ({
      toks: [
        'data',
        '{',
        ...withSeparators(
          fields.map(([n, t, v]) => [n, ...(t ? [':', ...t] : []), ...(v ? ['=', ...v] : [])]),
          seps,
          (i) => {
            const v = fields[i]![2];
            return v !== undefined && isSwallowingName(v);
          },
        ),
        '}',
      ],
      swallows: false,
      data: true,
    }));
  const routes = fc
    .array(screenId, { minLength: 1, maxLength: 3 })
    .map((ids) => ({ toks: ['routes', ...ids.flatMap((id, i) => (i ? [',', id] : [id]))], swallows: false, routes: true }));
  if (depth <= 0) return fc.oneof({ weight: 3, arbitrary: prop }, { weight: 3, arbitrary: component });
  const block = members(depth - 1);
  const ifNode = fc
    .tuple(expression(2), block, fc.option(block, { nil: undefined }))
    .map(([cond, then, otherwise]) => ({ toks: ['If', ...cond, ...then, ...(otherwise ? ['else', ...otherwise] : [])], swallows: false }));
  const switchNode = fc
    .tuple(expression(1), fc.array(fc.tuple(fc.oneof(plainName, pick('"cash"', '"a b"')), block), { maxLength: 3 }))
    .map(([v, cases]) => ({ toks: ['Switch', ...v, '{', ...cases.flatMap(([k, b]) => ['case', k, ...b]), '}'], swallows: false }));
  return fc.oneof(
    { weight: 4, arbitrary: prop },
    { weight: 5, arbitrary: component },
    { weight: 1, arbitrary: dataBlock },
    { weight: 1, arbitrary: routes },
    { weight: 1, arbitrary: ifNode },
    { weight: 1, arbitrary: switchNode },
  );
}

const header = fc
  .tuple(
    fc.option(plainName, { nil: undefined }),
    fc.array(fc.tuple(lowerName, fc.option(fc.oneof(string, number), { nil: undefined }), pick<Toks>([], [';'], [','])), { maxLength: 4 }),
  )
  .map(([name, settings]) => ['flow', ...(name ? [name] : []), '{', ...settings.flatMap(([k, v, s]) => [k, ...(v ? [v] : []), ...s]), '}']);

const screen = fc
  .tuple(screenId, fc.option(string, { nil: undefined }), members(2))
  .map(([id, title, block]) => ['screen', id, ...(title ? [title] : []), ...block]);

const file = fc
  .tuple(fc.option(header, { nil: undefined }), fc.array(screen, { maxLength: 3 }))
  .map(([h, screens]) => [...(h ?? []), ...screens.flat()]);

/** What stands between two tokens: mostly a space, sometimes line breaks and comments of every kind. */
const TRIVIA = [
  ' ',
  ' ',
  ' ',
  ' ',
  ' ',
  ' ',
  '\n  ',
  '\n',
  '\n\n    ',
  '\n\n\n',
  '\t',
  ' /*C*/ ',
  '/*C*/',
  ' //C\n',
  '\n//C\n',
  '\n  //C\n\n',
  '\n/*C\n    more */\n',
  '\n    /**C\n       * starred\n       */\n',
  ' /*C*/ //C\n',
  '\n// prettier-ignore\n',
] as const;

const triviaIndex = fc.nat({ max: TRIVIA.length - 1 });

/** A token stream with trivia between its tokens (and before and after), comments numbered. */
const flowText = fc.tuple(file, fc.array(triviaIndex, { minLength: 8, maxLength: 60 }), fc.nat(), pick('\n', '\n', '\n', '\r\n', 'bom')).map(([toks, trivia, shift, eol]) => {
  let n = 0;
  const gap = (i: number) => TRIVIA[trivia[(i + shift) % trivia.length]!]!.replace(/C/g, () => `c${++n}`);
  let text = toks.length > 0 && trivia[0]! % 3 === 0 ? gap(toks.length) : '';
  toks.forEach((t, i) => {
    text += t;
    text += i < toks.length - 1 ? gap(i) : trivia[1]! % 2 === 0 ? gap(i) : '\n';
  });
  return eol === 'bom' ? `\uFEFF${text}` : text.replace(/\n/g, eol);
});

/** Any sound-format failure, as a message (fast-check shrinks on thrown errors). */
describe('formatting generated flows', () => {
  test('keeps the AST and every comment, and is idempotent', () => {
    let parsed = 0;
    let skipped = 0;
    fc.assert(
      fc.property(flowText, fc.integer({ min: 20, max: 120 }), fc.boolean(), (text, printWidth, useTabs) => {
        if (syntaxErrors(text).length > 0) {
          skipped++;
          return;
        }
        parsed++;
        expectSoundFormat(text, { printWidth, useTabs });
      }),
      { numRuns: RUNS },
    );
    // the generator writes grammatical text: almost every case must parse, or the property tests nothing
    expect(skipped, `${skipped} of ${parsed + skipped} generated texts did not parse`).toBeLessThan((parsed + skipped) * 0.05);
  });

  test('the default width gives the same results as printWidth 80', () => {
    fc.assert(
      fc.property(flowText, (text) => {
        if (syntaxErrors(text).length > 0) return;
        expect(expectSoundFormat(text)).toBe(expectSoundFormat(text, { printWidth: 80, tabWidth: 2, useTabs: false }));
      }),
      { numRuns: 50 },
    );
  });
});

describe('formatting the flows of bench/generate-flow.mjs', () => {
  test('the fixed mix, and random mixes', () => {
    expectSoundFormat(generateFlow());
    expectSoundFormat(generateFlow({ screens: 3, endpoint: true }));
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 4, max: 30 }), (seed, screens, perScreen) => {
        expectSoundFormat(generateFlow({ seed, screens, componentsPerScreen: perScreen }));
      }),
      { numRuns: 40 },
    );
  });
});

describe('formatting the samples', () => {
  const samples = readdirSync(join(root, 'samples')).filter((f) => f.endsWith('.flow')).sort();
  test.each(samples)('%s', (name) => {
    const text = readFileSync(join(root, 'samples', name), 'utf8');
    expectSoundFormat(text);
    expectSoundFormat(text, { printWidth: 40, useTabs: true });
    expectSoundFormat(text, { printWidth: 120, tabWidth: 4 });
  });
});
