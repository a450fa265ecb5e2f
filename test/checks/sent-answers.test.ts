// FLOW8003 (beyond Meta): every input's answer is sent (complete or data_exchange payloads, directly or
// through the data fields it is copied into) or decides what the Flow does, with a fix that adds it to
// the payload where it obviously belongs.
import { describe, expect, test } from 'vitest';
import { codes, diagnose } from './helpers.js';
import { allCodes, applyFix, found } from './fixes.js';

describe('sent answers', () => {
  test('an input whose answer goes nowhere, and the fix that sends it', () => {
    const src = [
      'screen SIGN_UP "Sign up" {',
      '  terminal',
      '  TextInput name "Name"',
      '  TextInput email "Email"',
      '  Footer "Go" -> complete { name: form.name }',
      '}',
    ].join('\n');
    expect(diagnose(src)).toEqual([
      expect.objectContaining({ code: 'FLOW8003', at: 'email', message: "the answer to 'email' on screen 'SIGN_UP' is never sent" }),
    ]);
    const fixed = applyFix(src, found(src, 'FLOW8003')[0]!);
    expect(fixed).toContain('complete { name: form.name, email: form.email }');
    expect(allCodes(fixed)).toEqual([]);
  });

  test('the fix writes a payload where there is none, or fills an empty one', () => {
    const base = (action: string) => `screen A "A" {\n  terminal\n  TextInput x "X"\n  Footer "Go" -> ${action}\n}`;
    for (const action of ['complete', 'complete {}']) {
      const fixed = applyFix(base(action), found(base(action), 'FLOW8003')[0]!);
      expect(fixed).toContain('-> complete { x: form.x }');
      expect(allCodes(fixed)).toEqual([]);
    }
  });

  test('from another screen, the fix sends it with a global reference to the one complete', () => {
    const src = [
      'screen ASK "Ask" {',
      '  TextInput city "City"',
      '  Footer "Next" -> navigate DONE',
      '}',
      'screen DONE "Done" {',
      '  terminal',
      '  Footer "Finish" -> complete { source: "whatsapp" }',
      '}',
    ].join('\n');
    const fixed = applyFix(src, found(src, 'FLOW8003')[0]!);
    expect(fixed).toContain('complete { source: "whatsapp", city: screen.ASK.form.city }');
    expect(allCodes(fixed)).toEqual([]);
    // before 4.0 there are no global references: no fix, and the help says to pass it on
    const old = found(`flow { version "3.1" }\n${src}`, 'FLOW8003')[0]!;
    expect(old.fixes).toBeUndefined();
    expect(old.help).toContain('pass it on in navigate payloads');
  });

  test('answers that reach a sink: directly, globally, through navigate and update_data', () => {
    const src = [
      'flow { endpoint }',
      'screen A "A" {',
      '  TextInput direct "Direct"',
      '  TextInput later "Later"',
      '  TextInput passed "Passed"',
      '  Footer "Next" -> navigate B { passed: form.passed, chosen: "" }',
      '}',
      'screen B "B" {',
      '  data {',
      '    passed = "x"',
      '    chosen = "x"',
      '  }',
      '  Dropdown pick "Pick" { data-source { a "A" }; on-select-action: update_data { chosen: form.pick } }',
      '  TextBody "${data.chosen}"',
      '  Footer "Next" -> navigate C { passed: data.passed, chosen: data.chosen, direct: screen.A.form.direct }',
      '}',
      'screen C "C" {',
      '  terminal',
      '  data {',
      '    passed = "x"',
      '    chosen = "x"',
      '    direct = "x"',
      '  }',
      '  Footer "Send" -> data_exchange { passed: data.passed, chosen: data.chosen, direct: data.direct, later: screen.A.form.later }',
      '}',
    ].join('\n');
    expect(codes(src)).toEqual([]);
  });

  test('an answer passed on to a screen that only shows it is lost', () => {
    const src = [
      'screen A "A" {',
      '  TextInput name "Name"',
      '  Footer "Next" -> navigate B { name: form.name }',
      '}',
      'screen B "B" {',
      '  terminal',
      '  data { name = "x" }',
      '  TextBody "Hi ${data.name}"',
      '  Footer "Done" -> complete',
      '}',
    ].join('\n');
    const [d] = found(src, 'FLOW8003');
    expect(d!.related?.map((r) => r.message)).toEqual(["copied into 'B' as data.name here, which is never sent either"]);
  });

  test('inputs in a Form, an If or a Switch count the same', () => {
    const src = [
      'screen A "A" {',
      '  terminal',
      '  data { show = true }',
      '  Form f {',
      '    TextInput in_form "In form"',
      '    If data.show { TextInput in_if "In if" }',
      '    Switch data.show { case yes { TextInput in_switch "In switch" } }',
      '    Footer "Go" -> complete { in_form: form.in_form }',
      '  }',
      '}',
    ].join('\n');
    expect(diagnose(src).map((d) => `${d.code} ${d.at}`)).toEqual(['FLOW8003 in_if', 'FLOW8003 in_switch']);
  });

  test('an answer that decides what the Flow does is used', () => {
    const branch = [
      'screen AGE "Age" {',
      '  terminal',
      '  RadioButtonsGroup adult "18+?" { data-source { yes "Yes"; no "No" } }',
      '  If form.adult == "yes" { Footer "Go" -> complete { adult: true } } else { Footer "Bye" -> complete { adult: false } }',
      '}',
    ].join('\n');
    expect(codes(branch)).toEqual([]);
    // an If that only changes a text does not use the answer
    const shown = branch.replace(/ {2}If .*\n/, '  If form.adult == "yes" { TextBody "Welcome" }\n  Footer "Go" -> complete\n');
    expect(codes(shown)).toEqual(['FLOW8003']);
    // an answer that shows or hides another input, or enables the button, is used
    const toggle = [
      'screen VAT "VAT" {',
      '  terminal',
      '  OptIn business "I order for a business"',
      '  TextInput vat "VAT number" { visible: form.business }',
      '  Footer "Go" -> complete { vat: form.vat }',
      '}',
    ].join('\n');
    expect(codes(toggle)).toEqual([]);
  });

  test('a required OptIn is always true: it need not be sent; an optional one must', () => {
    const src = (flag: string) => `screen A "A" {\n  terminal\n  OptIn terms "I accept the terms"${flag}\n  Footer "Go" -> complete\n}`;
    expect(codes(src(' { required }'))).toEqual([]);
    expect(codes(src(''))).toEqual(['FLOW8003']);
  });
});
