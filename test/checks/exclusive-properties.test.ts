// Properties that exclude each other: Footer center-caption vs left/right-caption (spec §4.9,
// NOT_KEYWORD_SCHEMA_VALIDATION_FAILED).
import { describe, expect, test } from 'vitest';
import { applyFix, found } from './rule-helpers.js';

const footer = (props: string) =>
  `screen MAIN "Main" {\n  terminal\n  TextBody "Pizza"\n  Footer "Pay" {\n    ${props.split('; ').join('\n    ')}\n  } -> complete\n}\n`;

describe('exclusive properties', () => {
  test('center-caption with left-caption and right-caption', () => {
    const src = footer('left-caption: "Total"; right-caption: "€9"; center-caption: "Secure"');
    expect(found(src, 'FLOW5031')).toEqual([
      expect.objectContaining({
        at: 'center-caption',
        meta: 'NOT_KEYWORD_SCHEMA_VALIDATION_FAILED',
        message: "'center-caption' of Footer cannot be combined with 'left-caption' and 'right-caption'",
      }),
    ]);
    // the complete pair stays: center-caption goes
    const fixed = applyFix(src, 'FLOW5031');
    expect(fixed).not.toContain('center-caption');
    expect(found(fixed, 'FLOW5031')).toEqual([]);
    expect(found(fixed, 'FLOW5030')).toEqual([]);
  });

  test('center-caption with a lone left-caption: the fix removes left-caption', () => {
    const src = footer('center-caption: "Secure"; left-caption: "Total"');
    expect(found(src, 'FLOW5031')).toEqual([expect.objectContaining({ at: 'center-caption' })]);
    const fixed = applyFix(src, 'FLOW5031');
    expect(fixed).toContain('center-caption: "Secure"\n  }');
    expect(found(fixed, 'FLOW5031')).toEqual([]);
    expect(found(fixed, 'FLOW5030')).toEqual([]);
  });

  test('the fix keeps comments around the removed property', () => {
    const src = footer('left-caption: "Total"; right-caption: "€9"; center-caption: "Secure" // shown in the middle; enabled: true');
    const fixed = applyFix(src, 'FLOW5031');
    expect(fixed).toContain('right-caption: "€9"\n    // shown in the middle\n    enabled: true');
    expect(found(fixed, 'FLOW5031')).toEqual([]);
  });

  test('center-caption alone is fine', () => {
    expect(found(footer('center-caption: "Secure"'), 'FLOW5031')).toEqual([]);
  });
});
