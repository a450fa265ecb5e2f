// An If's then holds at least one component (spec §4.20, §8.2: INVALID_PROPERTY_VALUE).
import { describe, expect, test } from 'vitest';
import { screen } from './helpers.js';
import { found } from './rule-helpers.js';

describe('non-empty If', () => {
  test('an empty then with an else', () => {
    const src = screen('  data { ok = true }\n  If data.ok { } else { TextBody "no" }');
    expect(found(src, 'FLOW5052')).toEqual([
      expect.objectContaining({
        at: 'If',
        meta: 'INVALID_PROPERTY_VALUE',
        message: 'this If shows nothing when its condition holds: its block has no component',
        help: 'move the components into then with the condition negated: If !(…) { … }',
      }),
    ]);
  });

  test('an empty If', () => {
    expect(found(screen('  data { ok = true }\n  If data.ok { }'), 'FLOW5052')).toEqual([
      expect.objectContaining({ help: 'add a component, or remove the If' }),
    ]);
  });

  test('a then with a component is fine, an empty else too', () => {
    expect(found(screen('  data { ok = true }\n  If data.ok { TextBody "yes" } else { }'), 'FLOW5052')).toEqual([]);
  });
});
