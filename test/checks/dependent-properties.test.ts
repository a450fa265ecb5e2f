// TextInput pattern: only with input-type text/number/password/passcode, and it needs helper-text
// (spec §4.4, §1.3: 6.2).
import { describe, expect, test } from 'vitest';
import { screen } from './helpers.js';
import { found } from './rule-helpers.js';

describe('dependent properties', () => {
  test('pattern with input-type email', () => {
    const src = screen('  TextInput mail "Email" { input-type: email; pattern: "^a$"; helper-text: "x" }');
    expect(found(src, 'FLOW5032')).toEqual([
      expect.objectContaining({
        at: 'email',
        meta: 'INVALID_ENUM_VALUE',
        message: "'pattern' works only with input-type text, number, password, passcode; TextInput 'mail' has input-type email",
      }),
    ]);
  });

  test('pattern without input-type: the default text is fine', () => {
    expect(found(screen('  TextInput code "Code" { pattern: "^a$"; helper-text: "x" }'), 'FLOW5032')).toEqual([]);
    expect(found(screen('  TextInput code "Code" { input-type: passcode; pattern: "^1$"; helper-text: "x" }'), 'FLOW5032')).toEqual([]);
  });

  test('pattern with a dynamic input-type is not checked', () => {
    const src = screen('  data { kind = "email" }\n  TextInput code "Code" { input-type: data.kind; pattern: "^a$"; helper-text: "x" }');
    expect(found(src, 'FLOW5032')).toEqual([]);
  });

  test('pattern without helper-text (MISSING_REQUIRED_PROPERTY)', () => {
    expect(found(screen('  TextInput code "Code" { pattern: "^[0-9]{6}$" }'), 'FLOW5033')).toEqual([
      expect.objectContaining({
        at: 'pattern',
        meta: 'MISSING_REQUIRED_PROPERTY',
        message: "TextInput 'code' has 'pattern', so it needs 'helper-text' too",
      }),
    ]);
  });

  test('before 6.2 pattern is reported as too new, not here', () => {
    const src = screen('  TextInput code "Code" { input-type: email; pattern: "^a$" }', 'flow t { version "6.1" }');
    expect(found(src, 'FLOW5032')).toEqual([]);
    expect(found(src, 'FLOW5033')).toEqual([]);
    expect(found(src, 'FLOW7003')).toHaveLength(1);
  });
});
