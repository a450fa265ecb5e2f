// Text never holds a literal "${" (written \${): Meta would read it as a reference.
import { describe, expect, test } from 'vitest';
import { screen } from './helpers.js';
import { found } from './type-helpers.js';

const CODE = 'FLOW3036';

describe('literal ${ in text', () => {
  test('in a text, a screen title, a payload and an expression', () => {
    const src = screen(
      '  data { n = 1 }\n  TextBody "Use \\${name} in templates"\n  TextBody "a" { visible: "\\${x}" == "y" && data.n > 0 }',
    )
      .replace('"Main"', '"Hi \\${x}"')
      .replace('-> complete', '-> complete { note: "\\${x}" }');
    expect(found(src, CODE).map((d) => [d.at, d.message])).toEqual([
      ['"Hi \\${x}"', 'this text contains a literal "${", which Meta would read as the start of a reference'],
      ['"Use \\${name} in templates"', 'this text contains a literal "${", which Meta would read as the start of a reference'],
      ['"\\${x}"', 'this text contains a literal "${", which Meta would read as the start of a reference'],
      ['"\\${x}"', 'this text contains a literal "${", which Meta would read as the start of a reference'],
    ]);
  });

  test('accepted: a lone $, \\$ before a reference, data examples', () => {
    const src = screen('  data { amount = 4.5; tpl = "\\${x}" }\n  TextBody "You paid \\$${data.amount}, about $5"');
    expect(found(src, CODE)).toEqual([]);
  });
});
