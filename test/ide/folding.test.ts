import { describe, expect, it } from 'vitest';
import { analyze, foldingRanges } from '../../compiler/src/index.js';

const SOURCE = `flow demo {
  version "7.3"
}

/* a comment
   on two lines */
screen A "A" {
  terminal
  data {
    x = [
      1,
    ]
  }
  RadioButtonsGroup r "R" {
    data-source {
      a "A"
    }
  }
  TextBody "one line" { visible: true }
  If data.x == 1 {
    TextBody "then"
  } else {
    TextBody "else"
  }
  Footer "Done" -> complete {
    r: form.r
  }
}
`;

describe('foldingRanges', () => {
  it('folds every multi-line block, list, object and block comment, and nothing on one line', () => {
    const analysis = analyze(SOURCE);
    const folds = foldingRanges(analysis).map((s) => SOURCE.slice(s.start, s.end).split('\n')[0]);
    expect(folds).toEqual([
      'flow demo {',
      '/* a comment',
      'screen A "A" {',
      'data {',
      '[',
      '{', // the RadioButtonsGroup block
      '{', // its data-source
      'If data.x == 1 {',
      'else {',
      '{', // the complete payload
    ]);
  });
});
