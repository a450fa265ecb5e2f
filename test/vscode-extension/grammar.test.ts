// The TextMate grammar of the VS Code extension, run the way VS Code runs it (vscode-textmate on the
// Oniguruma wasm): the scopes of each construct of the language, and every sample without an `invalid`
// scope. The token shapes follow compiler/src/syntax/tokens.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe as group, expect, test } from 'vitest';
import { COMPONENT_TYPES } from '../../compiler/src/index.js';
import { describe, root, scopesOf, tokenize, tokens, type Token } from './textmate.js';

const S = '.whatsapp-flow';

/** The innermost scope of the token, without the language suffix. */
function inner(scopes: readonly string[]): string {
  return scopes[scopes.length - 1]!.replace(S, '');
}

/** Whether one of the token's scopes starts with `prefix` (e.g. 'string.quoted.double'). */
function has(scopes: readonly string[], prefix: string): boolean {
  return scopes.some((s) => s === prefix + S || s.startsWith(`${prefix}.`));
}

async function scope(text: string, token: string, nth = 0): Promise<readonly string[]> {
  return scopesOf(await tokens(text), token, nth);
}

group('scopes', () => {
  test('a line comment and a block comment', async () => {
    const list = await tokens('// a note\n/* a\n   block */ screen');
    expect(inner(scopesOf(list, '//'))).toBe('punctuation.definition.comment');
    expect(has(scopesOf(list, ' a note'), 'comment.line.double-slash')).toBe(true);
    expect(has(scopesOf(list, '   block '), 'comment.block')).toBe(true);
    expect(inner(scopesOf(list, 'screen'))).toBe('storage.type.screen');
  });

  test('keywords', async () => {
    const list = await tokens('flow booking { version "7.3", endpoint }\nscreen A "Title" {\n  routes B, C\n}');
    expect(inner(scopesOf(list, 'flow'))).toBe('storage.type.flow');
    expect(inner(scopesOf(list, 'booking'))).toBe('entity.name.type.flow');
    expect(inner(scopesOf(list, 'version'))).toBe('support.type.property-name.setting');
    expect(inner(scopesOf(list, 'endpoint'))).toBe('support.type.property-name.setting');
    expect(inner(scopesOf(list, 'screen'))).toBe('storage.type.screen');
    expect(inner(scopesOf(list, 'routes'))).toBe('keyword.other.routes');
    expect(inner(scopesOf(list, 'B'))).toBe('entity.name.function.screen');
  });

  test('If / else and Switch / case', async () => {
    const list = await tokens('If form.age >= 18 { TextBody "a" } else { TextBody "b" }\nSwitch form.plan {\n  case pro { TextBody "c" }\n}');
    expect(inner(scopesOf(list, 'If'))).toBe('keyword.control.conditional.if');
    expect(inner(scopesOf(list, 'else'))).toBe('keyword.control.conditional.else');
    expect(inner(scopesOf(list, 'Switch'))).toBe('keyword.control.switch');
    expect(inner(scopesOf(list, 'case'))).toBe('keyword.control.case');
    expect(inner(scopesOf(list, '>='))).toBe('keyword.operator.comparison');
    expect(inner(scopesOf(list, 'TextBody', 1))).toBe('support.class.component');
  });

  test('a keyword inside a longer name is a name (data-source, form_id)', async () => {
    const list = await tokens('  data-source: data.options\n  x: form.form_id');
    expect(inner(scopesOf(list, 'data-source'))).toBe('support.type.property-name');
    expect(inner(scopesOf(list, 'data'))).toBe('variable.language.data');
    expect(inner(scopesOf(list, 'form_id'))).toBe('variable.other.property');
  });

  test('a keyword as an object key is a key', async () => {
    const list = await tokens('  Footer "x" -> complete { complete: true, data: 1, screen: 2 }');
    expect(inner(scopesOf(list, 'complete'))).toBe('support.function.action.complete');
    for (const key of ['data', 'screen']) expect(inner(scopesOf(list, key)), key).toBe('support.type.property-name');
    expect(inner(scopesOf(list, 'complete', 1))).toBe('support.type.property-name');
  });

  test('an unclosed flow header ends at the first screen', async () => {
    const list = await tokens('flow x { version "7.3"\n\nscreen A "T" {\n  terminal\n}');
    expect(inner(scopesOf(list, 'screen'))).toBe('storage.type.screen');
    expect(has(scopesOf(list, 'screen'), 'meta.header')).toBe(false);
  });

  test('a component type, its input name and a property key', async () => {
    const list = await tokens('  TextInput email "Email" {\n    helper-text: "We reply here"\n    required\n  }');
    expect(inner(scopesOf(list, 'TextInput'))).toBe('support.class.component');
    expect(inner(scopesOf(list, 'email'))).toBe('variable.other.definition.input');
    expect(inner(scopesOf(list, 'helper-text'))).toBe('support.type.property-name');
    expect(inner(scopesOf(list, ':'))).toBe('punctuation.separator.key-value');
    expect(inner(scopesOf(list, 'required'))).toBe('support.type.property-name.flag');
  });

  test('an UpperCamelCase word that does not start a member is no component', async () => {
    const list = await tokens('  Footer "Next" -> navigate CONFIRM');
    expect(inner(scopesOf(list, 'Footer'))).toBe('support.class.component');
    expect(inner(scopesOf(list, 'CONFIRM'))).toBe('entity.name.function.screen');
  });

  test('a string with ${data.name} inside: the reference is an interpolation, the rest is string', async () => {
    const list = await tokens('  TextHeading "Hello ${data.name}!"');
    for (const text of ['Hello ', '!']) {
      const scopes = scopesOf(list, text);
      expect(inner(scopes)).toBe('string.quoted.double');
      expect(has(scopes, 'meta.template.expression')).toBe(false);
    }
    expect(inner(scopesOf(list, '"'))).toBe('punctuation.definition.string.begin');
    expect(inner(scopesOf(list, '${'))).toBe('punctuation.definition.template-expression.begin');
    expect(inner(scopesOf(list, '}'))).toBe('punctuation.definition.template-expression.end');
    for (const text of ['data', '.', 'name']) {
      const scopes = scopesOf(list, text);
      expect(has(scopes, 'meta.template.expression'), text).toBe(true);
      expect(has(scopes, 'meta.embedded.line'), text).toBe(true);
    }
    expect(inner(scopesOf(list, 'data'))).toBe('variable.language.data');
    expect(inner(scopesOf(list, 'name'))).toBe('variable.other.property');
  });

  test('a global reference inside a string and outside', async () => {
    const list = await tokens('  TextBody "Hi ${screen.NAME.form.first}"\n  x: screen.NAME.data.y');
    expect(inner(scopesOf(list, 'screen'))).toBe('variable.language.screen');
    expect(has(scopesOf(list, 'screen'), 'meta.embedded.line')).toBe(true);
    expect(inner(scopesOf(list, 'NAME'))).toBe('entity.name.function.screen');
    expect(inner(scopesOf(list, 'form'))).toBe('variable.language.form');
    expect(inner(scopesOf(list, 'screen', 1))).toBe('variable.language.screen');
    expect(has(scopesOf(list, 'screen', 1), 'string')).toBe(false);
    expect(inner(scopesOf(list, 'data'))).toBe('variable.language.data');
  });

  test('escapes, and an escape JSON does not know', async () => {
    const list = await tokens('  TextBody "say \\"hi\\" for \\$5\\n\\u00e9 \\q"');
    for (const escape of ['\\"', '\\$', '\\n', '\\u00e9']) {
      expect(inner(scopesOf(list, escape)), escape).toBe('constant.character.escape');
      expect(has(scopesOf(list, escape), 'string.quoted.double'), escape).toBe(true);
    }
    // \$ is a literal dollar: no interpolation starts there
    expect(list.some((t) => has(t.scopes, 'meta.template.expression'))).toBe(false);
    expect(inner(scopesOf(list, '\\q'))).toBe('invalid.illegal.unknown-escape');
  });

  test('a string ends at its line; an unclosed ${ does not swallow the closing quote', async () => {
    const lines = await tokenize('  TextBody "open\n  TextBody "${data.x"\n  Footer "Go"');
    expect(inner(scopesOf(lines[1]!, 'TextBody'))).toBe('support.class.component');
    expect(inner(lines[1]![lines[1]!.length - 1]!.scopes)).toBe('punctuation.definition.string.end');
    expect(inner(scopesOf(lines[2]!, 'Footer'))).toBe('support.class.component');
  });

  test('a backtick expression, with references inside, over two lines', async () => {
    const list = await tokens("  TextBody `'Total: ' (${data.price} * 2)\n  ' euros'`\n  Footer \"x\"");
    expect(inner(scopesOf(list, '`'))).toBe('punctuation.definition.string.template.begin');
    expect(inner(scopesOf(list, '`', 1))).toBe('punctuation.definition.string.template.end');
    expect(has(scopesOf(list, 'Total: '), 'string.template.backtick')).toBe(true);
    expect(inner(scopesOf(list, 'price'))).toBe('variable.other.property');
    expect(has(scopesOf(list, 'price'), 'meta.template.expression')).toBe(true);
    expect(inner(scopesOf(list, '2'))).toBe('constant.numeric.decimal');
    expect(has(scopesOf(list, '2'), 'string.template.backtick')).toBe(true);
    expect(inner(scopesOf(list, 'Footer'))).toBe('support.class.component');
  });

  test('numbers', async () => {
    const list = await tokens('  max-chars: 12, x: 3.5, y: 1e3, z: -2.5E-2, w: v2');
    for (const n of ['12', '3.5', '1e3', '2.5E-2']) expect(inner(scopesOf(list, n)), n).toBe('constant.numeric.decimal');
    expect(inner(scopesOf(list, '-'))).toBe('keyword.operator.arithmetic');
    expect(inner(scopesOf(list, 'v2'))).toBe('constant.other.name');
  });

  test('-> navigate NEXT, and the other actions', async () => {
    const list = await tokens('  Footer "Go" -> navigate NEXT { a: 1 }\n  Footer "x" -> complete\n  EmbeddedLink "y" -> open_url "https://x.org"');
    expect(inner(scopesOf(list, '->'))).toBe('keyword.operator.arrow');
    expect(inner(scopesOf(list, 'navigate'))).toBe('support.function.action.navigate');
    expect(inner(scopesOf(list, 'NEXT'))).toBe('entity.name.function.screen');
    expect(inner(scopesOf(list, 'complete'))).toBe('support.function.action.complete');
    expect(inner(scopesOf(list, 'open_url'))).toBe('support.function.action.open_url');
  });

  test('a screen declaration', async () => {
    const list = await tokens('screen WELCOME "Hi ${data.name}" {\n  terminal\n}');
    expect(inner(scopesOf(list, 'screen'))).toBe('storage.type.screen');
    expect(inner(scopesOf(list, 'WELCOME'))).toBe('entity.name.function.screen');
    expect(inner(scopesOf(list, 'terminal'))).toBe('support.type.property-name.flag');
  });

  test('a data block: field names, types and examples', async () => {
    const list = await tokens('  data {\n    count: integer = 3\n    slots: [{ id: string }] = []\n    name = "Jane"\n  }\n  TextBody "x"');
    expect(inner(scopesOf(list, 'data'))).toBe('storage.type.data');
    expect(inner(scopesOf(list, 'count'))).toBe('variable.other.property.definition');
    expect(inner(scopesOf(list, 'integer'))).toBe('support.type.primitive');
    expect(inner(scopesOf(list, 'string'))).toBe('support.type.primitive');
    expect(inner(scopesOf(list, 'id'))).toBe('variable.other.property.definition');
    expect(inner(scopesOf(list, 'name'))).toBe('variable.other.property.definition');
    expect(inner(scopesOf(list, '='))).toBe('keyword.operator.assignment');
    // the data block ends at its own }, not at the } of the object type inside it
    expect(has(scopesOf(list, 'TextBody'), 'meta.data-block')).toBe(false);
  });

  test('operators and a character the lexer does not know', async () => {
    const list = await tokens('  visible: !data.a && data.b != 2 || data.c % 2 == 0 @');
    expect(inner(scopesOf(list, '!'))).toBe('keyword.operator.logical');
    expect(inner(scopesOf(list, '&&'))).toBe('keyword.operator.logical');
    expect(inner(scopesOf(list, '!='))).toBe('keyword.operator.comparison');
    expect(inner(scopesOf(list, '%'))).toBe('keyword.operator.arithmetic');
    expect(inner(scopesOf(list, '@'))).toBe('invalid.illegal.character');
  });
});

group('samples', () => {
  const dir = join(root, 'samples');
  const files = readdirSync(dir).filter((f) => f.endsWith('.flow')).sort();

  test('there are samples', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  test.each(files)('%s tokenizes without an invalid scope', async (file) => {
    const lines = await tokenize(readFileSync(join(dir, file), 'utf8'));
    const invalid = lines.flatMap((line, i) =>
      line.filter((t: Token) => has(t.scopes, 'invalid')).map((t) => `line ${i + 1}: ${describe([t])}`),
    );
    expect(invalid).toEqual([]);
    // a line that starts with one of Meta's component types has it scoped as a component (If and
    // Switch are components in Flow JSON, keywords in .flow)
    const starts = lines.map((line) => line.find((t) => t.text.trim() !== '')).filter((t) => t !== undefined);
    const components = starts.filter((t) => COMPONENT_TYPES.includes(t.text) && t.text !== 'If' && t.text !== 'Switch');
    expect(components.length).toBeGreaterThan(0);
    expect(components.filter((t) => inner(t.scopes) !== 'support.class.component').map((t) => describe([t]))).toEqual([]);
  });
});
