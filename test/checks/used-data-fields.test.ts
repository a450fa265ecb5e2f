// FLOW8002 (beyond Meta): every declared data field is read somewhere — on its screen or through
// screen.S.data.x — with a fix that removes the field and the payload values sent for it.
import { describe, expect, test } from 'vitest';
import { codes, diagnose } from './helpers.js';
import { allCodes, applyFix, found } from './fixes.js';

describe('used data fields', () => {
  test('a field nobody reads, with the navigate payload that fills it', () => {
    const src = [
      'screen CART "Cart" {',
      '  Footer "Pay" -> navigate PAY { total: "€9", currency: "EUR" }',
      '}',
      'screen PAY "Pay" {',
      '  terminal',
      '  data {',
      '    total = "€9"',
      '    currency = "EUR"',
      '  }',
      '  TextBody "${data.total}"',
      '  Footer "Pay" -> complete',
      '}',
      '',
    ].join('\n');
    expect(diagnose(src)).toEqual([
      expect.objectContaining({ code: 'FLOW8002', at: 'currency', message: "data field 'currency' of screen 'PAY' is never used" }),
    ]);
    const [d] = found(src, 'FLOW8002');
    expect(d!.related?.map((r) => [src.slice(r.span.start, r.span.end), r.message])).toEqual([["currency", "'CART' sends a value for it here"]]);
    const fixed = applyFix(src, d!);
    expect(fixed).toContain('navigate PAY { total: "€9" }');
    expect(fixed).toContain('    total = "€9"\n  }');
    expect(allCodes(fixed)).toEqual([]);
  });

  test('the fix removes a data block whose only field it is, and a payload whose only entry it is', () => {
    const src = [
      'screen CART "Cart" {',
      '  Footer "Pay" -> navigate PAY { currency: "EUR" }',
      '}',
      'screen PAY "Pay" {',
      '  terminal',
      '  data { currency = "EUR" }',
      '  Footer "Pay" -> complete',
      '}',
      '',
    ].join('\n');
    const fixed = applyFix(src, found(src, 'FLOW8002')[0]!);
    expect(fixed).toBe('screen CART "Cart" {\n  Footer "Pay" -> navigate PAY\n}\nscreen PAY "Pay" {\n  terminal\n  Footer "Pay" -> complete\n}\n');
    expect(allCodes(fixed)).toEqual([]);
  });

  test('every kind of read counts', () => {
    const src = [
      'screen A "${data.title}" {',
      '  data {',
      '    title = "Hi"',
      '    text = "x"',
      '    visible = true',
      '    cond = true',
      '    kind = "a"',
      '    options = [{ id: "a", title: "A" }]',
      '    init = "x"',
      '    address = { city: "Leeds" }',
      '    price = 2',
      '    sent = "x"',
      '    other = "x"',
      '  }',
      '  TextBody "Say ${data.text}" { visible: data.visible }',
      '  If data.cond { TextBody "yes" }',
      '  Switch data.kind { case a { TextBody "a" } }',
      '  Form f {',
      '    init-values: { choice: data.init }',
      '    Dropdown choice "Choice" { data-source: data.options }',
      '  }',
      '  TextCaption "${data.address.city}"',
      '  TextCaption `${data.price} * 2`',
      '  Footer "Next" -> navigate B { sent: data.sent, choice: form.choice }',
      '}',
      'screen B "B" {',
      '  terminal',
      '  data {',
      '    sent = "x"',
      '    choice = "a"',
      '  }',
      '  Footer "Done" -> complete { sent: data.sent, choice: data.choice, other: screen.A.data.other }',
      '}',
    ].join('\n');
    expect(codes(src)).toEqual([]);
  });

  test('update_data writes a field; it does not read it', () => {
    const src = [
      'screen A "A" {',
      '  terminal',
      '  data { picked = false }',
      '  Dropdown d "D" { data-source { a "A" }; on-select-action: update_data { picked: true } }',
      '  Footer "Done" -> complete { d: form.d }',
      '}',
    ].join('\n');
    expect(codes(src)).toEqual(['FLOW8002']);
  });

  test("an endpoint's error_message is read by WhatsApp (a snackbar)", () => {
    const screenText = 'screen A "A" {\n  terminal\n  data { error_message = "" }\n  Footer "Done" -> complete\n}';
    expect(codes(`flow { endpoint }\n${screenText}`)).toEqual([]);
    expect(codes(screenText)).toEqual(['FLOW8002']);
  });

  test('not reported on a flow with errors (a misspelt reference makes its field look unused)', () => {
    const src = 'screen A "A" {\n  terminal\n  data { name = "x" }\n  TextBody "${data.nmae}"\n  Footer "Done" -> complete\n}';
    expect(codes(src)).toEqual(['FLOW2003']);
  });
});
