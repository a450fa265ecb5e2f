// No editor query throws, on any text and at any offset: arbitrary strings, soups of .flow tokens, and
// the samples with random edits (the half-typed text an editor sends).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyze,
  completionsAt,
  definitionAt,
  documentLinks,
  documentSymbols,
  foldingRanges,
  hoverAt,
  inlayHints,
  prepareRenameAt,
  referencesAt,
  renameAt,
  selectionRanges,
  semanticTokens,
} from '../../compiler/src/index.js';

const SAMPLES_DIR = join(import.meta.dirname, '..', '..', 'samples');
const SAMPLES = readdirSync(SAMPLES_DIR)
  .filter((f) => f.endsWith('.flow'))
  .map((f) => readFileSync(join(SAMPLES_DIR, f), 'utf8'));

const WORDS = [
  'flow', 'screen', 'data', 'form', 'routes', 'case', 'else', 'If', 'Switch', 'navigate', 'complete', 'data_exchange',
  'update_data', 'open_url', 'TextInput', 'Footer', 'RadioButtonsGroup', 'data-source', 'input-type', 'A', 'B', 'x',
  '{', '}', '[', ']', '(', ')', ':', ',', ';', '.', '->', '=', '==', '&&', '"', '"t"', '"${data.x}"', '"${form.', '`${data.x}`',
  '`', '//', '/*', '*/', '\n', ' ', '1', 'true', '-', '$', '${',
];

const tokenSoup = fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }).map((ws) => ws.join(' '));
const anyText = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 100 }), tokenSoup);

/** A sample with a few random deletions and insertions. */
const editedSample = fc
  .tuple(
    fc.constantFrom(...SAMPLES),
    fc.array(fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.oneof(fc.constant(''), fc.constantFrom(...WORDS), fc.string({ maxLength: 8 }))), {
      minLength: 1,
      maxLength: 4,
    }),
  )
  .map(([text, edits]) => {
    for (const [at, length, insert] of edits) {
      const start = at % (text.length + 1);
      text = text.slice(0, start) + insert + text.slice(start + length);
    }
    return text;
  });

/** Every query at one offset; each must return without throwing, with spans inside the text. */
function queryAll(text: string, offsets: readonly number[]): void {
  const analysis = analyze(text);
  const inside = (s: { start: number; end: number }) => {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(s.start).toBeLessThanOrEqual(s.end);
  };
  documentSymbols(analysis);
  foldingRanges(analysis).forEach(inside);
  documentLinks(analysis).forEach((l) => inside(l.span));
  for (const h of inlayHints(analysis)) inside({ start: h.offset, end: h.offset });
  // semantic tokens: inside the text, in order, never overlapping (the LSP encoding needs it)
  const tokens = semanticTokens(analysis);
  tokens.forEach((t) => inside(t.span));
  for (let i = 1; i < tokens.length; i++) expect(tokens[i]!.span.start).toBeGreaterThanOrEqual(tokens[i - 1]!.span.end);
  for (const raw of offsets) {
    const offsetsToTry = [raw % (text.length + 1), -1, text.length + 1, text.length];
    for (const offset of offsetsToTry) {
      const hover = hoverAt(analysis, offset);
      if (hover) inside(hover.span);
      inside(completionsAt(analysis, offset).span);
      // expand selection: each step inside the text and holding the one before
      const steps = selectionRanges(analysis, offset);
      steps.forEach(inside);
      for (let k = 1; k < steps.length; k++) expect(steps[k]!.start <= steps[k - 1]!.start && steps[k - 1]!.end <= steps[k]!.end).toBe(true);
      definitionAt(analysis, offset).forEach(inside);
      referencesAt(analysis, offset, true).forEach(inside);
      prepareRenameAt(analysis, offset);
      const renamed = renameAt(analysis, offset, 'renamed_x');
      renamed.edits?.forEach((e) => inside(e.span));
    }
  }
}

describe('editor queries never throw', () => {
  it('on arbitrary text at arbitrary offsets', () => {
    fc.assert(
      fc.property(anyText, fc.array(fc.nat(), { minLength: 1, maxLength: 5 }), (text, offsets) => queryAll(text, offsets)),
      { numRuns: 300 },
    );
  });

  it('on the samples with random edits', () => {
    fc.assert(
      fc.property(editedSample, fc.array(fc.nat(), { minLength: 1, maxLength: 8 }), (text, offsets) => queryAll(text, offsets)),
      { numRuns: 150 },
    );
  });

  it('at every offset of every sample', () => {
    for (const text of SAMPLES) {
      const analysis = analyze(text);
      for (let offset = 0; offset <= text.length; offset++) {
        hoverAt(analysis, offset);
        completionsAt(analysis, offset);
        definitionAt(analysis, offset);
        referencesAt(analysis, offset, false);
        prepareRenameAt(analysis, offset);
      }
    }
  });
});
