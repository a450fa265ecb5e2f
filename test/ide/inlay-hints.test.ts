// Inlay hints: the type each data field without one gets from its example, after the field's name.
import { describe, expect, test } from 'vitest';
import { analyze, inlayHints } from '../../compiler/src/index.js';

const SOURCE = `flow t { version "7.3" }
screen A "A" {
  terminal
  data {
    count = 3
    name: string = "Ann"
    ok = true
    tags = ["a", "b"]
    options = [{ id: "a", title: "Alpha" }, { id: "b", title: "Beta", extra: 1 }]
    empty = []
    address = { street: "Main", number: 1, lines: ["x"], location: { lat: 1.5, long: 2.5 }, note: "a long note" }
  }
  Footer "Done" -> complete
}
`;

describe('inlay hints', () => {
  const analysis = analyze(SOURCE);
  const hints = inlayHints(analysis);
  const at = (hint: { offset: number }) => SOURCE.slice(SOURCE.lastIndexOf('\n', hint.offset - 1) + 1, hint.offset).trim();

  test('after the name of each field written without a type, the type its example gives', () => {
    expect(hints.map((h) => [at(h), h.label])).toEqual([
      ['count', ': number'],
      ['ok', ': boolean'],
      ['tags', ': [string]'],
      ['options', ': [{ id: string, title: string, extra: number }]'],
      ['address', ': { street: string, number: number, lines: [strin…'],
    ]);
  });

  test('a field with a written type, or an example that tells no type (an empty list), has none', () => {
    expect(hints.some((h) => at(h) === 'name' || at(h) === 'empty')).toBe(false);
  });

  test('the tooltip has the whole type', () => {
    expect(hints.at(-1)!.tooltip).toContain('{ street: string, number: number, lines: [string], location: { lat: number, long: number }, note: string }');
  });

  test('only the hints in the range asked for', () => {
    const start = SOURCE.indexOf('tags');
    expect(inlayHints(analysis, { start, end: start + 10 }).map(at)).toEqual(['tags']);
  });

  test('the hint is the type code generation declares', () => {
    const clean = SOURCE.replace('    empty = []\n', '');
    const result = analyze(clean).result;
    const json = JSON.parse(result.json!) as { screens: { data: Record<string, unknown> }[] };
    expect(json.screens[0]!.data['tags']).toMatchObject({ type: 'array', items: { type: 'string' } });
    expect(json.screens[0]!.data['options']).toMatchObject({
      type: 'array',
      items: { type: 'object', properties: { id: { type: 'string' }, title: { type: 'string' }, extra: { type: 'number' } } },
    });
  });
});
