// Document links: the URL of each open_url that can be opened, over the text inside its quotes.
import { describe, expect, test } from 'vitest';
import { analyze, documentLinks } from '../../compiler/src/index.js';

const SOURCE = `flow t { version "7.3" }
screen A "A" {
  terminal
  OptIn terms "I accept the terms" -> open_url "https://example.com/terms"
  EmbeddedLink "Privacy" -> open_url "example.com/privacy"
  EmbeddedLink "Escaped" -> open_url "https:\\/\\/example.com"
  Footer "Done" -> complete
}
`;

describe('document links', () => {
  test('an open_url URL that can be opened, not one without a scheme or written with escapes', () => {
    const links = documentLinks(analyze(SOURCE));
    expect(links.map((l) => [SOURCE.slice(l.span.start, l.span.end), l.target])).toEqual([
      ['https://example.com/terms', 'https://example.com/terms'],
    ]);
  });
});
