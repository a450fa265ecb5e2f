import { describe, expect, it } from 'vitest';
import { analyze, documentSymbols, type DocumentSymbol } from '../../compiler/src/index.js';

const SOURCE = `flow shop { version "7.3" }

screen PICK "Pick a plan" {
  data { plans = ["a"] }
  Form f {
    TextInput name "Name"
  }
  If form.name == "x" {
    TextInput extra "Extra"
  } else {
    TextBody "none"
  }
  Switch form.name {
    case a { OptIn ok "OK" }
  }
  Footer "Go" -> complete
}
`;

const outline = (symbols: readonly DocumentSymbol[]): unknown[] =>
  symbols.map((s) => (s.children.length > 0 ? [`${s.kind} ${s.name}`, outline(s.children)] : `${s.kind} ${s.name}`));

describe('documentSymbols', () => {
  it('gives the header, the screens with their titles, data fields and named components nested as written', () => {
    const symbols = documentSymbols(analyze(SOURCE));
    expect(outline(symbols)).toEqual([
      'flow shop',
      [
        'screen PICK',
        [
          ['data data', ['dataField plans']],
          ['component f', ['input name']],
          ['component If', ['input extra', 'case else']],
          ['component Switch', [['case a', ['input ok']]]],
        ],
      ],
    ]);
    expect(symbols[1]!.detail).toBe('Pick a plan');
    const screen = symbols[1]!;
    expect(SOURCE.slice(screen.selectionSpan.start, screen.selectionSpan.end)).toBe('PICK');
    expect(screen.span.start).toBe(SOURCE.indexOf('screen PICK'));
  });

  it('gives what recovery kept of a broken file', () => {
    const symbols = documentSymbols(analyze('screen A "A" {\n  TextInput x "X" {\n'));
    expect(outline(symbols)).toEqual([['screen A', ['input x']]]);
  });
});
