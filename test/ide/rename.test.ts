import { describe, expect, it } from 'vitest';
import { analyze, prepareRenameAt, renameAt, type Analysis, type TextEdit } from '../../compiler/src/index.js';
import { at } from './names-fixture.js';

function apply(analysis: Analysis, edits: readonly TextEdit[]): string {
  let text = analysis.text;
  for (const e of [...edits].sort((a, b) => b.span.start - a.span.start)) {
    text = text.slice(0, e.span.start) + e.newText + text.slice(e.span.end);
  }
  return text;
}

describe('rename', () => {
  it('prepares on a declared name, with the name as placeholder', () => {
    const { analysis, offset } = at('greeting', 1);
    expect(prepareRenameAt(analysis, offset)?.placeholder).toBe('greeting');
    const other = at('TextBody');
    expect(prepareRenameAt(other.analysis, other.offset)).toBeUndefined();
  });

  it('renames an input everywhere, inside ${…} and backtick expressions too, and the result still compiles', () => {
    const { analysis, offset } = at('form.name');
    const result = renameAt(analysis, offset + 'form.'.length, 'full_name');
    expect(result.error).toBeUndefined();
    const text = apply(analysis, result.edits!);
    expect(text.match(/full_name/g)).toHaveLength(6);
    expect(text).not.toMatch(/\bname\b(?! ")/);
    expect(analyze(text).result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('renames a data field with the payload keys that fill it', () => {
    const { analysis, offset } = at('who = ');
    const result = renameAt(analysis, offset, 'person');
    const text = apply(analysis, result.edits!);
    expect(text).toContain('navigate THANKS { person: form.name }');
    expect(text).toContain('complete { who: data.person }'); // a complete payload key is no field
    expect(analyze(text).result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('renames a screen id and its uses', () => {
    const { analysis, offset } = at('THANKS');
    const text = apply(analysis, renameAt(analysis, offset, 'DONE').edits!);
    expect(text).toContain('navigate DONE');
    expect(text).toContain('screen DONE "Thanks"');
  });

  it('refuses a screen id the compiler rejects (FLOW2007, FLOW2008), and one that exists', () => {
    const { analysis, offset } = at('THANKS');
    expect(renameAt(analysis, offset, 'STEP_1').error).toMatch(/letters and underscores/);
    expect(renameAt(analysis, offset, 'success').error).toBeDefined();
    expect(renameAt(analysis, offset, 'ASK').error).toMatch(/already a screen 'ASK'/);
  });

  it('refuses a name that is no name, a data field with a dash, and a name taken on the screen', () => {
    const { analysis, offset } = at('greeting', 1);
    expect(renameAt(analysis, offset, '1st').error).toMatch(/not a name/);
    expect(renameAt(analysis, offset, 'a b').error).toMatch(/not a name/);
    expect(renameAt(analysis, offset, 'first-name').error).toMatch(/'-'/);
    const input = at('form.name');
    expect(renameAt(input.analysis, input.offset + 5, 'greeting').edits).toBeDefined(); // inputs and data are apart
  });

  it('answers in words where there is nothing to rename', () => {
    const { analysis, offset } = at('TextBody');
    expect(renameAt(analysis, offset, 'x').error).toMatch(/Put the cursor/);
  });
});
