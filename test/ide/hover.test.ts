import { describe, expect, it } from 'vitest';
import { hoverAt } from '../../compiler/src/index.js';
import { analyzeAt, textOf } from './cursor.js';

function hover(source: string) {
  const { analysis, offset } = analyzeAt(source);
  const h = hoverAt(analysis, offset);
  return h && { markdown: h.markdown, word: textOf(analysis, h.span) };
}

const FLOW = (body: string) => `flow demo { version "7.3", endpoint }

screen ASK "Your details" {
  data { greeting = "Hi" }
  ${body}
}

screen THANKS "Thank you" {
  terminal
  data { name = "Maria" }
  Footer "Done" -> complete
}
`;

describe('hover', () => {
  it('describes a component keyword from the catalogue', () => {
    const h = hover(FLOW('Text<|>Input name "Name"'))!;
    expect(h.word).toBe('TextInput');
    expect(h.markdown).toContain('**TextInput**');
    expect(h.markdown).toContain('since 2.1');
    expect(h.markdown).toContain('`input-type`');
  });

  it('describes a property key: type, required, enum values, default', () => {
    const h = hover(FLOW('TextInput name "Name" { input-<|>type: email }'))!;
    expect(h.word).toBe('input-type');
    expect(h.markdown).toContain('property of TextInput');
    expect(h.markdown).toContain('optional');
    expect(h.markdown).toContain('`email`');
    expect(h.markdown).toContain('default `text`');
  });

  it('describes an item property and a screen property', () => {
    expect(hover(FLOW('RadioButtonsGroup r "R" { data-source { a "A" { descr<|>iption: "x" } } }'))!.markdown).toContain('at most 300 characters');
    expect(hover(FLOW('refresh_on<|>_back'))!.markdown).toContain('property of a screen');
  });

  it('describes an action keyword and what its slot accepts', () => {
    const h = hover(FLOW('Footer "Go" -> navi<|>gate THANKS { name: "x" }'))!;
    expect(h.word).toBe('navigate');
    expect(h.markdown).toContain('Goes to another screen');
    expect(h.markdown).toContain('`on-click-action` accepts');
  });

  it('shows the screen’s title on a navigate target and a screen.X reference', () => {
    const h = hover(FLOW('Footer "Go" -> navigate THA<|>NKS { name: "x" }'))!;
    expect(h.word).toBe('THANKS');
    expect(h.markdown).toContain('"Thank you"');
    expect(hover(FLOW('TextBody "${screen.THA<|>NKS.data.name}"'))!.markdown).toContain('"Thank you"');
  });

  it('shows a data field’s type and example', () => {
    const h = hover(FLOW('TextBody data.gree<|>ting'))!;
    expect(h.word).toBe('greeting');
    expect(h.markdown).toContain('a string');
    expect(h.markdown).toContain('`"Hi"`');
  });

  it('shows the input behind form.x', () => {
    const h = hover(FLOW('TextInput name "Name"\n  TextBody form.na<|>me'))!;
    expect(h.markdown).toContain('`TextInput name` "Name"');
  });

  it('describes a header setting', () => {
    expect(hover(FLOW('TextBody "x"').replace('version', 'vers<|>ion'))!.markdown).toContain('Flow JSON version');
  });

  it('answers nothing on white space and out of range', () => {
    const { analysis } = analyzeAt(FLOW('<|>'));
    expect(hoverAt(analysis, -1)).toBeUndefined();
    expect(hoverAt(analysis, analysis.text.length + 1)).toBeUndefined();
    expect(hover(FLOW('<|>'))).toBeUndefined();
  });
});

describe('hover: named values', () => {
  it("on a property's named value: which property, and its other values", () => {
    const { analysis, offset } = analyzeAt(`flow t { version "7.3" }
screen A "A" {
  terminal
  TextInput mail "E-mail" { input-type: em<|>ail }
  CalendarPicker when "When" { mode: single, include-days: [Mon, T<|>ue] }
  Footer "Done" -> complete
}
`.replace('T<|>ue', 'Tue'));
    const hover = hoverAt(analysis, offset)!;
    expect(textOf(analysis, hover.span)).toBe('email');
    expect(hover.markdown).toContain('**email** — a value of `input-type` (TextInput)');
    expect(hover.markdown).toContain('**`email`**');
    expect(hover.markdown).toContain('`password`');
  });

  it('in a list of named values', () => {
    const { analysis, offset } = analyzeAt(`flow t { version "7.3" }
screen A "A" {
  terminal
  CalendarPicker when "When" { mode: single, include-days: [Mon, T<|>ue] }
  Footer "Done" -> complete
}
`);
    const hover = hoverAt(analysis, offset)!;
    expect(textOf(analysis, hover.span)).toBe('Tue');
    expect(hover.markdown).toContain('a value of `include-days` (CalendarPicker)');
  });
});
