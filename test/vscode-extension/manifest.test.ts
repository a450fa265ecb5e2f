// The extension's manifest and the files it points to: package.json contributes, the language
// configuration, the grammar's scope name, the settings, and every snippet — filled in with its defaults,
// each one must parse without a syntax error.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from '../../compiler/src/index.js';
import { extensionDir } from './textmate.js';

interface Contributes {
  languages: { id: string; aliases: string[]; extensions: string[]; configuration: string }[];
  grammars: { language: string; scopeName: string; path: string }[];
  snippets: { language: string; path: string }[];
  commands: { command: string; title: string }[];
  configuration: { properties: Record<string, { type: string; enum?: string[]; default?: unknown; description?: string; markdownDescription?: string }> };
  configurationDefaults: Record<string, Record<string, unknown>>;
}

interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description: string;
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(join(extensionDir, path), 'utf8')) as T;
const manifest = readJson<{ name: string; main: string; engines: { vscode: string }; activationEvents?: string[]; contributes: Contributes }>('package.json');
const contributes = manifest.contributes;

describe('package.json contributes', () => {
  test('the language: whatsapp-flow, .flow files, "WhatsApp Flow"', () => {
    expect(contributes.languages).toHaveLength(1);
    const [language] = contributes.languages;
    expect(language!.id).toBe('whatsapp-flow');
    expect(language!.extensions).toEqual(['.flow']);
    expect(language!.aliases[0]).toBe('WhatsApp Flow');
  });

  test('every path in contributes names a file that exists', () => {
    const paths = [
      ...contributes.languages.map((l) => l.configuration),
      ...contributes.grammars.map((g) => g.path),
      ...contributes.snippets.map((s) => s.path),
    ];
    expect(paths.length).toBe(3);
    for (const path of paths) expect(existsSync(join(extensionDir, path)), path).toBe(true);
    expect(manifest.main).toBe('./dist/extension.cjs');
  });

  test('the grammar and the snippets are for the language, with the scope name the grammar declares', () => {
    expect(contributes.grammars).toEqual([
      { language: 'whatsapp-flow', scopeName: 'source.whatsapp-flow', path: './syntaxes/whatsapp-flow.tmLanguage.json' },
    ]);
    const grammar = readJson<{ scopeName: string }>(contributes.grammars[0]!.path);
    expect(grammar.scopeName).toBe('source.whatsapp-flow');
    expect(contributes.snippets.map((s) => s.language)).toEqual(['whatsapp-flow']);
  });

  test('activation: by the language (implicit since VS Code 1.74) or by a command', () => {
    expect(manifest.engines.vscode).toMatch(/^\^1\.(7[4-9]|[89]\d|\d{3})\./);
    expect(manifest.activationEvents ?? []).not.toContain('*');
  });

  test('the settings: whatsappFlow.limits and whatsappFlow.trace.server', () => {
    const { properties } = contributes.configuration;
    expect(Object.keys(properties).sort()).toEqual(['whatsappFlow.limits', 'whatsappFlow.trace.server']);
    const limits = properties['whatsappFlow.limits']!;
    expect(limits.enum).toEqual(['default', 'meta']);
    expect(limits.default).toBe('default');
    expect(limits.markdownDescription ?? limits.description).toMatch(/8 screens.*30 components.*100.*50/s);
    const trace = properties['whatsappFlow.trace.server']!;
    expect(trace.enum).toEqual(['off', 'messages', 'verbose']);
    expect(trace.default).toBe('off');
  });

  test('editor defaults for .flow: tab size 2, and format on save left to the user', () => {
    const defaults = contributes.configurationDefaults['[whatsapp-flow]']!;
    expect(defaults['editor.tabSize']).toBe(2);
    expect(defaults['editor.insertSpaces']).toBe(true);
    expect(defaults).not.toHaveProperty('editor.formatOnSave');
  });

  test('the commands contributed are the commands src/ registers', () => {
    const source = readdirSync(join(extensionDir, 'src'))
      .map((f) => readFileSync(join(extensionDir, 'src', f), 'utf8'))
      .join('\n');
    const registered = [...source.matchAll(/registerCommand\('([^']+)'/g)].map((m) => m[1]).sort();
    expect(contributes.commands.map((c) => c.command).sort()).toEqual(registered);
  });
});

describe('language-configuration.json', () => {
  const config = readJson<{
    comments: { lineComment: string; blockComment: [string, string] };
    brackets: [string, string][];
    autoClosingPairs: { open: string; close: string; notIn?: string[] }[];
    surroundingPairs: [string, string][];
    wordPattern: string;
    indentationRules: { increaseIndentPattern: string; decreaseIndentPattern: string };
    folding: { markers: { start: string; end: string } };
    onEnterRules: { beforeText: string; afterText?: string; previousLineText?: string }[];
  }>('language-configuration.json');

  test('comments, brackets, auto-closing and surrounding pairs', () => {
    expect(config.comments).toEqual({ lineComment: '//', blockComment: ['/*', '*/'] });
    expect(config.brackets).toEqual([['{', '}'], ['[', ']'], ['(', ')']]);
    const pairs = new Map(config.autoClosingPairs.map((p) => [p.open, p]));
    for (const quote of ['"', '`']) {
      expect(pairs.get(quote)?.close).toBe(quote);
      expect(pairs.get(quote)?.notIn).toContain('string');
    }
    expect(config.surroundingPairs).toContainEqual(['"', '"']);
    expect(config.surroundingPairs).toContainEqual(['`', '`']);
  });

  test('every pattern compiles', () => {
    const patterns = [
      config.wordPattern,
      config.indentationRules.increaseIndentPattern,
      config.indentationRules.decreaseIndentPattern,
      config.folding.markers.start,
      config.folding.markers.end,
      ...config.onEnterRules.flatMap((r) => [r.beforeText, r.afterText, r.previousLineText]),
    ].filter((p): p is string => p !== undefined);
    for (const pattern of patterns) expect(() => new RegExp(pattern), pattern).not.toThrow();
  });

  test('a kebab-case key is one word; a subtraction with spaces is two', () => {
    const words = (text: string) => text.match(new RegExp(config.wordPattern, 'g'));
    expect(words('helper-text: data.first_name')).toEqual(['helper-text', 'data', 'first_name']);
    expect(words('data.a - data.b')).toEqual(['data', 'a', 'data', 'b']);
    expect(words('x: 3.5e2')).toEqual(['x', '3.5e2']);
  });

  test('indentation: after an open brace (not one inside a string), and back at a closing one', () => {
    const increase = new RegExp(config.indentationRules.increaseIndentPattern);
    const decrease = new RegExp(config.indentationRules.decreaseIndentPattern);
    expect(increase.test('screen A "Title" {')).toBe(true);
    expect(increase.test('  Footer "Go" -> complete { // the answers')).toBe(true);
    expect(increase.test('  TextBody "see https://example.com" {')).toBe(true);
    expect(increase.test('  slots: [')).toBe(true);
    expect(increase.test('  TextBody "a {"')).toBe(false);
    expect(increase.test('  TextInput a "A" { required }')).toBe(false);
    expect(decrease.test('  }')).toBe(true);
    expect(decrease.test('  ] = []')).toBe(true);
  });
});

/**
 * A snippet body with every placeholder replaced by its default (VS Code's snippet syntax): `$1` and `${1}`
 * are empty, `${1:text}` is its text (nested placeholders filled too), `${1|a,b|}` is its first choice,
 * `\$ \} \\` are the characters. Variables (`$TM_FILENAME`) are not used by our snippets.
 */
function fillSnippet(body: string): string {
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`snippet syntax: ${why} at ${i} in ${JSON.stringify(body)}`);
  };
  const readUntil = (stop: string | undefined): string => {
    let out = '';
    while (i < body.length) {
      const c = body[i]!;
      if (stop !== undefined && c === stop) return out;
      if (c === '\\' && i + 1 < body.length && '$}\\'.includes(body[i + 1]!)) {
        out += body[i + 1];
        i += 2;
      } else if (c === '$') {
        out += readDollar();
      } else {
        out += c;
        i += 1;
      }
    }
    if (stop !== undefined) fail(`missing '${stop}'`);
    return out;
  };
  const readDollar = (): string => {
    i += 1; // $
    const digits = /^\d+/.exec(body.slice(i));
    if (digits) {
      i += digits[0].length;
      return '';
    }
    if (body[i] !== '{') return /^[A-Z_]/.test(body.slice(i)) ? fail('a variable') : '$';
    i += 1; // {
    const index = /^\d+/.exec(body.slice(i)) ?? fail('a variable');
    i += index[0].length;
    const kind = body[i];
    if (kind === '}') {
      i += 1;
      return '';
    }
    if (kind === ':') {
      i += 1;
      const text = readUntil('}');
      i += 1;
      return text;
    }
    if (kind === '|') {
      const end = body.indexOf('|}', i + 1);
      if (end < 0) fail('an unclosed choice');
      const first = body.slice(i + 1, end).split(',')[0]!;
      i = end + 2;
      return first;
    }
    return fail(`'${kind}' after a placeholder number`);
  };
  return readUntil(undefined);
}

