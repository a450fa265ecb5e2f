// A Switch value is read at run time: a reference or an expression (spec §4.21; Meta: PATTERN_MISMATCH).
import { describe, expect, test } from 'vitest';
import { screen } from './helpers.js';
import { fixed, found } from './type-helpers.js';

const CODE = 'FLOW3035';

function switchOn(value: string): string {
  return screen(
    `  data { status = "open" }\n  RadioButtonsGroup plan "Plan" { data-source { basic "Basic" } }\n` +
      `  Switch ${value} {\n    case basic { TextBody "Basic" }\n    case open { TextBody "Open" }\n  }`,
  );
}

describe('Switch values', () => {
  test('a fixed string', () => {
    expect(found(switchOn('"basic"'), CODE)).toEqual([
      expect.objectContaining({
        at: '"basic"',
        meta: 'PATTERN_MISMATCH',
        message: 'a Switch needs a value read at run time, such as form.plan, but "basic" is fixed',
        help: "this Switch always shows case 'basic': write its components without the Switch, or switch on a reference such as form.plan",
      }),
    ]);
  });

  test('an input or data field named without form. or data.', () => {
    expect(fixed(switchOn('plan'), CODE)).toContain('Switch form.plan {');
    expect(fixed(switchOn('status'), CODE)).toContain('Switch data.status {');
    expect(found(switchOn('3'), CODE).map((d) => d.help)).toEqual(['switch on a reference such as form.plan or data.status']);
  });

  test('accepted: references, bindings, expressions and backticks', () => {
    for (const v of ['form.plan', 'data.status', '"${data.status}"', '`${data.status}`', 'data.status == "open"']) {
      expect(found(switchOn(v), CODE)).toEqual([]);
    }
  });
});
