// Properties that go together: Footer left-caption ⇔ right-caption (spec §4.9, INVALID_DEPENDENCIES).
import { describe, expect, test } from 'vitest';
import { screen } from './helpers.js';
import { applyFix, found } from './rule-helpers.js';

const footer = (props: string) =>
  `screen MAIN "Main" {\n  terminal\n  TextBody "Pizza"\n  Footer "Pay" { ${props} } -> complete\n}\n`;

describe('paired properties', () => {
  test('left-caption without right-caption', () => {
    expect(found(footer('left-caption: "Total"'), 'FLOW5030')).toEqual([
      expect.objectContaining({
        at: 'left-caption',
        meta: 'INVALID_DEPENDENCIES',
        message: "Footer has 'left-caption' but no 'right-caption': the two go together",
        help: 'add right-caption: "…", or use center-caption for a single caption',
      }),
    ]);
  });

  test('right-caption without left-caption', () => {
    expect(found(footer('right-caption: "€9"'), 'FLOW5030')).toEqual([
      expect.objectContaining({ at: 'right-caption', message: "Footer has 'right-caption' but no 'left-caption': the two go together" }),
    ]);
  });

  test('a lone caption can become center-caption', () => {
    const fixed = applyFix(footer('left-caption: "Total"'), 'FLOW5030');
    expect(fixed).toContain('{ center-caption: "Total" }');
    expect(found(fixed, 'FLOW5030')).toEqual([]);
  });

  test('no center-caption fix when center-caption is there already', () => {
    const [d] = found(footer('center-caption: "x"; left-caption: "Total"'), 'FLOW5030');
    expect(d).toMatchObject({ at: 'left-caption', help: 'add right-caption: "…", or remove left-caption' });
  });

  test('both captions, or none, are fine', () => {
    expect(found(footer('left-caption: "Total"; right-caption: "€9"'), 'FLOW5030')).toEqual([]);
    expect(found(screen('  TextBody "x"'), 'FLOW5030')).toEqual([]);
  });
});
