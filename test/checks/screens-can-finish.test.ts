// FLOW8004 (beyond Meta): from every screen a path leads to a terminal screen or to a data_exchange
// (whose endpoint may finish the Flow).
import { describe, expect, test } from 'vitest';
import { codes, diagnose } from './helpers.js';
import { found } from './fixes.js';

const done = 'screen DONE "Done" {\n  terminal\n  Footer "Close" -> complete\n}';

describe('screens can finish', () => {
  test('a screen that is not terminal and leads nowhere is a dead end', () => {
    const src = [
      'screen START "Start" {\n  EmbeddedLink "Hours" -> navigate HOURS\n  Footer "Next" -> navigate DONE\n}',
      'screen HOURS "Hours" {\n  TextBody "9-17"\n}',
      done,
    ].join('\n');
    expect(diagnose(src)).toEqual([
      expect.objectContaining({
        code: 'FLOW8004',
        at: 'HOURS',
        message: "no path from screen 'HOURS' leads to the end of the Flow",
        help: "'HOURS' is a dead end: mark it `terminal` with a Footer that completes the Flow, or navigate on from it",
      }),
    ]);
  });

  test('a screen that leads only to dead ends cannot finish either', () => {
    const src = [
      'screen START "Start" {\n  EmbeddedLink "More" -> navigate MORE\n  Footer "Next" -> navigate DONE\n}',
      'screen MORE "More" {\n  Footer "Next" -> navigate HOURS\n}',
      'screen HOURS "Hours" {\n  TextBody "9-17"\n}',
      done,
    ].join('\n');
    const warnings = found(src, 'FLOW8004');
    expect(warnings.map((d) => d.message)).toEqual([
      "no path from screen 'MORE' leads to the end of the Flow",
      "no path from screen 'HOURS' leads to the end of the Flow",
    ]);
    expect(warnings[0]!.related?.map((r) => r.message)).toEqual(["leads to 'HOURS', which cannot finish the Flow either"]);
  });

  test('a cycle without a way out', () => {
    const src = [
      'screen START "Start" {\n  EmbeddedLink "Quiz" -> navigate ONE\n  Footer "Skip" -> navigate DONE\n}',
      'screen ONE "One" {\n  Footer "Next" -> navigate TWO\n}',
      'screen TWO "Two" {\n  Footer "Next" -> navigate THREE\n}',
      'screen THREE "Three" {\n  Footer "Again" -> navigate ONE\n}',
      done,
    ].join('\n');
    expect(codes(src)).toEqual(['FLOW8004', 'FLOW8004', 'FLOW8004', 'FLOW4012']);
  });

  test('a long chain finishes through every hop; one that loops back at its end strands every hop', () => {
    // screen ids take letters only: S_A … S_Z, S_BA …
    const id = (i: number) => `S_${i >= 26 ? String.fromCharCode(65 + Math.floor(i / 26)) : ''}${String.fromCharCode(65 + (i % 26))}`;
    // S_A → S_B → … : the finish travels back against the order of the file, one screen per hop
    const chain = (length: number, end: string, first = '') => {
      const screens = [];
      for (let i = 0; i < length; i++) {
        const body = i === length - 1 ? end : `${i === 0 ? first : ''}Footer "Next" -> navigate ${id(i + 1)}`;
        screens.push(`screen ${id(i)} "Step ${i}" {\n  ${body}\n}`);
      }
      return `flow { limits "meta" }\n${screens.join('\n')}`;
    };
    expect(codes(chain(60, 'terminal\n  Footer "Done" -> complete'))).toEqual([]);
    // the last screen goes back two steps (a loop); only the first screen has a way out, to DONE
    const looped = chain(60, `Footer "Back" -> navigate ${id(57)}`, 'EmbeddedLink "Quit" -> navigate DONE\n  ');
    const stranded = found(`${looped}\n${done}`, 'FLOW8004').map((d) => d.message);
    expect(stranded).toHaveLength(59);
    expect(stranded).not.toContain(`no path from screen '${id(0)}' leads to the end of the Flow`);
    expect(stranded).toContain(`no path from screen '${id(59)}' leads to the end of the Flow`);
  });

  test('a data_exchange may finish the Flow: the endpoint can answer SUCCESS', () => {
    const src = [
      'flow { endpoint }',
      'screen ASK "Ask" {\n  TextInput q "Question"\n  EmbeddedLink "Help" -> navigate HELP\n  Footer "Send" -> data_exchange { q: form.q }\n}',
      'screen HELP "Help" {\n  TextBody "Ask us anything."\n  Footer "Ask" -> data_exchange {}\n}',
    ].join('\n');
    // no terminal screen at all is Meta's error; with one, nothing is stranded
    expect(codes(src)).toEqual(['FLOW4020']);
    const thanks = 'screen THANKS "Thanks" {\n  terminal\n  Footer "Close" -> complete\n}';
    const linked = src.replace('EmbeddedLink "Help"', 'EmbeddedLink "Thanks" -> navigate THANKS\n  EmbeddedLink "Help"');
    expect(codes(`${linked}\n${thanks}`)).toEqual([]);
  });
});
