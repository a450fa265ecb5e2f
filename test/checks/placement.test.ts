// Where components may sit: Form/If/Switch children, Footers in branches, If nesting, inputs outside
// an existing Form, RichText and NavigationList that want their screen to themselves.
import { describe, expect, test } from 'vitest';
import { codes, diagnose, screen } from './helpers.js';

describe('placement', () => {
  test('an ImageCarousel inside an If', () => {
    const src = screen('  data { ok = true }\n  If data.ok { ImageCarousel { images: [{ src: "aGk=", alt-text: "x" }] } }');
    expect(diagnose(src).find((d) => d.code === 'FLOW5009')).toMatchObject({ at: 'ImageCarousel' });
  });

  test('a Switch inside a Switch', () => {
    const src = screen('  data { v = "a" }\n  Switch data.v { case a { Switch data.v { case b { TextBody "x" } } } }');
    expect(codes(src)).toEqual(['FLOW5009']);
  });

  test('If nested four levels deep', () => {
    const src = screen('  data { ok = true }\n  If data.ok { If data.ok { If data.ok { If data.ok { TextBody "deep" } } } }');
    expect(diagnose(src)).toEqual([expect.objectContaining({ code: 'FLOW5012', meta: 'MAXIMUM_IF_NESTING' })]);
    expect(codes(src.replace('If data.ok { TextBody "deep" }', 'TextBody "three"'))).toEqual([]);
  });

  test('an input outside the screen\'s Form', () => {
    const src = screen('  Form f { TextInput a "A" }\n  TextInput b "B"');
    expect(diagnose(src)).toEqual([expect.objectContaining({ code: 'FLOW5013', at: 'TextInput', meta: 'COMPONENTS_OUTSIDE_FORM' })]);
  });

  test('a Footer in only one branch of an If', () => {
    const src = 'screen A "A" { terminal data { ok = true }\n If data.ok { Footer "x" -> complete } }';
    expect(codes(src)).toEqual(['FLOW5014']);
  });

  test('a Footer in only some cases of a Switch', () => {
    const src = 'screen A "A" { terminal data { v = "a" }\n Switch data.v { case a { Footer "x" -> complete } case b { TextBody "b" } } }';
    expect(diagnose(src)).toEqual([expect.objectContaining({ code: 'FLOW5014', at: 'b' })]);
  });

  test('RichText with other components; with a Footer it is fine from 6.3', () => {
    expect(codes(screen('  RichText "# Hi"\n  TextBody "x"'))).toEqual(['FLOW5015']);
    expect(codes(screen('  RichText "# Hi"'))).toEqual([]);
    expect(codes(screen('  RichText "# Hi"', 'flow t { version "6.2" }'))).toEqual(['FLOW5015']);
  });
});
