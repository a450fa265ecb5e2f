// Unit tests of parse(): the AST shape of each construct, spans that point at the right text, comments,
// and recovery that reports several errors with precise ranges. Spans are checked against the text
// they cover, so a test reads as "this node is exactly that piece of the source".
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parse, type Ast } from '../compiler/src/index.js';

type Span = { start: number; end: number };

/** The text a span covers. */
const cut = (text: string, span: Span) => text.slice(span.start, span.end);

/** The span of the `nth` occurrence of `needle` in `text`. */
function at(text: string, needle: string, nth = 0): Span {
  let from = -1;
  for (let i = 0; i <= nth; i++) {
    from = text.indexOf(needle, from + 1);
    if (from < 0) throw new Error(`'${needle}' #${nth} not in the text`);
  }
  return { start: from, end: from + needle.length };
}

/** Parses text that must be free of syntax errors. */
function ok(text: string): Ast.FlowFile {
  const { ast, diagnostics } = parse(text);
  expect(diagnostics.map((d) => `${d.code} ${d.message}`)).toEqual([]);
  return ast;
}

/** The members of the only screen of a one-screen file. */
function members(text: string): readonly Ast.Member[] {
  const ast = ok(text);
  expect(ast.screens).toHaveLength(1);
  return ast.screens[0]!.members;
}

function component(m: Ast.Member | undefined): Ast.Component {
  expect(m?.kind).toBe('Component');
  return m as Ast.Component;
}

function property(m: Ast.Member | undefined): Ast.Property {
  expect(m?.kind).toBe('Property');
  return m as Ast.Property;
}

/** The value of the property `name` among `ms`. */
function valueOf(ms: readonly Ast.Member[], name: string): Ast.Value | undefined {
  const p = ms.find((m): m is Ast.Property => m.kind === 'Property' && m.name.name === name);
  expect(p, `property ${name}`).toBeDefined();
  return p!.value;
}

/** A compact, span-free picture of an expression: `(a + (b * c))`. */
function show(e: Ast.Value | undefined): string {
  if (!e) return '<none>';
  switch (e.kind) {
    case 'Binary':
      return `(${show(e.left)} ${e.operator} ${show(e.right)})`;
    case 'Unary':
      return `${e.operator}${show(e.operand)}`;
    case 'Reference':
      return `${e.screen ? `screen.${e.screen.name}.` : ''}${e.root}.${e.path.map((p) => p.name).join('.')}`;
    case 'Number':
      return e.raw;
    case 'Boolean':
      return String(e.value);
    case 'String':
      return JSON.stringify(e.value);
    case 'Name':
      return e.name;
    case 'Backtick':
      return `\`${e.raw}\``;
    case 'Array':
      return `[${e.elements.map(show).join(', ')}]`;
    case 'Object':
      return `{${e.entries.map((x) => `${x.key.name}: ${show(x.value)}`).join(', ')}}`;
    case 'Action':
      return `${e.name}${e.target ? ` ${e.target.name}` : ''}${e.payload ? ` ${show(e.payload)}` : ''}${e.url ? ` ${show(e.url)}` : ''}`;
    case 'ItemList':
      return `items(${e.items.map((i) => i.id.name).join(', ')})`;
  }
}

describe('file and header', () => {
  test('an empty file is an empty flow', () => {
    const ast = ok('');
    expect(ast).toMatchObject({ kind: 'File', screens: [], comments: [], span: { start: 0, end: 0 } });
    expect(ast.header).toBeUndefined();
  });

  test('the header: name, settings with and without values, separators', () => {
    const text = 'flow booking {\n  version "7.3";\n  endpoint,\n  limits "meta"\n  data_channel_uri "https://x"\n}\n';
    const ast = ok(text);
    const header = ast.header!;
    expect(header.kind).toBe('Header');
    expect(header.name?.name).toBe('booking');
    expect(header.name?.span).toEqual(at(text, 'booking'));
    expect(header.settings.map((s) => [s.name.name, s.value?.kind === 'String' ? s.value.value : undefined])).toEqual([
      ['version', '7.3'],
      ['endpoint', undefined],
      ['limits', 'meta'],
      ['data_channel_uri', 'https://x'],
    ]);
    const version = header.settings[0]!;
    expect(version.name.span).toEqual(at(text, 'version'));
    expect(cut(text, version.value!.span)).toBe('"7.3"');
    expect(cut(text, header.span)).toBe(text.trimEnd());
  });

  test('the header is optional; a name-less header has no name', () => {
    expect(ok('flow { version "6.0" }').header?.name).toBeUndefined();
    expect(ok('screen A "A" { }').header).toBeUndefined();
  });
});

