// Semantic tokens: screen ids, data fields and inputs, by what they name, wherever they are written.
import type { SemanticTokens } from 'vscode-languageserver-protocol';
import { describe, expect, test } from 'vitest';
import { flow, serverForFile, TestClient, uri } from './client.js';

let client: TestClient;
serverForFile((started) => (client = started));

const SOURCE = flow`
  flow tokens { version "7.3" }

  screen ASK "Ask" {
    TextInput name "Name"
    Footer "Next" -> navigate THANKS { who: form.name }
  }

  screen THANKS "Thanks" {
    terminal
    data { who = "Ann" }
    TextHeading "Thanks, \${data.who}"
    Footer "Done" -> complete
  }
`;

describe('semantic tokens', () => {
  test('decoded: each name with its type and whether it is the declaration', async () => {
    const doc = uri('tokens');
    await client.open(doc, SOURCE);
    const legend = client.initializeResult.capabilities.semanticTokensProvider!.legend;
    const { data } = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: doc } });
    const lines = SOURCE.split('\n');
    const decoded: string[] = [];
    let line = 0;
    let character = 0;
    for (let i = 0; i < data.length; i += 5) {
      line += data[i]!;
      character = data[i]! === 0 ? character + data[i + 1]! : data[i + 1]!;
      const text = lines[line]!.slice(character, character + data[i + 2]!);
      const declaration = data[i + 4]! & 1 ? ' declaration' : '';
      decoded.push(`${text} ${legend.tokenTypes[data[i + 3]!]}${declaration}`);
    }
    expect(decoded).toEqual([
      'ASK class declaration',
      'name parameter declaration',
      'THANKS class',
      'who property',
      'name parameter',
      'THANKS class declaration',
      'who property declaration',
      'who property',
    ]);
  });
});
