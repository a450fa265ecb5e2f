// The position-keeping JSON parser of flowc validate and import (compiler/src/import/json.ts): the same
// values as JSON.parse, a span for every value and key, strict JSON, and malformed JSON as one FLOW9001
// at the first error — never an exception.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatPath, nodeAt, parseJson, stringOffset, toPlainJson, type JsonNode } from '../compiler/src/import/json.js';

function errorOf(text: string): { message: string; at: string } {
  const { value, diagnostics } = parseJson(text);
  expect(value).toBeUndefined();
  expect(diagnostics).toHaveLength(1);
  const d = diagnostics[0]!;
  expect(d.code).toBe('FLOW9001');
  return { message: d.message, at: text.slice(d.span.start, d.span.end) };
}

describe('parseJson', () => {
  test('gives the values of JSON.parse, for any JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 2, '\t'), (v, indent) => {
        const text = JSON.stringify(v, null, indent);
        const { value, diagnostics } = parseJson(text);
        expect(diagnostics).toEqual([]);
        expect(toPlainJson(value!)).toEqual(JSON.parse(text));
      }),
      { numRuns: 300 },
    );
  });

  test('every value and key has its span, also in strings with escapes', () => {
    const text = '{ "a\\n\\u00e9": [1, -2.5e3, true, null, "x\\"y ${data.z}"], "b": {} }';
    const root = parseJson(text).value!;
    const check = (n: JsonNode) => expect(JSON.parse(text.slice(n.span.start, n.span.end))).toEqual(toPlainJson(n));
    check(root);
    const list = nodeAt(root, ['a\n\u00e9']);
    check(list);
    if (list.kind !== 'array') throw new Error('a list');
    list.elements.forEach(check);
    expect(list.elements[1]).toMatchObject({ kind: 'number', value: -2500, raw: '-2.5e3' });
    // a character of a string with escapes is found at its place in the text
    const s = list.elements[4]!;
    if (s.kind !== 'string') throw new Error('a string');
    const at = s.value.indexOf('${');
    expect(text.slice(stringOffset(s, at), stringOffset(s, at + '${data.z}'.length))).toBe('${data.z}');
    expect(text[stringOffset(s, 1)]).toBe('\\'); // the escape \" stands for character 1
  });

  test('a byte order mark is skipped', () => {
    expect(toPlainJson(parseJson('\uFEFF{"a": 1}').value!)).toEqual({ a: 1 });
  });

  test('a key given twice: FLOW9002 on the second, the later value wins (as JSON.parse)', () => {
    const text = '{ "a": 1, "b": 2, "a": 3 }';
    const { value, diagnostics } = parseJson(text);
    expect(toPlainJson(value!)).toEqual(JSON.parse(text));
    expect(diagnostics.map((d) => [d.code, text.slice(d.span.start, d.span.end)])).toEqual([['FLOW9002', '"a"']]);
    expect(diagnostics[0]!.related?.[0]?.span.start).toBe(2);
  });

  test.each([
    ['', 'the file is empty: expected a JSON object', ''],
    ['{ "a": 1, }', 'a comma before "}" is not allowed in JSON', ','],
    ['[1, 2,]', 'a comma before "]" is not allowed in JSON', ','],
    ['{ "a": 1 "b": 2 }', "expected ',' or '}', found '\"'", '"'],
    ["{ 'a': 1 }", "expected a key in double quotes, found '''", "'"],
    ['{ "a": \'x\' }', 'strings are written in double quotes in JSON, not single quotes', "'"],
    ['{ "a": 01 }', "invalid number '01' (no leading zeros in JSON)", '01'],
    ['{ "a": tru }', "expected a value, found 'tru'", 't'],
    ['{ "a": "x\\q" }', "invalid escape '\\q' in a string", '\\q'],
    ['{ "a": "line\nbreak" }', 'this string is never closed on its line (a line break inside a string is written \\n)', '"'],
    ['{ "a": 1 } // note', 'comments are not allowed in JSON', '//'],
    ['{ "a": 1 } x', "unexpected 'x' after the end of the JSON value", 'x'],
    ['{ "a": [1, 2', "unexpected end of the file: expected ',' or ']'", ''],
    ['{ "a" 1 }', 'expected \':\' after the key "a", found \'1\'', '1'],
  ])('malformed: %j', (text, message, at) => {
    expect(errorOf(text)).toEqual({ message: `not valid JSON: ${message}`, at });
  });

  test('absurd nesting is an error, not a stack overflow', () => {
    expect(errorOf('['.repeat(100_000)).message).toBe('not valid JSON: nested more than 400 levels deep');
  });

  test('never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('{', '}', '[', ']', '"', ':', ',', '\\', 'a', '1', '-', ' ', 'e', '.', 'n') }), (text) => {
        const { value, diagnostics } = parseJson(text);
        let parsed: unknown;
        let ok = true;
        try {
          parsed = JSON.parse(text);
        } catch {
          ok = false;
        }
        expect(value !== undefined).toBe(ok);
        if (ok) expect(toPlainJson(value!)).toEqual(parsed);
        for (const d of diagnostics) expect(d.span.end).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 500 },
    );
  });
});

test('formatPath writes JSON paths as the messages show them', () => {
  expect(formatPath([])).toBe('the top level');
  expect(formatPath(['screens', 2, 'layout', 'children', 0])).toBe('screens[2].layout.children[0]');
  expect(formatPath(['screens', 0, 'layout', 'children', 1, 'on-click-action'])).toBe('screens[0].layout.children[1]["on-click-action"]');
  expect(formatPath(['routing_model', 'A B'])).toBe('routing_model["A B"]');
});