describe('screens', () => {
  test('id, title, members and span', () => {
    const text = 'screen WELCOME "Hello there" {\n  terminal\n}\nscreen NEXT {\n}\n';
    const ast = ok(text);
    expect(ast.screens).toHaveLength(2);
    const [first, second] = ast.screens;
    expect(first!.id.name).toBe('WELCOME');
    expect(first!.id.span).toEqual(at(text, 'WELCOME'));
    expect(first!.title?.value).toBe('Hello there');
    expect(cut(text, first!.title!.span)).toBe('"Hello there"');
    expect(cut(text, first!.span)).toBe('screen WELCOME "Hello there" {\n  terminal\n}');
    expect(second!.title).toBeUndefined();
    expect(second!.members).toEqual([]);
  });

  test('screen properties: flags, values and lists', () => {
    const text = 'screen A "A" {\n  terminal\n  success: false\n  refresh_on_back\n  sensitive: [password, card]\n}';
    const ms = members(text);
    const [terminal, success, refresh, sensitive] = ms.map(property);
    expect(terminal!.name.name).toBe('terminal');
    expect(terminal!.value).toBeUndefined(); // a flag
    expect(cut(text, terminal!.span)).toBe('terminal');
    expect(success!.value).toMatchObject({ kind: 'Boolean', value: false });
    expect(cut(text, success!.span)).toBe('success: false');
    expect(refresh!.value).toBeUndefined();
    expect(show(sensitive!.value)).toBe('[password, card]');
    expect(cut(text, sensitive!.value!.span)).toBe('[password, card]');
  });

  test('members may be separated by ; and ,', () => {
    const ms = members('screen A "A" { terminal; TextBody "a", TextBody "b" }');
    expect(ms.map((m) => m.kind)).toEqual(['Property', 'Component', 'Component']);
  });

  test('routes: targets with their spans', () => {
    const text = 'screen A "A" {\n  routes B, C_D\n}';
    const [routes] = members(text);
    expect(routes?.kind).toBe('Routes');
    const r = routes as Ast.RoutesDecl;
    expect(r.targets.map((t) => t.name)).toEqual(['B', 'C_D']);
    expect(r.targets[1]!.span).toEqual(at(text, 'C_D'));
    expect(cut(text, r.span)).toBe('routes B, C_D');
  });
});

