// Properties bound to data, form values or expressions get values of the type they hold (spec §3.1,
// INVALID_SCREEN_DYNAMIC_DATA "Expected '…' to be of type '…'").
import { describe, expect, test } from 'vitest';
import { screen } from './helpers.js';
import { found, related } from './type-helpers.js';

const CODES = ['FLOW3020', 'FLOW3021'];

describe('scalar properties', () => {
  test('visible bound to a string field', () => {
    const src = screen('  data { show = "yes" }\n  TextBody "Hi" { visible: data.show }');
    expect(found(src, ...CODES)).toEqual([
      expect.objectContaining({
        code: 'FLOW3020',
        at: 'data.show',
        meta: 'INVALID_SCREEN_DYNAMIC_DATA',
        message: "'visible' expects a boolean, but data.show is a string",
        help: "bind 'visible' to a boolean, or declare data field 'show' as a boolean",
      }),
    ]);
    expect(related(src, 'FLOW3020')).toEqual([{ at: 'show', message: 'data.show is declared here, as a string' }]);
  });

  test('required bound to a form value, min-chars to a string, a text to a boolean', () => {
    const src = screen(
      '  data { flag = true; limit = "8" }\n  TextInput name "Name" { min-chars: data.limit }\n' +
        '  TextInput email "Email" { required: form.name }\n  TextBody data.flag',
    );
    expect(found(src, ...CODES).map((d) => [d.at, d.message])).toEqual([
      ['data.limit', "'min-chars' expects a number, but data.limit is a string"],
      ['form.name', "'required' expects a boolean, but form.name is a string"],
      ['data.flag', "'text' expects a string, but data.flag is a boolean"],
    ]);
  });

  test('an expression of the wrong type, a screen title bound to a list', () => {
    const src = screen('  data { n = 2; tags = ["a"] }\n  TextBody "Hi" { visible: data.n + 1 }').replace('"Main"', '"${data.tags}"');
    expect(found(src, ...CODES).map((d) => [d.at, d.message])).toEqual([
      ['"${data.tags}"', "'title' expects a string, but data.tags is a list of strings"],
      ['data.n + 1', "'visible' expects a boolean, but this expression is a number"],
    ]);
  });

  test('accepted: numbers in texts, booleans from OptIn and comparisons, global references', () => {
    const src =
      'screen A "A" {\n  TextInput qty "Qty" { input-type: number }\n  Footer "Next" -> navigate B\n}\n' +
      'screen B "${screen.A.form.qty} boxes" {\n  terminal\n  data { n = 2; ok = true; limit: integer = 5 }\n  OptIn agree "Agree"\n' +
      '  TextBody data.n { visible: form.agree }\n  TextInput t "T" { max-chars: data.limit; required: data.n > 1; enabled: data.ok }\n' +
      '  TextCaption "x" { visible: screen.A.form.qty > 3 }\n  Footer "Done" -> complete\n}\n';
    expect(found(src, ...CODES)).toEqual([]);
  });
});

describe('lists', () => {
  test('unavailable-dates bound to a string, init-value of a CheckboxGroup to a number', () => {
    const src = screen(
      '  data { day = "2026-12-01"; n = 1 }\n  DatePicker d "D" { unavailable-dates: data.day }\n' +
        '  CheckboxGroup c "C" { init-value: data.n; data-source { a "A" } }',
    );
    expect(found(src, ...CODES).map((d) => [d.at, d.message])).toEqual([
      ['data.day', "'unavailable-dates' expects a list of strings, but data.day is a string"],
      ['data.n', "'init-value' expects a list of strings, but data.n is a number"],
    ]);
  });

  test('data-source bound to a list of strings', () => {
    const src = screen('  data { opts = ["a", "b"] }\n  Dropdown d "D" { data-source: data.opts }');
    expect(found(src, ...CODES).map((d) => d.message)).toEqual([
      "'data-source' expects a list of objects, but data.opts is a list of strings",
    ]);
  });

  test('data-source items without a title', () => {
    const src = screen('  data { opts = [{ id: "a", name: "A" }] }\n  RadioButtonsGroup r "R" { data-source: data.opts }');
    expect(found(src, ...CODES)).toEqual([
      expect.objectContaining({
        code: 'FLOW3021',
        at: 'data.opts',
        message: "'data-source' needs a list of objects with 'id' and 'title', but the items of data.opts have no 'title'",
        help: "give every item a 'title', e.g. { id: \"…\", title: \"…\" }",
      }),
    ]);
  });

  test('list-items and images need their own fields', () => {
    const src =
      'screen A "A" {\n  data { rows = [{ id: "a", title: "A" }] }\n  NavigationList n { list-items: data.rows } -> navigate B\n}\n' +
      'screen B "B" {\n  terminal\n  data { pics: [{ src: string }] = [] }\n  ImageCarousel { images: data.pics }\n  Footer "Done" -> complete\n}\n';
    expect(found(src, ...CODES).map((d) => d.message)).toEqual([
      "'list-items' needs a list of objects with 'id' and 'main-content', but the items of data.rows have no 'main-content'",
      "'images' needs a list of objects with 'src' and 'alt-text', but the items of data.pics have no 'alt-text'",
    ]);
  });

  test('accepted: typed lists, empty examples with a written type, a schema without properties', () => {
    const src = screen(
      '  data {\n    a: [{ id: string, title: string }] = []\n    b = [{ id: "x", title: "X", description: "d" }]\n' +
        '    c: schema { "type": "array", "items": { "type": "object" } } = []\n    d: [string] = []\n  }\n' +
        '  Dropdown x "X" { data-source: data.a }\n  Dropdown y "Y" { data-source: data.b }\n  Dropdown z "Z" { data-source: data.c }\n' +
        '  DatePicker w "W" { unavailable-dates: data.d }',
    );
    expect(found(src, ...CODES)).toEqual([]);
  });

  test('a data-source item property bound to data', () => {
    const src = screen('  data { on = "yes" }\n  Dropdown d "D" { data-source { a "A" { enabled: data.on } } }');
    expect(found(src, ...CODES).map((d) => d.message)).toEqual(["'enabled' expects a boolean, but data.on is a string"]);
  });
});

describe('texts', () => {
  test('a RichText or TextBody bound to a list of paragraphs', () => {
    const src = screen('  data { paras = ["# Terms", "Be nice."]; flags = [true] }\n  TextBody data.paras { markdown }\n  TextCaption data.flags');
    expect(found(src, ...CODES).map((d) => d.message)).toEqual(["'text' expects a string, but data.flags is a list of booleans"]);
  });
});
