import { describe, expect, it } from 'vitest';
import { definitionAt } from '../../compiler/src/index.js';
import { SOURCE, at } from './names-fixture.js';

describe('definition', () => {
  it('goes from a navigate target to the screen id', () => {
    const { analysis, offset } = at('THANKS');
    const [def] = definitionAt(analysis, offset);
    expect(analysis.text.slice(def!.start - 'screen '.length, def!.end)).toBe('screen THANKS');
  });

  it('goes from data.x inside ${…} and inside a backtick expression to the field', () => {
    for (const n of [1, 2]) {
      const { analysis, offset } = at('greeting', n);
      const [def] = definitionAt(analysis, offset);
      expect(def!.start).toBe(SOURCE.indexOf('greeting = '));
    }
  });

  it('goes from form.x and screen.S.form.x to the input’s name', () => {
    const decl = SOURCE.indexOf('name "Name"');
    for (const n of [0, 2, 3, 4, 5]) {
      const { analysis, offset } = at('name', n);
      expect(definitionAt(analysis, offset)).toEqual([{ start: decl, end: decl + 4 }]);
    }
  });

  it('goes from a navigate payload key to the next screen’s data field', () => {
    const { analysis, offset } = at('who');
    const [def] = definitionAt(analysis, offset);
    expect(def!.start).toBe(SOURCE.indexOf('who = "Maria"'));
  });

  it('finds nothing on other words', () => {
    const { analysis, offset } = at('TextBody');
    expect(definitionAt(analysis, offset)).toEqual([]);
    expect(definitionAt(analysis, -5)).toEqual([]);
  });
});
