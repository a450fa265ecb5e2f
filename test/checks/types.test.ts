// The type layer (semantics/types.ts): data fields from written types and examples, form values from
// their inputs, references through screens and nested fields, literals and expressions.
import { describe, expect, test } from 'vitest';
import { parse } from '../../compiler/src/index.js';
import { bind } from '../../compiler/src/semantics/bind.js';
import { readSettings } from '../../compiler/src/semantics/settings.js';
import type * as A from '../../compiler/src/ast.js';
import { describeType, fits, typesOf, type FlowType } from '../../compiler/src/semantics/types.js';

function flowOf(source: string) {
  const { ast } = parse(source);
  return bind(ast, readSettings(ast.header).settings);
}

/** The type of each data field of the first screen, in words. */
function fieldTypes(data: string): Record<string, string> {
  const flow = flowOf(`screen A "A" { data { ${data} } }`);
  const types = typesOf(flow);
  return Object.fromEntries([...flow.screens[0]!.dataFields].map(([k, f]) => [k, show(types.dataField(f))]));
}

/** The type of `form.x` (or another reference) written in a TextBody on the first screen. */
function typeOf(body: string, expr: string): string {
  const flow = flowOf(`screen A "A" { ${body}\n TextBody { text: ${expr} } }`);
  const screen = flow.screens[0]!;
  const text = screen.components.at(-1)!.properties.get('text')!.value! as A.Expression;
  return show(typesOf(flow).value(text, screen));
}

function show(t: FlowType): string {
  if (t.kind === 'array') return `[${t.items ? show(t.items) : '?'}]`;
  if (t.kind === 'object') return t.properties ? `{${[...t.properties].map(([k, v]) => `${k}:${show(v)}`).join(',')}}` : '{?}';
  return t.kind;
}

describe('data fields', () => {
  test('inferred from the example, as code generation infers the schema', () => {
    expect(fieldTypes('s = "x"; n = 3; f = 1.5; b = false; l = ["a"]; e: [string] = []; o = { a: 1 }')).toEqual({
      s: 'string', n: 'number', f: 'number', b: 'boolean', l: '[string]', e: '[string]', o: '{a:number}',
    });
  });

  test('list items merge the fields of all elements', () => {
    expect(fieldTypes('lines = [{ sku: "A" }, { sku: "B", qty: 2 }]')).toEqual({ lines: '[{sku:string,qty:number}]' });
  });

  test('a written type wins, schema types are read', () => {
    expect(fieldTypes('n: integer = 3; o: { id: string } = { id: "x" }; s: schema { "type": "array", "items": { "type": "object", "properties": { "id": { "type": "string" } } } } = []')).toEqual({
      n: 'integer', o: '{id:string}', s: '[{id:string}]',
    });
    expect(fieldTypes('x: schema { "type": ["string", "null"] } = "a"')).toEqual({ x: 'unknown' });
  });
});

describe('form values', () => {
  test.each([
    ['TextInput x "X"', 'string'],
    ['TextInput x "X" { input-type: number }', 'number'],
    ['TextInput x "X" { input-type: email }', 'string'],
    ['TextInput x "X" { input-type: passcode }', 'unknown'],
    ['TextInput x "X" { input-type: data.t }', 'unknown'],
    ['TextArea x "X"', 'string'],
    ['RadioButtonsGroup x "X" { data-source { a "A" } }', 'string'],
    ['Dropdown x "X" { data-source { a "A" } }', 'string'],
    ['DatePicker x "X"', 'string'],
    ['CheckboxGroup x "X" { data-source { a "A" } }', '[string]'],
    ['ChipsSelector x "X" { data-source { a "A"; b "B" } }', '[string]'],
    ['OptIn x "X"', 'boolean'],
    ['CalendarPicker x "X"', 'string'],
    ['CalendarPicker x { mode: range }', '{start-date:string,end-date:string}'],
    ['PhotoPicker x "X"', 'media'],
    ['DocumentPicker x "X"', 'media'],
  ])('%s gives %s', (input, type) => {
    expect(typeOf(`data { t = "text" }\n${input}`, 'form.x')).toBe(type);
  });

  test('a range CalendarPicker field is reached by its path', () => {
    expect(typeOf('CalendarPicker x { mode: range }', 'form.x.start-date')).toBe('string');
  });
});

describe('references, literals and expressions', () => {
  test('nested data fields and global references', () => {
    const flow = flowOf(
      'screen A "A" { data { u = { name: "M", age: 3 } }\nTextInput q "Q" { input-type: number }\nFooter "x" -> navigate B { } }\n' +
        'screen B "B" { TextBody { text: screen.A.form.q } TextBody { text: screen.A.data.u.age } TextBody { text: data.nope } }',
    );
    const types = typesOf(flow);
    const b = flow.screens[1]!;
    const texts = b.components.map((c) => c.properties.get('text')!.value! as A.Expression);
    expect(texts.map((t) => show(types.value(t, b)))).toEqual(['number', 'number', 'unknown']);
  });

  test('literals and operators', () => {
    expect(typeOf('', '3')).toBe('integer');
    expect(typeOf('', '3.5')).toBe('number');
    expect(typeOf('', '"a ${data.x} b"')).toBe('string');
    expect(typeOf('data { x = true }', '"${data.x}"')).toBe('boolean');
    expect(typeOf('', '1 + 2')).toBe('number');
    expect(typeOf('', '1 < 2 && true')).toBe('boolean');
    expect(typeOf('', '!true')).toBe('boolean');
    expect(typeOf('', '[1, 2]')).toBe('[integer]');
    expect(typeOf('', '`${data.x}`')).toBe('unknown');
  });
});

describe('fitting and naming types', () => {
  const n = { kind: 'number' } as const;
  const i = { kind: 'integer' } as const;
  const s = { kind: 'string' } as const;
  test('whole numbers fit numbers and the other way round; unknown fits everything', () => {
    expect(fits(i, n)).toBe(true);
    expect(fits(n, i)).toBe(true);
    expect(fits(s, n)).toBe(false);
    expect(fits({ kind: 'unknown' }, s)).toBe(true);
  });

  test('objects compare the fields both sides know; lists their items', () => {
    const a = { kind: 'object', properties: new Map([['x', s]]) } as const;
    const b = { kind: 'object', properties: new Map<string, FlowType>([['x', n], ['y', s]]) } as const;
    expect(fits(a, b)).toBe(false);
    expect(fits({ kind: 'object', properties: new Map([['z', s]]) }, b)).toBe(true);
    expect(fits({ kind: 'array', items: s }, { kind: 'array', items: n })).toBe(false);
    expect(fits({ kind: 'array' }, { kind: 'array', items: n })).toBe(true);
  });

  test('types in words', () => {
    expect(describeType({ kind: 'array', items: { kind: 'object' } })).toBe('a list of objects');
    expect(describeType(i)).toBe('a whole number');
    expect(describeType({ kind: 'media' })).toBe('a list of uploaded files');
  });
});
