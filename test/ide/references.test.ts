import { describe, expect, it } from 'vitest';
import { referencesAt } from '../../compiler/src/index.js';
import { textOf } from './cursor.js';
import { at } from './names-fixture.js';

describe('references', () => {
  it('lists every use of an input: the sensitive list, strings, backticks, screen.S.form, in document order', () => {
    const { analysis, offset } = at('name "Name"');
    const spans = referencesAt(analysis, offset, true);
    expect(spans.map((s) => textOf(analysis, s))).toEqual(['name', 'name', 'name', 'name', 'name', 'name']);
    expect(spans.map((s) => s.start)).toEqual([...spans.map((s) => s.start)].sort((a, b) => a - b));
    expect(referencesAt(analysis, offset, false)).toHaveLength(5);
  });

  it('lists the uses of a data field: and the navigate payload keys that fill it', () => {
    const { analysis, offset } = at('who = ');
    const spans = referencesAt(analysis, offset, false);
    expect(spans).toHaveLength(3); // the navigate payload key, data.who twice
  });

  it('lists the uses of a screen', () => {
    const { analysis, offset } = at('ASK');
    expect(referencesAt(analysis, offset, true).map((s) => textOf(analysis, s))).toEqual(['ASK', 'ASK']);
  });
});
