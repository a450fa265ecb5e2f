import { describe, expect, it } from 'vitest';
import { completionsAt } from '../../compiler/src/index.js';
import { analyzeAt, textOf } from './cursor.js';

function complete(source: string) {
  const { analysis, offset } = analyzeAt(source);
  const result = completionsAt(analysis, offset);
  return { ...result, labels: result.items.map((i) => i.label), replaced: textOf(analysis, result.span), analysis };
}

const TWO_SCREENS = `flow demo { version "7.3" }

screen ASK "Your details" {
  data { greeting = "Hi"; address = { city: "Leeds", zip: "LS1" } }
  TextInput name "Name"
  <|>
}

screen THANKS "Thank you" {
  terminal
  data { name = "Maria" }
  Footer "Done" -> complete
}
`;

describe('completion: members of a block', () => {
  it('offers components (with snippets), screen keywords and screen properties at the start of a screen member', () => {
    const c = complete(TWO_SCREENS);
    expect(c.labels).toEqual(expect.arrayContaining(['TextInput', 'Footer', 'If', 'Switch', 'routes', 'terminal', 'sensitive']));
    expect(c.labels).not.toContain('data'); // the screen has a data block already
    const input = c.items.find((i) => i.label === 'TextInput')!;
    expect(input.kind).toBe('component');
    expect(input.snippet).toBe(true);
    expect(input.insertText).toBe('TextInput ${1:name} "${2:Label}"');
    expect(c.items.find((i) => i.label === 'Footer')!.insertText).toBe('Footer "${1:Label}" -> ${2:navigate}');
  });

  it('offers the properties a component does not have yet, inside an unfinished block at the end of the file', () => {
    const c = complete(`screen A "A" {
  TextInput email "Email" {
    required
    input-type: email
    <|>`);
    expect(c.labels).toEqual(expect.arrayContaining(['helper-text', 'max-chars', 'pattern', 'visible']));
    expect(c.labels).not.toContain('required');
    expect(c.labels).not.toContain('input-type');
    expect(c.labels).not.toContain('label'); // set by the text after the name
    expect(c.labels).not.toContain('TextBody'); // a TextInput holds no components
    expect(c.items.find((i) => i.label === 'max-chars')!.detail).toBe('number');
  });

  it('replaces the partial word being typed, and still offers the property it begins', () => {
    const c = complete(`screen A "A" {
  TextInput email "Email" {
    hel<|>
  }
}`);
    expect(c.replaced).toBe('hel');
    expect(c.labels).toContain('helper-text');
  });

  it('offers components that may sit in a Form inside a Form block', () => {
    const c = complete(`flow { version "3.1" }
screen A "A" {
  Form f {
    <|>
  }
}`);
    expect(c.labels).toEqual(expect.arrayContaining(['TextInput', 'init-values']));
  });

  it('offers the item properties inside an item of a data-source', () => {
    const c = complete(`screen A "A" {
  RadioButtonsGroup r "R" {
    data-source {
      a "A" { <|> }
    }
  }
}`);
    expect(c.labels).toEqual(expect.arrayContaining(['description', 'metadata', 'enabled']));
    expect(c.labels).not.toContain('label');
    expect(c.labels).not.toContain('id'); // written before the block
    expect(c.labels).not.toContain('title');
  });

  it('offers header settings inside flow { }, without those already set', () => {
    const c = complete(`flow demo {
  version "7.3"
  <|>
}`);
    expect(c.labels).toEqual(expect.arrayContaining(['endpoint', 'limits', 'routing_model']));
    expect(c.labels).not.toContain('version');
  });

  it('offers values after a setting name, and other settings after a flag', () => {
    expect(complete('flow { version <|> }').labels).toContain('"7.3"');
    expect(complete('flow { version <|> }').labels).not.toContain('limits');
    expect(complete('flow { endpoint <|> }').labels).toEqual(['"3.0"', '"4.0"', 'version', 'limits', 'data_channel_uri', 'routing_model']);
  });

  it('offers the fields of an object-valued item property, and the inputs as Form init-values keys', () => {
    expect(complete(`screen A "A" {
  NavigationList n "N" {
    list-items {
      a { main-content: { <|>`).labels).toEqual(['title', 'description', 'metadata']);
    expect(complete(`flow { version "3.1" }
screen A "A" {
  Form f {
    init-values: { <|> }
    TextInput t "T"
  }
}`).labels).toEqual(['t']);
  });

  it('offers `screen` at the top level, and `flow` before the first screen', () => {
    expect(complete(`<|>`).labels).toEqual(['screen', 'flow']);
    expect(complete(`screen A "A" { terminal }\n<|>`).labels).toEqual(['screen']);
  });
});

describe('completion: values', () => {
  it('offers enum values after key:', () => {
    const c = complete(`screen A "A" {
  TextInput email "Email" { input-type: <|> }
}`);
    expect(c.labels).toEqual(['text', 'number', 'email', 'password', 'passcode', 'phone']);
    expect(c.items[0]!.kind).toBe('value');
  });

  it('offers enum values for a half-typed value, and replaces it', () => {
    const c = complete(`screen A "A" {
  TextInput email "Email" { input-type: em<|>`);
    expect(c.replaced).toBe('em');
    expect(c.labels).toContain('email');
  });

  it('offers action keywords after ->, as the slot accepts them', () => {
    const c = complete(`screen A "A" {
  Footer "Go" -> <|>
}`);
    expect(c.labels).toEqual(expect.arrayContaining(['navigate', 'complete', 'data_exchange']));
    expect(c.items.every((i) => i.kind === 'action')).toBe(true);
  });
});

