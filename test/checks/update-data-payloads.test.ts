// update_data (6.0+) changes the current screen's data: known keys, new values, the declared types
// (spec §5, INVALID_UPDATE_DATA_ACTION_PAYLOAD).
import { describe, expect, test } from 'vitest';
import { fixed, found } from './type-helpers.js';

const CODES = ['FLOW4045', 'FLOW4046', 'FLOW4047'];

function delivery(payload: string, version = '7.3'): string {
  return (
    `flow { version "${version}" }\nscreen A "Delivery" {\n  terminal\n  data {\n    show = false\n    note = "x"\n  }\n` +
    `  RadioButtonsGroup method "How?" {\n    data-source {\n      pickup "Pick up" { on-select-action: update_data { ${payload} } }\n` +
    `      deliver "Deliver" { on-select-action: update_data { show: true } }\n    }\n  }\n` +
    `  TextInput address "Address" { visible: data.show }\n  Footer "Done" -> complete { method: form.method }\n}\n`
  );
}

describe('keys', () => {
  test('a key the screen does not declare, with a suggestion', () => {
    const src = delivery('shwo: false');
    expect(found(src, ...CODES)).toEqual([
      expect.objectContaining({
        code: 'FLOW4045',
        at: 'shwo',
        meta: 'INVALID_UPDATE_DATA_ACTION_PAYLOAD',
        message: "screen 'A' declares no data field 'shwo' for update_data to change",
        help: "did you mean 'show'?",
      }),
    ]);
    expect(fixed(src, 'FLOW4045')).toContain('update_data { show: false }');
  });

  test('a key set to its own value, removed by the fix', () => {
    const src = delivery('show: data.show, note: "y"');
    expect(found(src, ...CODES)).toEqual([
      expect.objectContaining({ code: 'FLOW4046', at: 'data.show', message: "update_data sets 'show' to its own value, which changes nothing" }),
    ]);
    expect(fixed(src, 'FLOW4046')).toContain('update_data { note: "y" }');
    expect(fixed(delivery('note: "y", show: data.show'), 'FLOW4046')).toContain('update_data { note: "y" }');
    expect(fixed(delivery('show: "${data.show}"'), 'FLOW4046')).toContain('update_data {} }');
  });
});

describe('values', () => {
  test('a string for a boolean field, with a fix when it is "true" or "false"', () => {
    const src = delivery('show: "false"');
    expect(found(src, ...CODES)).toEqual([
      expect.objectContaining({
        code: 'FLOW4047',
        at: '"false"',
        message: "update_data sets 'show', declared as a boolean, to \"false\", which is a string",
      }),
    ]);
    expect(fixed(src, 'FLOW4047')).toContain('update_data { show: false }');
  });

  test('a form value of the wrong type', () => {
    expect(found(delivery('note: form.method == "x"'), ...CODES).map((d) => d.message)).toEqual([
      "update_data sets 'note', declared as a string, to this expression, which is a boolean",
    ]);
  });

  test('accepted: declared keys, new values of the right type, another field\'s value', () => {
    expect(found(delivery('show: false, note: "${form.address}"'), ...CODES)).toEqual([]);
  });

  test('not checked before 6.0, where update_data itself is reported', () => {
    expect(found(delivery('shwo: 1', '5.1'), ...CODES)).toEqual([]);
  });
});
