// Loads the extension's TextMate grammar the way VS Code does (vscode-textmate on the Oniguruma wasm) and
// tokenizes text into lines of { text, scopes } tokens, for the grammar tests.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

export const root = join(import.meta.dirname, '..', '..');
export const extensionDir = join(root, 'vscode-extension');
export const grammarPath = join(extensionDir, 'syntaxes', 'whatsapp-flow.tmLanguage.json');
export const SCOPE = 'source.whatsapp-flow';

export interface Token {
  readonly text: string;
  readonly scopes: readonly string[];
}

let grammar: Promise<textmate.IGrammar> | undefined;

export function loadGrammar(): Promise<textmate.IGrammar> {
  grammar ??= (async () => {
    const wasm = readFileSync(createRequire(import.meta.url).resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new textmate.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
        createOnigString: (text: string) => new oniguruma.OnigString(text),
      }),
      loadGrammar: async (scopeName) =>
        scopeName === SCOPE ? textmate.parseRawGrammar(readFileSync(grammarPath, 'utf8'), grammarPath) : null,
    });
    const loaded = await registry.loadGrammar(SCOPE);
    if (!loaded) throw new Error(`cannot load ${grammarPath}`);
    return loaded;
  })();
  return grammar;
}

/** Each line of `text` as its tokens, the grammar's rule stack carried from line to line as in the editor. */
export async function tokenize(text: string): Promise<Token[][]> {
  const g = await loadGrammar();
  let stack = textmate.INITIAL;
  return text.split(/\r?\n/).map((line) => {
    const result = g.tokenizeLine(line, stack, 1000);
    if (result.stoppedEarly) throw new Error(`tokenizing stopped early on: ${line}`);
    stack = result.ruleStack;
    return result.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

/** The tokens of all lines, in order. */
export async function tokens(text: string): Promise<Token[]> {
  return (await tokenize(text)).flat();
}

/** The scopes of the (first) token whose text is exactly `text`. */
export function scopesOf(list: readonly Token[], text: string, nth = 0): readonly string[] {
  const found = list.filter((t) => t.text === text)[nth];
  if (!found) throw new Error(`no token '${text}' in ${JSON.stringify(list.map((t) => t.text))}`);
  return found.scopes;
}

/** For debugging and failure messages: `text → innermost scope` per token. */
export function describe(list: readonly Token[]): string {
  return list.map((t) => `${JSON.stringify(t.text)} ${t.scopes.slice(1).join(' ')}`).join('\n');
}
