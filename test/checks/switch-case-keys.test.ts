// Switch cases on an input with written-out options: a key that is no option id never matches.
import { describe, expect, test } from 'vitest';
import { diagnose, screen } from './helpers.js';

const radio = '  RadioButtonsGroup plan "Plan" { data-source { basic "Basic", pro "Pro" } }';
const footer = (body: string) => screen(body).replace('-> complete', '-> complete { plan: form.plan }');

describe('switch case keys', () => {
  test('a case key that is not an option id, with a suggestion', () => {
    const found = diagnose(footer(`${radio}\n  Switch form.plan { case basic { TextBody "b" } case por { TextBody "p" } }`));
    expect(found).toEqual([
      expect.objectContaining({ code: 'FLOW2034', at: 'por', help: "did you mean 'pro'?", message: "case 'por' never matches: 'plan' has no option 'por'" }),
    ]);
  });

  test('every key an option id: nothing to say', () => {
    expect(diagnose(footer(`${radio}\n  Switch form.plan { case basic { TextBody "b" } case pro { TextBody "p" } }`))).toEqual([]);
  });

  test('options that come from data are not known: nothing to say', () => {
    const src = footer(
      '  data { plans = [{ id: "basic", title: "Basic" }] }\n  RadioButtonsGroup plan "Plan" { data-source: data.plans }\n  Switch form.plan { case gold { TextBody "g" } }',
    );
    expect(diagnose(src).filter((d) => d.code === 'FLOW2034')).toEqual([]);
  });
});