describe('components', () => {
  test('type, name, main text, block and action, each with its span', () => {
    const text = 'screen A "A" {\n  TextInput email "Your email" {\n    required\n    input-type: email\n  }\n}';
    const c = component(members(text)[0]);
    expect(c.type.name).toBe('TextInput');
    expect(c.type.span).toEqual(at(text, 'TextInput'));
    expect(c.name?.name).toBe('email');
    expect(c.name?.span).toEqual(at(text, 'email'));
    expect(c.text).toMatchObject({ kind: 'String', value: 'Your email' });
    expect(cut(text, c.text!.span)).toBe('"Your email"');
    expect(cut(text, c.block!)).toBe('{\n    required\n    input-type: email\n  }');
    expect(cut(text, c.span)).toBe('TextInput email "Your email" {\n    required\n    input-type: email\n  }');
    expect(c.action).toBeUndefined();
    const [required, inputType] = c.members.map(property);
    expect(required!.value).toBeUndefined();
    expect(required!.name.span).toEqual(at(text, 'required'));
    expect(inputType!.name.name).toBe('input-type'); // dashes inside a name
    expect(inputType!.value).toMatchObject({ kind: 'Name', name: 'email' });
    expect(inputType!.value!.span).toEqual(at(text, 'email', 2));
  });

  test('a bare component, and one with only a text', () => {
    const [a, b] = members('screen A "A" { TextHeading; TextBody "Hi" }').map(component);
    expect(a).toMatchObject({ type: { name: 'TextHeading' }, members: [] });
    expect(a!.name).toBeUndefined();
    expect(a!.text).toBeUndefined();
    expect(a!.block).toBeUndefined();
    expect(b!.name).toBeUndefined();
    expect(b!.text).toMatchObject({ kind: 'String', value: 'Hi' });
  });

  test('the main text may be a reference or a backtick expression', () => {
    const text = 'screen A "A" { TextBody data.summary; TextCaption `${data.a} * 2` }';
    const [body, caption] = members(text).map(component);
    expect(body!.name).toBeUndefined();
    expect(show(body!.text)).toBe('data.summary');
    expect(cut(text, body!.text!.span)).toBe('data.summary');
    expect(body!.text).toMatchObject({ kind: 'Reference', root: 'data' });
    expect(caption!.text).toMatchObject({ kind: 'Backtick', raw: '${data.a} * 2' });
  });

  test('-> action after the text and after the block', () => {
    const text = 'screen A "A" {\n  Footer "Go" -> navigate NEXT { x: 1 }\n  OptIn ok "OK" { required } -> open_url "https://e.x"\n}';
    const [footer, optIn] = members(text).map(component);
    expect(show(footer!.action)).toBe('navigate NEXT {x: 1}');
    expect(footer!.action!.keyword).toEqual(at(text, 'navigate'));
    expect(footer!.action!.target?.span).toEqual(at(text, 'NEXT'));
    expect(cut(text, footer!.action!.span)).toBe('navigate NEXT { x: 1 }');
    expect(cut(text, footer!.span)).toBe('Footer "Go" -> navigate NEXT { x: 1 }');
    expect(optIn!.members.map((m) => m.kind)).toEqual(['Property']);
    expect(show(optIn!.action)).toBe('open_url "https://e.x"');
  });

  test('child components in a Form, in order', () => {
    const [form] = members('screen A "A" { Form f { init-values: { a: "x" }; TextInput a "A"; Footer "F" -> complete } }').map(component);
    expect(form!.name?.name).toBe('f');
    expect(form!.members.map((m) => (m.kind === 'Component' ? m.type.name : m.kind))).toEqual([
      'Property',
      'TextInput',
      'Footer',
    ]);
  });

  test('item lists: ids as names, strings and numbers, titles and item properties', () => {
    const text = 'screen A "A" {\n  RadioButtonsGroup r "R" {\n    data-source {\n      a "Alpha" { description: "first" }\n      "b-2" "Beta"\n      3 "Gamma"\n      d\n    }\n  }\n}';
    const r = component(members(text)[0]);
    const list = valueOf(r.members, 'data-source') as Ast.ItemList;
    expect(list.kind).toBe('ItemList');
    expect(list.items.map((i) => [i.id.name, i.idStyle, i.title?.value])).toEqual([
      ['a', 'name', 'Alpha'],
      ['b-2', 'string', 'Beta'],
      ['3', 'number', 'Gamma'],
      ['d', 'name', undefined],
    ]);
    expect(list.items[1]!.id.span).toEqual(at(text, '"b-2"'));
    expect(list.items[0]!.members.map(property).map((p) => [p.name.name, show(p.value)])).toEqual([
      ['description', '"first"'],
    ]);
    expect(cut(text, list.items[0]!.span)).toBe('a "Alpha" { description: "first" }');
  });
});

