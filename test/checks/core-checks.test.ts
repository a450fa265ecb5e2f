// The checks the compiler core needs to generate correct output: names, references, components,
// properties, values, data models, versions. Each case is written the way a user would make the mistake.
import { describe, expect, test } from 'vitest';
import { codes, diagnose, screen } from './helpers.js';

describe('screens', () => {
  test('two screens with the same id', () => {
    const src = 'screen A "One" { terminal Footer "x" -> complete }\nscreen A "Two" { terminal Footer "x" -> complete }';
    const [d] = diagnose(src);
    expect(d).toMatchObject({ code: 'FLOW2001', at: 'A', meta: 'DUPLICATE_SCREEN_IDS' });
    expect(diagnose(src)[0]!.message).toBe("screen 'A' is declared twice");
  });

  test('screen ids with digits and the reserved SUCCESS', () => {
    expect(diagnose('screen STEP_1 "x" { terminal Footer "x" -> complete }')[0]).toMatchObject({ code: 'FLOW2007', at: 'STEP_1' });
    expect(diagnose('screen SUCCESS "x" { terminal Footer "x" -> complete }')[0]).toMatchObject({ code: 'FLOW2008', at: 'SUCCESS' });
  });

  test('unknown screen property, with a suggestion', () => {
    const found = diagnose('screen A "x" { terminl Footer "x" -> complete }');
    expect(found.find((d) => d.code === 'FLOW5010')).toMatchObject({ at: 'terminl', help: "did you mean 'terminal'?" });
  });
});

describe('references', () => {
  test('navigate to a screen that does not exist', () => {
    const src = 'screen A "x" { Footer "Next" -> navigate DETAIL }\nscreen DETAILS "y" { terminal Footer "x" -> complete }';
    expect(diagnose(src)).toEqual([
      expect.objectContaining({ code: 'FLOW2002', at: 'DETAIL', help: "did you mean 'DETAILS'?" }),
      // and so nothing leads to DETAILS
      expect.objectContaining({ code: 'FLOW4014', at: 'DETAILS' }),
    ]);
  });

  test('an undeclared data field in a string', () => {
    const [d] = diagnose(screen('  data { name = "Jane" }\n  TextBody "Hi ${data.nmae}"'));
    expect(d).toMatchObject({ code: 'FLOW2003', at: 'nmae', help: "did you mean 'name'?" });
  });

  test('references inside a backtick expression are checked like any other', () => {
    const src =
      'flow t { version "7.3" }\n' +
      'screen A "x" { data { count = 2 } TextInput q "Q" Footer "Next" -> navigate B }\n' +
      'screen B "y" {\n  terminal\n  TextBody `${data.cuont} + ${screen.A.data.count} + ${screen.C.form.q} + ${screen.A.form.qq}`\n' +
      '  Footer "x" -> complete\n}';
    expect(diagnose(src)).toEqual([
      expect.objectContaining({ code: 'FLOW2003', at: 'cuont' }),
      expect.objectContaining({ code: 'FLOW2002', at: 'C' }),
      expect.objectContaining({ code: 'FLOW2004', at: 'qq', help: "did you mean 'q'?" }),
    ]);
  });

  test('a form field no input has', () => {
    const src = screen('  TextInput email "Email"').replace('-> complete', '-> complete { mail: form.mail }');
    expect(diagnose(src)).toEqual([expect.objectContaining({ code: 'FLOW2004', at: 'mail' })]);
  });

  test('a global reference to the current screen', () => {
    const src = screen('  TextInput email "Email"\n  TextBody screen.MAIN.form.email');
    expect(codes(src)).toEqual(['FLOW2010']);
  });

  test('global references resolve against the other screen', () => {
    const src =
      'screen A "x" { TextInput email "Email" Footer "Next" -> navigate B }\n' +
      'screen B "y" { terminal TextBody screen.A.form.email TextBody screen.A.form.phone Footer "x" -> complete }';
    expect(diagnose(src)).toEqual([expect.objectContaining({ code: 'FLOW2004', at: 'phone' })]);
  });

  test('two inputs with the same name in an If and its else', () => {
    const src = screen('  data { ok = true }\n  If data.ok { TextInput a "A" } else { TextInput a "B" }');
    expect(diagnose(src)).toEqual([expect.objectContaining({ code: 'FLOW2009', at: 'a' })]);
  });
});

