// FLOW8001 (beyond Meta): every screen can be reached from the first screen through navigate actions
// and routes.
import { describe, expect, test } from 'vitest';
import { codes, diagnose } from './helpers.js';
import { found } from './fixes.js';

const done = 'screen DONE "Done" {\n  terminal\n  Footer "Close" -> complete\n}';

describe('reachable screens', () => {
  test('a screen that only leads into the Flow cannot be reached', () => {
    const src = [
      'screen WELCOME "Welcome" {\n  Footer "Start" -> navigate DONE\n}',
      'screen PROMO "Promo" {\n  Footer "Continue" -> navigate DONE\n}',
      done,
    ].join('\n');
    expect(diagnose(src)).toEqual([
      expect.objectContaining({ code: 'FLOW8001', at: 'PROMO', message: "screen 'PROMO' cannot be reached from the entry screen 'WELCOME'" }),
    ]);
    const [d] = found(src, 'FLOW8001');
    expect(d!.severity).toBe('warning');
    expect(d!.related?.map((r) => r.message)).toEqual(["the Flow starts at 'WELCOME'"]);
  });

  test('a chain of unreachable screens: each is reported, with the screens that lead to it', () => {
    const src = [
      'screen WELCOME "Welcome" {\n  Footer "Start" -> navigate DONE\n}',
      'screen OLD "Old" {\n  Footer "Next" -> navigate OLDER\n}',
      'screen OLDER "Older" {\n  Footer "Next" -> navigate DONE\n}',
      done,
    ].join('\n');
    const warnings = found(src, 'FLOW8001');
    expect(warnings.map((d) => d.message)).toEqual([
      "screen 'OLD' cannot be reached from the entry screen 'WELCOME'",
      "screen 'OLDER' cannot be reached from the entry screen 'WELCOME'",
    ]);
    expect(warnings[1]!.related?.map((r) => r.message)).toEqual([
      "the Flow starts at 'WELCOME'",
      "'OLD' leads here, but no path from 'WELCOME' reaches 'OLD'",
    ]);
  });

  test('routes, EmbeddedLinks and NavigationList rows lead on too', () => {
    const endpoint = [
      'flow { endpoint }',
      'screen APPLY "Apply" {\n  routes APPROVED\n  EmbeddedLink "How we decide" -> navigate HOW\n  Footer "Apply" -> data_exchange {}\n}',
      'screen HOW "How" {\n  terminal\n  Footer "Close" -> complete\n}',
      'screen APPROVED "Approved" {\n  terminal\n  Footer "Close" -> complete\n}',
    ].join('\n');
    expect(codes(endpoint)).toEqual([]);
    const menu = [
      'screen MENU "Menu" {\n  NavigationList topic "Topics" {\n    list-items {\n      a { main-content: { title: "A" }; on-click-action: navigate ANSWER }\n    }\n  }\n}',
      'screen ANSWER "Answer" {\n  terminal\n  Footer "Close" -> complete\n}',
    ].join('\n');
    expect(codes(menu)).toEqual([]);
  });

  test("a screen not connected at all is Meta's error, not this warning", () => {
    const src = `screen WELCOME "Welcome" {\n  Footer "Start" -> navigate DONE\n}\n${done}\nscreen LOST "Lost" {\n  terminal\n  Footer "Close" -> complete\n}`;
    expect(codes(src)).toEqual(['FLOW4014']);
  });

  test('not reported on a flow with errors', () => {
    const src = [
      'screen WELCOME "Welcome" {\n  TextHeadin "Hi"\n  Footer "Start" -> navigate DONE\n}',
      'screen PROMO "Promo" {\n  Footer "Continue" -> navigate DONE\n}',
      done,
    ].join('\n');
    expect(codes(src)).toEqual(['FLOW5001']);
  });
});
