// Every sensitive name is an input of the screen (spec §3: INVALID_SENSITIVE_FIELD).
import { describe, expect, test } from 'vitest';
import { applyFix, found } from './rule-helpers.js';

const login = (sensitive: string, version = '7.3') =>
  `flow { version "${version}" }\nscreen LOGIN "Sign in" {\n  terminal\n  sensitive: ${sensitive}\n` +
  '  TextInput password "Password" { input-type: password }\n  Footer "Sign in" -> complete { password: form.password }\n}\n';

describe('sensitive fields', () => {
  test('a misspelt input name, with a fix', () => {
    const src = login('[pasword]');
    expect(found(src, 'FLOW2030')).toEqual([
      expect.objectContaining({
        at: 'pasword',
        meta: 'INVALID_SENSITIVE_FIELD',
        message: "sensitive field 'pasword' is not an input on screen 'LOGIN'",
        help: "did you mean 'password'?",
      }),
    ]);
    expect(found(applyFix(src, 'FLOW2030'), 'FLOW2030')).toEqual([]);
  });

  test('a quoted name that is no input at all', () => {
    expect(found(login('["card"]'), 'FLOW2030')).toEqual([
      expect.objectContaining({ at: '"card"', help: 'list the names of inputs on this screen' }),
    ]);
  });

  test('an input of another screen does not count', () => {
    const src =
      'screen A "A" { TextInput card "Card" Footer "Next" -> navigate B { card: form.card } }\n' +
      'screen B "B" { terminal sensitive: [card] data { card = "x" } Footer "OK" -> complete { card: data.card } }\n';
    expect(found(src, 'FLOW2030')).toEqual([expect.objectContaining({ at: 'card' })]);
  });

  test('inputs of the screen are fine', () => {
    expect(found(login('[password]'), 'FLOW2030')).toEqual([]);
  });
});
