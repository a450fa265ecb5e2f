// Character limits from the catalogue are warnings: Meta's client truncates (spec §4 general rules).
import { describe, expect, test } from 'vitest';
import { screen } from './helpers.js';
import { found, full } from './rule-helpers.js';

describe('character limits', () => {
  test('a TextInput label longer than 20 characters', () => {
    const src = screen('  TextInput name "Your full name as in your passport"');
    expect(found(src, 'FLOW6014')).toEqual([
      expect.objectContaining({
        at: '"Your full name as in your passport"',
        message: "'label' of TextInput 'name' is 34 characters long; WhatsApp shows at most 20",
        help: 'shorten it: the WhatsApp client cuts off the rest',
      }),
    ]);
    expect(full(src, 'FLOW6014')[0]!.severity).toBe('warning');
  });

  test('exactly at the limit is fine; characters, not UTF-16 units', () => {
    expect(found(screen(`  TextInput name "${'x'.repeat(20)}"`), 'FLOW6014')).toEqual([]);
    expect(found(screen(`  TextInput name "${'😀'.repeat(20)}"`), 'FLOW6014')).toEqual([]);
  });

  test('option titles, NavigationList rows and tags', () => {
    const long = 'A title that is far too long for it';
    expect(found(screen(`  Dropdown d "D" { data-source { a "${long}" } }`), 'FLOW6014')).toEqual([
      expect.objectContaining({ message: `'title' of item 'a' of Dropdown 'd' is ${long.length} characters long; WhatsApp shows at most 30` }),
    ]);
    const nav =
      'screen A "A" {\n  NavigationList n { list-items { a { main-content: { title: "A", description: "A description too long" }; tags: ["Short", "A very long tag here"] } } } -> navigate B\n}\n' +
      'screen B "B" { terminal Footer "OK" -> complete }\n';
    expect(found(nav, 'FLOW6014').map((d) => d.message)).toEqual([
      "'description' of 'main-content' of item 'a' of NavigationList 'n' is 22 characters long; WhatsApp shows at most 20",
      "'tags' of item 'a' of NavigationList 'n' is 20 characters long; WhatsApp shows at most 15",
    ]);
  });

  test('range-mode CalendarPicker labels keep the label limit', () => {
    const src = screen(`  CalendarPicker s { mode: range; label: { start-date: "${'x'.repeat(41)}", end-date: "Out" } }`);
    expect(found(src, 'FLOW6014')).toEqual([expect.objectContaining({ message: expect.stringContaining('WhatsApp shows at most 40') })]);
  });

  test('interpolated strings are not measured', () => {
    expect(found(screen(`  data { n = "x" }\n  TextInput name "\${data.n} ${'x'.repeat(30)}"`), 'FLOW6014')).toEqual([]);
  });
});
