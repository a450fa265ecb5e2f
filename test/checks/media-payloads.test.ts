// The files of a PhotoPicker or DocumentPicker never go into a navigate payload, and into complete and
// data_exchange payloads only as a value of their own (spec §4.18).
import { describe, expect, test } from 'vitest';
import { found, related } from './type-helpers.js';

const CODES = ['FLOW4042', 'FLOW4043'];

describe('navigate (INVALID_NAVIGATE_ACTION_PAYLOAD)', () => {
  test('picker files sent to the next screen', () => {
    const src =
      'screen A "A" {\n  PhotoPicker photos "Photos" { max-uploaded-photos: 2 }\n  Footer "Next" -> navigate B { photos: form.photos }\n}\n' +
      'screen B "B" {\n  terminal\n  data { photos: [string] = [] }\n  Footer "Done" -> complete { photos: data.photos }\n}\n';
    expect(found(src, ...CODES, 'FLOW4041')).toEqual([
      expect.objectContaining({
        code: 'FLOW4042',
        at: 'form.photos',
        meta: 'INVALID_NAVIGATE_ACTION_PAYLOAD',
        message: 'form.photos holds the files of a PhotoPicker, which cannot be sent with navigate',
        help: "remove 'photos' from this payload (and from the data of screen 'B'), and read the files where they are needed with screen.A.form.photos",
      }),
    ]);
    expect(related(src, 'FLOW4042')).toEqual([{ at: 'photos', message: "the PhotoPicker 'photos'" }]);
  });

  test('a global reference to another screen\'s DocumentPicker, inside an object', () => {
    const src =
      'screen A "A" {\n  DocumentPicker docs "Docs"\n  Footer "Next" -> navigate B\n}\n' +
      'screen B "B" {\n  Footer "Next" -> navigate C { claim: { docs: screen.A.form.docs } }\n}\n' +
      'screen C "C" {\n  terminal\n  data { claim = { docs: "x" } }\n  Footer "Done" -> complete\n}\n';
    expect(found(src, ...CODES).map((d) => [d.code, d.at])).toEqual([['FLOW4042', 'screen.A.form.docs']]);
  });
});

describe('complete and data_exchange (INVALID_ON_CLICK_ACTION_PAYLOAD)', () => {
  test('files inside a list, an object or a text', () => {
    const src =
      'flow { endpoint }\nscreen A "A" {\n  terminal\n  PhotoPicker photos "Photos" { max-uploaded-photos: 2 }\n' +
      '  EmbeddedLink "Check" -> data_exchange { all: [form.photos] }\n' +
      '  Footer "Done" -> complete { claim: { photos: form.photos } }\n}\n';
    expect(found(src, ...CODES).map((d) => [d.code, d.at, d.message])).toEqual([
      ['FLOW4043', 'form.photos', 'form.photos holds the files of a PhotoPicker: in a data_exchange payload they must be a value of their own, not part of a list'],
      ['FLOW4043', 'form.photos', 'form.photos holds the files of a PhotoPicker: in a complete payload they must be a value of their own, not part of an object'],
    ]);
  });

  test('accepted: files as a top-level value, written bare or as a binding', () => {
    const src =
      'flow { endpoint }\nscreen A "A" {\n  terminal\n  PhotoPicker photos "Photos" { max-uploaded-photos: 2 }\n' +
      '  EmbeddedLink "Check" -> data_exchange { photos: "${form.photos}" }\n' +
      '  Footer "Done" -> complete { photos: form.photos }\n}\n';
    expect(found(src, ...CODES)).toEqual([]);
  });
});
