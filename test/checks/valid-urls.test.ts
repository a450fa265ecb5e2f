// open_url opens an absolute URL (spec §5; Meta: INVALID_PROPERTY_VALUE_FORMAT "should be in 'uri' format").
import { describe, expect, test } from 'vitest';
import { screen } from './helpers.js';
import { fixed, found } from './type-helpers.js';

const CODE = 'FLOW3029';

const link = (url: string) => screen(`  EmbeddedLink "Terms" -> open_url ${url}`);

describe('open_url URLs', () => {
  test('a URL without a scheme, fixed with https://', () => {
    const src = link('"www.example.com/terms"');
    expect(found(src, CODE)).toEqual([
      expect.objectContaining({
        at: '"www.example.com/terms"',
        meta: 'INVALID_PROPERTY_VALUE_FORMAT',
        message: '"www.example.com/terms" is not an absolute URL: it has no scheme such as https://',
        help: 'did you mean "https://www.example.com/terms"?',
      }),
    ]);
    expect(fixed(src, CODE)).toContain('open_url "https://www.example.com/terms"');
  });

  test('white space, a relative path, an empty URL, a broken host', () => {
    expect(found(link('"https://example.com/my terms"'), CODE).map((d) => d.message)).toEqual([
      '"https://example.com/my terms" is not an absolute URL: it contains white space (write %20 for a space)',
    ]);
    expect(found(link('"/terms"'), CODE).map((d) => d.message)).toEqual(['"/terms" is not an absolute URL: it has no scheme such as https://']);
    expect(found(link('""'), CODE).map((d) => d.message)).toEqual(['"" is not an absolute URL: it is empty']);
    expect(found(link('"https://exa mple"'), CODE).length).toBe(1);
    expect(found(link('"http://[::1"'), CODE).map((d) => d.message)).toEqual(['"http://[::1" is not an absolute URL: it is not a well-formed URL']);
  });

  test('accepted: absolute URLs of any scheme, bindings', () => {
    expect(found(link('"https://www.example.com/a?b=1#c"'), CODE)).toEqual([]);
    expect(found(link('"mailto:help@example.com"'), CODE)).toEqual([]);
    expect(found(screen('  data { u = "x" }\n  EmbeddedLink "T" -> open_url "${data.u}"'), CODE)).toEqual([]);
  });

  test('not checked before 6.0, where open_url does not exist', () => {
    expect(found(screen('  EmbeddedLink "T" -> open_url "x"', 'flow t { version "5.1" }'), CODE)).toEqual([]);
  });
});