describe('components and properties', () => {
  test('a misspelled component', () => {
    expect(diagnose(screen('  Textinput email "Email"'))[0]).toMatchObject({
      code: 'FLOW5001',
      at: 'Textinput',
      help: "did you mean 'TextInput'?",
    });
  });

  test('an input without a name, a name where none belongs', () => {
    expect(codes(screen('  TextInput "Email"'))).toEqual(['FLOW5004']);
    expect(codes(screen('  TextHeading title "Hi"'))).toEqual(['FLOW5005']);
  });

  test('an unknown property, a duplicate one, a missing required one', () => {
    expect(diagnose(screen('  TextInput email "Email" { helper-txt: "x" }'))[0]).toMatchObject({
      code: 'FLOW5002',
      at: 'helper-txt',
      help: "did you mean 'helper-text'?",
    });
    expect(diagnose(screen('  TextInput email "Email" { label: "Mail" }'))[0]).toMatchObject({ code: 'FLOW2006', at: 'label' });
    expect(diagnose(screen('  Dropdown city "City"'))[0]).toMatchObject({ code: 'FLOW5003', message: "Dropdown needs 'data-source'" });
  });

  test('-> on a component without an on-click action', () => {
    expect(codes(screen('  TextBody "x" -> complete'))).toEqual(['FLOW5007']);
  });

  test('components inside a component that holds none', () => {
    expect(diagnose(screen('  TextInput a "A" { TextBody "x" }'))[0]).toMatchObject({ code: 'FLOW5008', at: 'TextBody' });
  });

  test('a data block inside a component', () => {
    expect(codes(screen('  TextInput a "A" { data { x = 1 } }'))).toEqual(['FLOW5011']);
  });
});

describe('values', () => {
  test('a wrong enum value, with a suggestion', () => {
    expect(diagnose(screen('  TextInput email "Email" { input-type: mail }'))[0]).toMatchObject({
      code: 'FLOW3002',
      at: 'mail',
      help: "did you mean 'email'?",
    });
  });

  test('a string where a boolean belongs, a flag where a string belongs', () => {
    expect(diagnose(screen('  TextInput a "A" { required: "yes" }'))[0]).toMatchObject({ code: 'FLOW3001', at: '"yes"' });
    expect(diagnose(screen('  TextInput a "A" { helper-text }'))[0]).toMatchObject({ code: 'FLOW3001', at: 'helper-text' });
  });

  test('an action a slot does not accept', () => {
    expect(diagnose(screen('  EmbeddedLink "Done" -> complete'))[0]).toMatchObject({ code: 'FLOW4001', at: 'complete' });
  });

  test('a value where an action belongs', () => {
    expect(codes(screen('  Dropdown d "D" { data-source { a "A" } on-select-action: "go" }'))).toEqual(['FLOW4004']);
  });

  test('an unknown property of a data-source item', () => {
    expect(diagnose(screen('  Dropdown d "D" { data-source { a "A" { descripton: "x" } } }'))[0]).toMatchObject({
      code: 'FLOW5002',
      at: 'descripton',
    });
  });

  test('a reference where only a static value is allowed', () => {
    expect(codes(screen('  data { md = true }\n  TextBody "x" { markdown: data.md }'))).toEqual(['FLOW3006']);
  });
});

describe('data models', () => {
  test('a field without an example, an empty list without a type, an unknown type', () => {
    expect(codes(screen('  data { name: string }'))).toEqual(['FLOW3003']);
    expect(codes(screen('  data { slots = [] }'))).toEqual(['FLOW3004']);
    expect(codes(screen('  data { n: numbr = 1 }'))).toEqual(['FLOW3007']);
  });

  test('an example that does not fit its type', () => {
    expect(diagnose(screen('  data { n: number = "three" }'))[0]).toMatchObject({ code: 'FLOW3005', at: '"three"' });
    expect(codes(screen('  data { slots: [{ id: string }] = [{ id: 1 }] }'))).toEqual(['FLOW3005']);
  });

  test('a field declared twice', () => {
    expect(codes(screen('  data { a = 1; a = 2 }'))).toEqual(['FLOW2005']);
  });
});

describe('versions and the endpoint', () => {
  test('a component newer than the target version', () => {
    expect(diagnose(screen('  ChipsSelector c "C" { data-source { a "A" } }', 'flow t { version "6.2" }'))[0]).toMatchObject({
      code: 'FLOW7002',
      at: 'ChipsSelector',
    });
  });

  test('text mixed with references before 6.0', () => {
    expect(codes(screen('  data { n = "x" }\n  TextBody "Hi ${data.n}"', 'flow t { version "5.1" }'))).toEqual(['FLOW7004']);
    expect(codes(screen('  data { n = "x" }\n  TextBody "${data.n}"', 'flow t { version "5.1" }'))).toEqual([]);
  });

  test('an unknown version', () => {
    expect(diagnose(screen('', 'flow t { version "7.9" }'))[0]).toMatchObject({ code: 'FLOW7001', at: '"7.9"' });
  });

  test('data_exchange and routes need an endpoint', () => {
    expect(codes('screen A "x" { terminal Footer "x" -> data_exchange { a: 1 } }')).toEqual(['FLOW4002']);
    const withEndpoint = 'flow t { endpoint }\nscreen A "x" { terminal Footer "x" -> data_exchange { a: 1 } }';
    expect(codes(withEndpoint)).toEqual([]);
  });

  test('update_data before 6.0', () => {
    const src = screen('  data { x = "a" }\n  Dropdown d "D" { data-source { a "A" } on-select-action: update_data { x: "b" } }', 'flow t { version "5.1" }');
    expect(codes(src)).toEqual(['FLOW7005']);
  });
});
