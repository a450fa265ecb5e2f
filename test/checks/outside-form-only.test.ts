// init-value and error-message exist only on inputs outside a Form (spec §4 general rules).
import { describe, expect, test } from 'vitest';
import { screen } from './helpers.js';
import { found } from './rule-helpers.js';

describe('outside-Form-only properties', () => {
  test('init-value on a TextInput inside a Form', () => {
    const src = screen('  Form address {\n    TextInput city "City" { init-value: "Leeds" }\n  }');
    expect(found(src, 'FLOW5038')).toEqual([
      expect.objectContaining({
        at: 'init-value',
        meta: 'INVALID_PROPERTY_KEY',
        message: "TextInput 'city' is inside Form 'address', so it cannot have 'init-value': use the Form's init-values",
        help: 'set it in the Form instead: init-values: { city: … }',
      }),
    ]);
  });

  test('error-message on a picker inside a Form, in an If', () => {
    const src = screen('  data { ok = true }\n  Form f {\n    If data.ok { PhotoPicker p "Photos" { error-message: "x" } }\n  }');
    expect(found(src, 'FLOW5038')).toEqual([
      expect.objectContaining({ at: 'error-message', message: expect.stringContaining("use the Form's error-messages") }),
    ]);
  });

  test('outside a Form both are fine', () => {
    expect(found(screen('  TextInput city "City" { init-value: "Leeds"; error-message: "Unknown city" }'), 'FLOW5038')).toEqual([]);
  });
});
