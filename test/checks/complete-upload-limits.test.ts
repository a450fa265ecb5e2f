// The pickers of a complete payload send at most 10 files and 102400 KB together from 5.0; before 5.0
// one picker with one file (spec §0 4.18).
import { describe, expect, test } from 'vitest';
import { found, related } from './type-helpers.js';

const CODE = 'FLOW4044';

function claim(pickers: string, payload: string, version = '7.3'): string {
  return `flow { version "${version}" }\nscreen A "A" {\n  terminal\n${pickers}\n  Footer "Send" -> complete { ${payload} }\n}\n`;
}

describe('from 5.0: 10 files and 102400 KB in all', () => {
  test('one picker without max-uploaded-photos may send 30 files', () => {
    const src = claim('  PhotoPicker photos "Photos"', 'photos: form.photos');
    expect(found(src, CODE)).toEqual([
      expect.objectContaining({
        at: 'form.photos',
        meta: 'INVALID_ON_CLICK_ACTION_PAYLOAD',
        message: 'this complete payload can send up to 30 files and 768000 KB (photos: 30 × 25600 KB); Meta allows at most 10 files and 102400 KB (100 MB)',
      }),
    ]);
    expect(related(src, CODE)).toEqual([
      { at: 'photos', message: "'photos' may send 30 files (max-uploaded-photos is not set: the default is 30)" },
    ]);
  });

  test('two pickers whose counts add up to more than 10, reported at the one that tips it', () => {
    const src =
      'screen A "A" {\n  PhotoPicker photos "Photos" { max-uploaded-photos: 5; max-file-size-kb: 1000 }\n  Footer "Next" -> navigate B\n}\n' +
      'screen B "B" {\n  terminal\n  DocumentPicker docs "Docs" { max-uploaded-documents: 6; max-file-size-kb: 1000 }\n' +
      '  Footer "Send" -> complete { photos: screen.A.form.photos, docs: form.docs, again: form.docs }\n}\n';
    expect(found(src, CODE).map((d) => [d.at, d.message])).toEqual([
      ['form.docs', 'this complete payload can send up to 11 files (photos: 5, docs: 6); Meta allows at most 10 files'],
    ]);
  });

  test('few files that are too large together', () => {
    const src = claim('  PhotoPicker photos "Photos" { max-uploaded-photos: 5 }', 'photos: form.photos');
    expect(found(src, CODE).map((d) => d.message)).toEqual([
      'this complete payload can send up to 128000 KB of files (photos: 5 × 25600 KB); Meta allows at most 102400 KB (100 MB)',
    ]);
  });

  test('accepted: within both limits, and data_exchange payloads are not counted', () => {
    expect(found(claim('  PhotoPicker photos "Photos" { max-uploaded-photos: 4 }', 'photos: form.photos'), CODE)).toEqual([]);
    const exchange = 'flow { endpoint }\nscreen A "A" {\n  terminal\n  PhotoPicker photos "Photos"\n  Footer "Send" -> data_exchange { photos: form.photos }\n}\n';
    expect(found(exchange, CODE)).toEqual([]);
  });
});

describe('before 5.0: one picker, one file', () => {
  test('a picker that may send more than one file', () => {
    const src = claim('  PhotoPicker photos "Photos" { max-uploaded-photos: 2 }', 'photos: form.photos', '4.0');
    expect(found(src, CODE).map((d) => d.message)).toEqual([
      'this complete payload can send up to 2 files; Meta allows at most one file (before Flow JSON 5.0)',
    ]);
    expect(found(claim('  PhotoPicker photos "Photos" { max-uploaded-photos: 1 }', 'photos: form.photos', '4.0'), CODE)).toEqual([]);
  });
});
