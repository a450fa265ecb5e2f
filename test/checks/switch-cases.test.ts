// Switch cases (spec §4.21: EMPTY_SWITCH_CASES, key pattern ^[a-zA-Z][a-zA-Z0-9-_]*$, keys unique).
import { describe, expect, test } from 'vitest';
import { screen } from './helpers.js';
import { found } from './rule-helpers.js';

const sw = (cases: string) => screen(`  data { v = "a" }\n  Switch data.v {\n${cases}\n  }`);

describe('switch cases', () => {
  test('a Switch without cases', () => {
    expect(found(sw(''), 'FLOW5049')).toEqual([
      expect.objectContaining({ at: 'Switch', meta: 'EMPTY_SWITCH_CASES', message: 'this Switch has no cases' }),
    ]);
  });

  test('case keys that do not match the pattern', () => {
    const src = sw('    case "1" { TextBody "one" }\n    case "two words" { TextBody "two" }\n    case _x { TextBody "x" }\n    case a-b_1 { TextBody "ok" }');
    expect(found(src, 'FLOW5050').map((d) => d.at)).toEqual(['"1"', '"two words"', '_x']);
    expect(found(src, 'FLOW5050')[0]!.message).toBe(
      "'1' cannot be a case key: a key starts with a letter and holds only letters, digits, '-' and '_'",
    );
  });

  test('the same key twice', () => {
    const src = sw('    case a { TextBody "one" }\n    case "a" { TextBody "two" }');
    expect(found(src, 'FLOW5051')).toEqual([expect.objectContaining({ at: '"a"', message: "case 'a' appears twice in this Switch" })]);
  });

  test('valid cases are fine', () => {
    const src = sw('    case a { TextBody "one" }\n    case b { TextBody "two" }');
    expect([...found(src, 'FLOW5049'), ...found(src, 'FLOW5050'), ...found(src, 'FLOW5051')]).toEqual([]);
  });
});