describe('If and Switch', () => {
  test('If with else: keyword, condition, branches and the else keyword', () => {
    const text = 'screen A "A" {\n  If form.age >= 18 {\n    TextBody "adult"\n  } else {\n    TextBody "minor"\n    TextCaption "sorry"\n  }\n}';
    const [node] = members(text);
    expect(node?.kind).toBe('If');
    const i = node as Ast.IfNode;
    expect(i.keyword.span).toEqual(at(text, 'If'));
    expect(show(i.condition)).toBe('(form.age >= 18)');
    expect(cut(text, i.condition.span)).toBe('form.age >= 18');
    expect(i.then.map((m) => component(m).text && (component(m).text as Ast.StringLiteral).value)).toEqual(['adult']);
    expect(i.else?.map((m) => component(m).type.name)).toEqual(['TextBody', 'TextCaption']);
    expect(i.elseKeyword).toEqual(at(text, 'else'));
    expect(cut(text, i.span)).toBe(text.slice(text.indexOf('If'), text.lastIndexOf('}')).trimEnd());
  });

  test('If without else, nested in a branch', () => {
    const [outer] = members('screen A "A" { If data.a { If !data.b { TextBody "x" } } }');
    const o = outer as Ast.IfNode;
    expect(o.else).toBeUndefined();
    expect(o.elseKeyword).toBeUndefined();
    const inner = o.then[0] as Ast.IfNode;
    expect(inner.kind).toBe('If');
    expect(show(inner.condition)).toBe('!data.b');
  });

  test('Switch: value and cases keyed by a name or a string', () => {
    const text = 'screen A "A" {\n  Switch form.plan {\n    case basic { TextBody "b" }\n    case "pro" { TextBody "p"; TextCaption "c" }\n  }\n}';
    const [node] = members(text);
    const s = node as Ast.SwitchNode;
    expect(s.kind).toBe('Switch');
    expect(s.keyword.span).toEqual(at(text, 'Switch'));
    expect(show(s.value)).toBe('form.plan');
    expect(s.cases.map((c) => [c.key.name, c.members.length])).toEqual([
      ['basic', 1],
      ['pro', 2],
    ]);
    expect(s.cases[0]!.key.span).toEqual(at(text, 'basic'));
    expect(s.cases[1]!.key.span).toEqual(at(text, '"pro"'));
    expect(cut(text, s.cases[0]!.span)).toBe('case basic { TextBody "b" }');
  });
});

describe('data blocks and types', () => {
  const text = [
    'screen A "A" {',
    '  data {',
    '    name = "Jane"',
    '    count: integer = 3',
    '    slots: [{ id: string, title: string }] = []',
    '    owner: { name: string; age: number } = { name: "J", age: 4 }',
    '    color: schema { "type": "string", "enum": ["red"] } = "red"',
    '    bare: boolean',
    '  }',
    '}',
  ].join('\n');

  test('fields with types and examples', () => {
    const [block] = members(text);
    expect(block?.kind).toBe('DataBlock');
    const fields = (block as Ast.DataBlock).fields;
    expect(fields.map((f) => [f.name.name, f.type?.kind, show(f.example)])).toEqual([
      ['name', undefined, '"Jane"'],
      ['count', 'PrimitiveType', '3'],
      ['slots', 'ArrayType', '[]'],
      ['owner', 'ObjectType', '{name: "J", age: 4}'],
      ['color', 'SchemaType', '"red"'],
      ['bare', 'PrimitiveType', '<none>'],
    ]);
    expect(fields[0]!.name.span).toEqual(at(text, 'name'));
    expect(cut(text, fields[1]!.span)).toBe('count: integer = 3');
    expect(cut(text, fields[1]!.type!.span)).toBe('integer');
  });

  test('type expressions nest', () => {
    const fields = (members(text)[0] as Ast.DataBlock).fields;
    const slots = fields[2]!.type as Ast.ArrayType;
    expect(cut(text, slots.span)).toBe('[{ id: string, title: string }]');
    const element = slots.element as Ast.ObjectType;
    expect(element.kind).toBe('ObjectType');
    expect(element.fields.map((f) => [f.name.name, (f.type as Ast.PrimitiveType).name])).toEqual([
      ['id', 'string'],
      ['title', 'string'],
    ]);
    const schema = fields[4]!.type as Ast.SchemaType;
    expect(schema.schema.entries.map((e) => [e.key.name, e.quoted])).toEqual([
      ['type', true],
      ['enum', true],
    ]);
  });
});