describe('completion: names', () => {
  it('offers the other screens after `navigate ` at the end of the file', () => {
    const c = complete(`screen A "First" {
  TextBody "x"
}

screen B "Second" {
  Footer "Go" -> navigate <|>`);
    expect(c.labels).toEqual(['A']);
    expect(c.items[0]!.detail).toBe('First');
  });

  it('offers screens in routes, not those listed', () => {
    const c = complete(`flow { endpoint }
screen A "A" { routes B, <|> }
screen B "B" { terminal }
screen C "C" { terminal }`);
    expect(c.labels).toEqual(['C']);
  });

  it('offers data fields after `data.` with nothing after the dot', () => {
    const c = complete(TWO_SCREENS.replace('<|>', 'TextBody data.<|>'));
    expect(c.labels).toEqual(['greeting', 'address']);
    expect(c.items[0]!.detail).toBe('a string');
    expect(c.span.start).toBe(c.span.end);
  });

  it('offers the fields of an object-typed data field after `data.x.`', () => {
    expect(complete(TWO_SCREENS.replace('<|>', 'TextBody data.address.<|>')).labels).toEqual(['city', 'zip']);
  });

  it('offers inputs after `form.`', () => {
    const c = complete(TWO_SCREENS.replace('<|>', 'TextBody form.na<|>'));
    expect(c.labels).toEqual(['name']);
    expect(c.replaced).toBe('na');
  });

  it('offers screens after `screen.`, then data/form, then that screen’s fields', () => {
    expect(complete(TWO_SCREENS.replace('<|>', 'TextBody screen.<|>')).labels).toEqual(['THANKS']);
    expect(complete(TWO_SCREENS.replace('<|>', 'TextBody screen.THANKS.<|>')).labels).toEqual(['data', 'form']);
    expect(complete(TWO_SCREENS.replace('<|>', 'TextBody screen.THANKS.data.<|>')).labels).toEqual(['name']);
  });

  it('offers references inside ${…} in a string, closed or not', () => {
    expect(complete(TWO_SCREENS.replace('<|>', 'TextBody "Hello ${data.<|>}"')).labels).toEqual(['greeting', 'address']);
    expect(complete(TWO_SCREENS.replace('<|>', 'TextBody "Hello ${form.<|>')).labels).toEqual(['name']);
    expect(complete(TWO_SCREENS.replace('<|>', 'TextBody "Hello <|>"')).labels).toEqual([]);
  });

  it('offers references inside ${…} in a backtick expression', () => {
    expect(complete(TWO_SCREENS.replace('<|>', 'TextBody `${data.<|>} + 1`')).labels).toEqual(['greeting', 'address']);
  });

  it('offers the next screen’s data fields as navigate payload keys', () => {
    const c = complete(`screen A "A" {
  Footer "Go" -> navigate B { <|> }
}
screen B "B" { terminal; data { x = 1; y = "a" } Footer "Done" -> complete }`);
    expect(c.labels).toEqual(['x', 'y']);
  });

  it('offers nothing inside a comment', () => {
    expect(complete(`// navigate <|>\nscreen A "A" { terminal }`).items).toEqual([]);
  });
});

describe('completion: bindings in values', () => {
  const screen = (body: string) => `flow t { version "7.3" }
screen A "A" {
  terminal
  data { show = true }
  TextInput name "Name"
  TextInput email "E-mail"
${body}
}
`;

  it("after a dynamic property's key: its values first, then the data fields and inputs of a type it accepts", () => {
    const c = complete(screen('  TextBody "Hi" { visible: <|> }\n  Footer "Done" -> complete'));
    // visible takes a boolean: data.show is one, the text inputs are not
    expect(c.labels).toEqual(['true', 'false', 'data.show']);
    // editors order by sortText (else the label) as plain strings
    const key = (i: { sortText?: string; label: string }) => i.sortText ?? i.label;
    const order = [...c.items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)).map((i) => i.label);
    expect(order).toEqual(['false', 'true', 'data.show']);
    const text = complete(screen('  TextInput city "City" { helper-text: <|> }\n  Footer "Done" -> complete'));
    expect(text.labels).toEqual(['form.name', 'form.email', 'form.city']);
  });

  it('a property with named values: the values only', () => {
    const c = complete(screen('  TextInput phone "Phone" { input-type: <|> }\n  Footer "Done" -> complete'));
    expect(c.labels).toContain('phone');
    expect(c.labels.some((l) => l.startsWith('data.') || l.startsWith('form.'))).toBe(false);
  });

  it('in a complete payload: each answer not sent yet, written out as key: form.key, then the data fields', () => {
    const c = complete(screen('  Footer "Done" -> complete { email: form.email, <|> }'));
    expect(c.items.map((i) => i.insertText)).toEqual(['name: form.name', 'show: data.show']);
  });

  it('after a key in a data_exchange payload: the bindings', () => {
    const c = complete(screen('  Footer "Send" -> data_exchange { who: <|> }'));
    expect(c.labels).toEqual(['data.show', 'form.name', 'form.email']);
  });
});
