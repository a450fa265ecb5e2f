// Routing (entry screen, connectivity, back-routes, cycles, branches), terminal screens, complete,
// navigate payloads, and the size limits.
import { describe, expect, test } from 'vitest';
import { codes, diagnose } from './helpers.js';

const end = (id: string, data = '') => `screen ${id} "${id}" { terminal ${data} Footer "Done" -> complete }`;

describe('routing', () => {
  test('a screen that navigates to itself', () => {
    const src = `screen A "A" { Footer "Again" -> navigate A }\n${end('B')}`;
    expect(diagnose(src).find((d) => d.code === 'FLOW4010')).toMatchObject({ at: 'A' });
  });

  test('two screens that route to each other', () => {
    const src = [
      'screen A "A" { Footer "Next" -> navigate B }',
      'screen B "B" { EmbeddedLink "Back" -> navigate A\n Footer "Next" -> navigate C }',
      end('C'),
    ].join('\n');
    expect(codes(src)).toContain('FLOW4011');
  });

  test('a longer cycle is a warning', () => {
    const src = [
      'screen A "A" { Footer "Next" -> navigate B }',
      'screen B "B" { Footer "Next" -> navigate C }',
      'screen C "C" { EmbeddedLink "Again" -> navigate A\n Footer "Next" -> navigate D }',
      end('D'),
    ].join('\n');
    const found = diagnose(src);
    // every screen now has an inbound route, so there is no entry screen either
    expect(found.map((d) => d.code)).toEqual(['FLOW4013', 'FLOW4012']);
    expect(found[1]).toMatchObject({ message: 'the screens A → B → C → A form a cycle', at: 'A' });
  });

  test('a screen nothing connects to', () => {
    const src = `screen A "A" { terminal Footer "Done" -> complete }\n${end('B')}`;
    expect(diagnose(src)).toEqual([expect.objectContaining({ code: 'FLOW4014', at: 'B' })]);
  });

  test('more than ten branches', () => {
    const targets = 'BCDEFGHIJKL'.split('');
    const links = targets.map((t) => `EmbeddedLink "${t}" -> navigate S${t}`).join('\n');
    const src = [`flow t { limits "meta" }`, `screen A "A" { ${links}\n Footer "x" -> navigate SB }`, ...targets.map((t) => end(`S${t}`))].join('\n');
    expect(codes(src)).toContain('FLOW4015');
  });
});

describe('terminal screens and actions', () => {
  test('no terminal screen', () => {
    expect(codes('screen A "A" { Footer "x" -> navigate B }\nscreen B "B" { Footer "x" -> data_exchange {} }')).toEqual(
      expect.arrayContaining(['FLOW4020']),
    );
  });

  test('a terminal screen without a Footer gets a fix', () => {
    const found = diagnose('screen A "A" { terminal TextBody "Bye" }');
    expect(found.map((d) => d.code)).toEqual(['FLOW4021']);
  });

  test('complete on a screen that is not terminal, navigate from a terminal Footer', () => {
    const src = 'screen A "A" { Footer "x" -> complete }\nscreen B "B" { terminal Footer "x" -> navigate A }';
    expect(codes(src)).toEqual(expect.arrayContaining(['FLOW4023', 'FLOW4024']));
  });

  test('success needs a terminal screen, and one terminal screen must succeed', () => {
    expect(codes(`screen A "A" { success: false Footer "x" -> navigate B }\n${end('B')}`)).toEqual(['FLOW4025']);
    expect(codes('screen A "A" { terminal success: false Footer "x" -> complete }')).toEqual(['FLOW4022']);
  });
});

describe('navigate payloads', () => {
  test('missing and extra fields', () => {
    const src = `screen A "A" { TextInput name "Name"\n Footer "Next" -> navigate B { nmae: form.name } }\n${end('B', 'data { name = "x" }')}`;
    const found = diagnose(src);
    expect(found.map((d) => d.code)).toEqual(['FLOW4030', 'FLOW4031']);
    expect(found[0]!.message).toBe("navigate to 'B' must send 'name': they are declared in its data");
  });
});

describe('limits', () => {
  const screens = (n: number) =>
    Array.from({ length: n }, (_, i) => {
      const id = `S${String.fromCharCode(65 + i)}`;
      const next = `S${String.fromCharCode(66 + i)}`;
      return i === n - 1 ? end(id) : `screen ${id} "x" { Footer "Next" -> navigate ${next} }`;
    }).join('\n');

  test('nine screens break the default limit; limits "meta" allows them', () => {
    expect(diagnose(screens(9))).toEqual([expect.objectContaining({ code: 'FLOW6001', at: 'SI', meta: 'MAX_SCREENS_NUMBER' })]);
    expect(codes(`flow t { limits "meta" }\n${screens(9)}`)).toEqual([]);
    expect(codes(screens(8))).toEqual([]);
  });

  test('31 components break the default limit, counted at every depth', () => {
    const body = (n: number) => Array.from({ length: n }, (_, i) => `TextBody "line ${i}"`).join('\n');
    // 28 + If + its one child + Footer = 31
    const src = `screen A "A" { terminal data { ok = true }\n${body(28)}\nIf data.ok { TextBody "x" }\nFooter "x" -> complete }`;
    expect(codes(src)).toEqual(['FLOW6002']);
    expect(codes(src.replace('If data.ok { TextBody "x" }', 'TextBody "x" { visible: data.ok }'))).toEqual([]);
  });

  test('two Footers on a screen, but one in each branch of an If is fine', () => {
    expect(codes('screen A "A" { terminal Footer "x" -> complete\n Footer "y" -> complete }')).toEqual(['FLOW6003']);
    expect(
      codes('screen A "A" { terminal data { ok = true }\n If data.ok { Footer "x" -> complete } else { Footer "y" -> complete } }'),
    ).toEqual([]);
  });
});