describe('values and expressions', () => {
  /** The value of `v` in `screen A "A" { X { v: <source> } }`. */
  function value(source: string): { value: Ast.Value; text: string } {
    const text = `screen A "A" { X { v: ${source} } }`;
    const c = component(members(text)[0]);
    return { value: valueOf(c.members, 'v')!, text };
  }

  test('literals', () => {
    expect(value('"s"').value).toMatchObject({ kind: 'String', value: 's' });
    expect(value('12').value).toMatchObject({ kind: 'Number', value: 12, raw: '12' });
    expect(value('3.5e2').value).toMatchObject({ kind: 'Number', value: 350 });
    expect(value('-4').value).toMatchObject({ kind: 'Number', value: -4, raw: '-4' });
    expect(value('true').value).toMatchObject({ kind: 'Boolean', value: true });
    expect(value('email').value).toMatchObject({ kind: 'Name', name: 'email' });
    expect(value('`${data.a} + 1`').value).toMatchObject({ kind: 'Backtick', raw: '${data.a} + 1' });
    expect(show(value('[1, "a", [true]]').value)).toBe('[1, "a", [true]]');
    expect(show(value('{ a: 1; "b-c": { d: x } }').value)).toBe('{a: 1, b-c: {d: x}}');
  });

  test('a negative number keeps its span from the minus sign', () => {
    const { value: v, text } = value('-4');
    expect(cut(text, v.span)).toBe('-4');
  });

  test('references: data, form, nested paths and global screen references', () => {
    const { value: v, text } = value('screen.OTHER.form.email');
    const ref = v as Ast.Reference;
    expect(ref).toMatchObject({ kind: 'Reference', root: 'form' });
    expect(ref.screen?.name).toBe('OTHER');
    expect(ref.screen?.span).toEqual(at(text, 'OTHER'));
    expect(ref.path.map((p) => p.name)).toEqual(['email']);
    expect(cut(text, ref.span)).toBe('screen.OTHER.form.email');
    expect(show(value('data.a.b.c').value)).toBe('data.a.b.c');
    // keywords are names in a path
    expect(show(value('data.form.data').value)).toBe('data.form.data');
  });

  test('precedence: * over +, + over comparisons, comparisons over ==, == over &&, && over ||', () => {
    expect(show(value('data.a + data.b * 2').value)).toBe('(data.a + (data.b * 2))');
    expect(show(value('(data.a + data.b) * 2').value)).toBe('((data.a + data.b) * 2)');
    expect(show(value('data.a - data.b - 1').value)).toBe('((data.a - data.b) - 1)');
    expect(show(value('data.a + 1 > 2 == data.c').value)).toBe('(((data.a + 1) > 2) == data.c)');
    expect(show(value('data.a || data.b && data.c').value)).toBe('(data.a || (data.b && data.c))');
    expect(show(value('!data.a && -data.b < 3 % 2').value)).toBe('(!data.a && (-data.b < (3 % 2)))');
  });

  test('binary expressions span from the first to the last operand', () => {
    const { value: v, text } = value('form.age >= 18 && data.ok');
    expect(cut(text, v.span)).toBe('form.age >= 18 && data.ok');
    const and = v as Ast.BinaryExpression;
    expect(cut(text, and.left.span)).toBe('form.age >= 18');
    expect(cut(text, and.right.span)).toBe('data.ok');
  });

  test('actions as values, with and without payloads', () => {
    expect(show(value('navigate B').value)).toBe('navigate B');
    const complete = value('complete').value as Ast.Action;
    expect(complete).toMatchObject({ kind: 'Action', name: 'complete' });
    expect(complete.payload).toBeUndefined();
    const empty = value('complete {}').value as Ast.Action;
    expect(empty.payload?.entries).toEqual([]);
    expect(show(value('data_exchange { q: form.q }').value)).toBe('data_exchange {q: form.q}');
    expect(show(value('update_data { a: 1 }').value)).toBe('update_data {a: 1}');
    expect(show(value('open_url "https://x.y"').value)).toBe('open_url "https://x.y"');
  });
});

describe('strings', () => {
  function str(source: string): { s: Ast.StringLiteral; text: string } {
    const text = `screen A "A" { TextBody ${source} }`;
    return { s: component(members(text)[0]).text as Ast.StringLiteral, text };
  }

  test('JSON escapes and \\$ are decoded', () => {
    const { s } = str(String.raw`"a\"b\\c\/d\n\t\u00e9 \$x"`);
    expect(s.value).toBe('a"b\\c/d\n\té $x');
    expect(s.parts).toEqual(['a"b\\c/d\n\té $x']);
  });

  test('${…} references become parts, with spans inside the string', () => {
    const { s, text } = str('"Hi ${data.name}, from ${ screen.S.form.city }!"');
    expect(s.parts.length).toBe(5);
    expect(s.parts[0]).toBe('Hi ');
    const first = s.parts[1] as Ast.Reference;
    expect(show(first)).toBe('data.name');
    expect(cut(text, first.span)).toBe('data.name');
    expect(cut(text, first.path[0]!.span)).toBe('name');
    const second = s.parts[3] as Ast.Reference;
    expect(cut(text, second.span)).toBe('screen.S.form.city');
    expect(cut(text, second.screen!.span)).toBe('S');
    expect(cut(text, second.path[0]!.span)).toBe('city');
    expect(s.parts[4]).toBe('!');
    // the value keeps ${…} as written
    expect(s.value).toBe('Hi ${data.name}, from ${ screen.S.form.city }!');
  });

  test('a string that is one reference has one part', () => {
    const { s } = str('"${data.x}"');
    expect(s.parts).toHaveLength(1);
    expect(s.parts[0]).toMatchObject({ kind: 'Reference', root: 'data' });
  });
});