describe('snippets', () => {
  const snippets = readJson<Record<string, Snippet>>(contributes.snippets[0]!.path);
  const entries = Object.entries(snippets);
  const text = (s: Snippet) => (Array.isArray(s.body) ? s.body.join('\n') : s.body).replace(/\t/g, '  ');

  test('the filler knows the syntax', () => {
    expect(fillSnippet('a ${1:b ${2:c} \\} d} ${3|x,y|} $0 \\$ ${4}')).toBe('a b c } d x  $ ');
  });

  test('there is one for each common construct', () => {
    const prefixes = entries.flatMap(([, s]) => (Array.isArray(s.prefix) ? s.prefix : [s.prefix]));
    for (const prefix of ['flow', 'screen', 'terminal', 'TextInput', 'Dropdown', 'If', 'Switch', 'Footer']) {
      expect(prefixes, prefix).toContain(prefix);
    }
    for (const [name, snippet] of entries) expect(snippet.description, name).not.toBe('');
  });

  test.each(entries)('%s parses without a syntax error when filled with its defaults', (_name, snippet) => {
    const filled = fillSnippet(text(snippet));
    // a snippet that is not a whole file (a header or screens) is the member of a screen
    const whole = /^(flow|screen)\b/.test(filled);
    const source = whole ? filled : `screen S "S" {\n  terminal\n${filled.replace(/^/gm, '  ')}\n}\n`;
    const { diagnostics } = parse(source);
    expect(diagnostics.map((d) => `${d.code} ${d.message}`), source).toEqual([]);
  });

  test('an optional part (the payload of an action, `, required`) may be deleted as a whole', () => {
    const deleted = (name: string, placeholder: number) => {
      const body = text(snippets[name]!);
      const start = body.indexOf(`\${${placeholder}:`);
      let depth = 0;
      let end = start;
      for (; end < body.length; end++) {
        if (body[end] === '\\') {
          end++;
        } else if (body[end] === '$' && body[end + 1] === '{') {
          depth++; // only ${ opens a placeholder: a bare { is a character
          end++;
        } else if (body[end] === '}' && --depth === 0) {
          break;
        }
      }
      return fillSnippet(body.slice(0, start) + body.slice(end + 1));
    };
    for (const [name, placeholder] of [['Footer navigate', 3], ['Terminal screen', 5], ['Text input', 4]] as const) {
      const filled = deleted(name, placeholder);
      const source = /^screen\b/.test(filled) ? filled : `screen S "S" {\n${filled}\n}\n`;
      expect(parse(source).diagnostics, source).toEqual([]);
    }
  });
});