describe('comments', () => {
  test('line and block comments are collected with their spans, wherever they are', () => {
    const text = '// head\nscreen A "A" { /* in\nblock */ TextBody "x" // tail\n}\n/* end */';
    const { ast, diagnostics } = parse(text);
    expect(diagnostics).toEqual([]);
    expect(ast.comments.map((c) => [c.text, c.block])).toEqual([
      ['// head', false],
      ['/* in\nblock */', true],
      ['// tail', false],
      ['/* end */', true],
    ]);
    for (const c of ast.comments) expect(cut(text, c.span)).toBe(c.text);
    // comments do not disturb the tree
    expect(component(ast.screens[0]!.members[0]).text).toMatchObject({ value: 'x' });
  });

  test('a comment marker inside a string is text, not a comment', () => {
    const { ast } = parse('screen A "A" { TextBody "http://x /* y */" }');
    expect(ast.comments).toEqual([]);
  });
});

describe('syntax errors and recovery', () => {
  /** Each diagnostic as `code @ covered text`. */
  function errors(text: string): string[] {
    return parse(text).diagnostics.map((d) => `${d.code} @ ${JSON.stringify(cut(text, d.span))}`);
  }

  test('several errors in one file are all reported, each at its token', () => {
    const text = [
      'screen A "A" {',
      '  TextInput n "N" { required: }',
      '  TextBody "x" { visible: true false }',
      '  Footer "F" -> navigate',
      '}',
      'screen B "B" {',
      '  TextBody "y" ]',
      '  terminal',
      '}',
    ].join('\n');
    const { diagnostics } = parse(text);
    expect(errors(text)).toEqual([
      'FLOW1005 @ "}"', // the missing value: at the '}' after 'required:'
      'FLOW1004 @ "false"',
      'FLOW1004 @ "}"', // navigate without a screen
      'FLOW1004 @ "]"',
    ]);
    // precise ranges: each diagnostic starts exactly where its token is
    expect(diagnostics.map((d) => d.span.start)).toEqual([
      at(text, '}', 0).start,
      at(text, 'false').start,
      text.indexOf('}', at(text, 'navigate').end),
      at(text, ']').start,
    ]);
    // and recovery keeps what follows: screen B and its terminal flag are in the tree
    const ast = parse(text).ast;
    expect(ast.screens.map((s) => s.id.name)).toEqual(['A', 'B']);
    expect(ast.screens[1]!.members.map((m) => m.kind)).toEqual(['Component', 'Property']);
  });

  test('the messages say what was expected in the user\'s words', () => {
    const messages = (text: string) => parse(text).diagnostics.map((d) => d.message);
    expect(messages('screen A "A" { Footer "F" -> navigate }')).toEqual([
      "expected the screen to go to (navigate SCREEN), found '}'",
    ]);
    expect(messages('screen A "A" { TextInput e { label "Email" } }')).toEqual([
      "expected ':' between 'label' and its value, found '\"Email\"'",
    ]);
    expect(messages('screen "Title" { }')).toEqual([
      'expected the screen id (screen NAME "Title" { … }), found \'"Title"\'',
    ]);
    expect(messages('TextBody "x"\nscreen A "A" { }')).toEqual([
      "expected a screen or the end of the file, found 'TextBody'",
    ]);
    expect(messages('screen A "A" { Footer "F" -> }')[0]).toBe(
      "'}' is not valid here: expected an action: navigate, complete, data_exchange, update_data or open_url",
    );
    for (const m of messages('screen A "A" { X { v: data. } ] } TextBody @ "\\q')) {
      expect(m).not.toMatch(/Expecting|token of type|EOF|-->|<--/);
    }
  });

  test('a missing closing brace is reported at the end of the file', () => {
    const text = 'screen A "A" {\n  TextBody "x"\n';
    const { diagnostics } = parse(text);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'FLOW1004', message: "expected '}', found the end of the file" });
    // just after the last token, not after the trailing newline
    expect(diagnostics[0]!.span).toEqual({ start: text.trimEnd().length, end: text.trimEnd().length });
  });

  test('an unterminated string costs one error and the next line is still read', () => {
    const text = 'screen A "A" {\n  TextBody "Hello\n  TextCaption "next"\n}';
    const { ast, diagnostics } = parse(text);
    expect(diagnostics.map((d) => [d.code, cut(text, d.span)])).toEqual([['FLOW1002', '"Hello']]);
    const [body, caption] = ast.screens[0]!.members.map(component);
    expect(body!.text).toMatchObject({ value: 'Hello' });
    expect(caption!.type.name).toBe('TextCaption');
  });

  test('an unterminated block comment is reported at its opening', () => {
    const text = 'screen A "A" { } /* open';
    expect(errors(text)).toEqual(['FLOW1003 @ "/*"']);
    expect(parse(text).ast.comments.map((c) => c.text)).toEqual(['/* open']);
  });

  test('unexpected characters are reported one by one', () => {
    expect(errors('screen A "A" { § TextBody "x" # }')).toEqual(['FLOW1001 @ "§"', 'FLOW1001 @ "#"']);
  });

  test('bad escapes and bad ${…} are reported inside the string', () => {
    const text = 'screen A "A" { TextBody "a\\qb ${x} ${data.y" }';
    expect(errors(text)).toEqual(['FLOW1007 @ "\\\\q"', 'FLOW1008 @ "${x}"', 'FLOW1004 @ "${data.y"']);
  });

  test('a broken component does not hide the members after it', () => {
    const text = 'screen A "A" {\n  TextInput n "N" { label: : }\n  TextBody "t" = 3\n  terminal\n  Footer "F" -> complete\n}';
    const { ast, diagnostics } = parse(text);
    expect(diagnostics.map((d) => cut(text, d.span))).toEqual([':', '=']);
    const ms = ast.screens[0]!.members;
    expect(ms.map((m) => (m.kind === 'Component' ? m.type.name : m.kind === 'Property' ? m.name.name : m.kind))).toEqual([
      'TextInput',
      'TextBody',
      'terminal',
      'Footer',
    ]);
    // `key:` whose value was lost is dropped, not turned into a flag (which would mean true)
    expect(component(ms[0]).members).toEqual([]);
  });

  test('parse never throws, and every span lies within the text', () => {
    const pieces = [
      'screen', 'A', '"t"', '{', '}', '[', ']', '(', ')', ':', ';', ',', '->', '.', 'data', 'form', 'If', 'else',
      'Switch', 'case', 'navigate', 'complete', 'TextBody', 'x', '1', '-', '&&', '==', '"${data.a', '"\\u', '/*', '//',
      '`', '§', '\n', ' ', 'flow', 'routes', '=', 'open_url',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join(' ');
        const { ast, diagnostics } = parse(text);
        expect(ast.kind).toBe('File');
        for (const d of diagnostics) {
          expect(d.span.start).toBeGreaterThanOrEqual(0);
          expect(d.span.end).toBeGreaterThanOrEqual(d.span.start);
          expect(d.span.end).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('quoted names', () => {
  test('a "quoted name" before a string text is the name; one string alone is the text', () => {
    const text = 'screen A "A" {\n  OptIn "T&Cs" "I agree" { required }\n  TextBody "Hello"\n}';
    const { ast, diagnostics } = parse(text);
    expect(diagnostics).toEqual([]);
    const [optIn, body] = ast.screens[0]!.members as Ast.Component[];
    expect(optIn!.name).toMatchObject({ name: 'T&Cs' });
    expect(text.slice(optIn!.name!.span.start, optIn!.name!.span.end)).toBe('"T&Cs"');
    expect(optIn!.text).toMatchObject({ kind: 'String', value: 'I agree' });
    expect(body!.name).toBeUndefined();
    expect(body!.text).toMatchObject({ kind: 'String', value: 'Hello' });
  });
});
