// The catalogue of diagnostic codes (compiler/src/diagnostics/codes.ts) is complete and honest: every
// code is unique and in its band, is explained, has a complete wrong example that produces it and a
// fixed one that does not, appears in at least one diagnostic fixture, and docs/diagnostics.md (which
// is generated from the catalogue) is current. UPDATE_FIXTURES=1 (or `npm run docs`) rewrites the doc.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { DIAGNOSTIC_CODES, type CodeEntry } from '../compiler/src/index.js';
import { BANDS, bandOf, exampleDiagnostics, renderDiagnosticsDoc, renderExplanation } from '../compiler/src/diagnostics/render-doc.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = dirname(here);
const catalogue = readFileSync(join(root, 'compiler', 'src', 'diagnostics', 'codes.ts'), 'utf8');
const docPath = join(root, 'docs', 'diagnostics.md');
const fixturesDir = join(here, 'fixtures', 'diagnostics');
const update = process.env['UPDATE_FIXTURES'] === '1';

const entries = Object.entries(DIAGNOSTIC_CODES) as [string, CodeEntry][];
const codes = entries.map(([code]) => code);

/** Every code named in a diagnostic fixture's expected.txt (`!!! error FLOW2003 …`). */
function codesInFixtures(): Set<string> {
  const found = new Set<string>();
  if (!existsSync(fixturesDir)) return found;
  for (const name of readdirSync(fixturesDir)) {
    const path = join(fixturesDir, name, 'expected.txt');
    if (!existsSync(path)) continue;
    for (const m of readFileSync(path, 'utf8').matchAll(/^!!! \w+ (FLOW\d{4})/gm)) found.add(m[1]!);
  }
  return found;
}

describe('the catalogue of codes', () => {
  test('has codes in every band', () => {
    for (const band of BANDS) expect(codes.some((c) => bandOf(c) === band), `FLOW${band.digit}xxx`).toBe(true);
  });

  test('every code is FLOW and four digits, in one of the bands 1–9, and declared once', () => {
    for (const code of codes) {
      expect(code).toMatch(/^FLOW[1-9]\d{3}$/);
      expect(bandOf(code), code).toBeDefined();
    }
    const declared = [...catalogue.matchAll(/^ {2}(FLOW\d{4}): \{/gm)].map((m) => m[1]!);
    expect(declared.filter((c, i) => declared.indexOf(c) !== i), 'codes declared twice').toEqual([]);
    expect([...declared].sort()).toEqual([...codes].sort());
  });

  test('every code sits under the comment of its band in codes.ts', () => {
    const bandStarts = BANDS.map((b) => ({ band: b, at: catalogue.indexOf(`// ── FLOW${b.digit}xxx`) }));
    for (const { band, at } of bandStarts) expect(at, `band comment of FLOW${band.digit}xxx`).toBeGreaterThan(0);
    const misplaced = codes.filter((code) => {
      const at = catalogue.search(new RegExp(`^ {2}${code}: \\{`, 'm'));
      const section = bandStarts.filter((b) => b.at < at).at(-1)?.band;
      return section !== bandOf(code);
    });
    expect(misplaced).toEqual([]);
  });

  test('titles are unique', () => {
    const titles = entries.map(([, e]) => e.title);
    expect(titles.filter((t, i) => titles.indexOf(t) !== i)).toEqual([]);
  });

  test('beyond-Meta codes (FLOW8xxx) are warnings without a Meta code', () => {
    for (const [code, e] of entries.filter(([c]) => c.startsWith('FLOW8'))) {
      expect(e.severity, code).toBe('warning');
      expect(e.meta, code).toBeUndefined();
    }
  });

  test('every code has an explanation, a wrong and a fixed example', () => {
    const missing = entries
      .filter(([, e]) => !e.explanation?.trim() || !e.wrong?.trim() || !e.fixed?.trim())
      .map(([code, e]) => `${code}:${e.explanation?.trim() ? '' : ' explanation'}${e.wrong?.trim() ? '' : ' wrong'}${e.fixed?.trim() ? '' : ' fixed'}`);
    expect(missing).toEqual([]);
  });

  test.each(entries.filter(([, e]) => e.wrong).map(([code, e]) => [code, e] as const))(
    'the wrong example of %s produces it',
    (code, entry) => {
      // FLOW9xxx examples are Flow JSON files, run through flowc import
      const result = exampleDiagnostics(code, entry.wrong!);
      expect(result.diagnostics.map((d) => d.code)).toContain(code);
    },
  );

  test.each(entries.filter(([, e]) => e.fixed).map(([code, e]) => [code, e] as const))(
    'the fixed example of %s does not produce it',
    (code, entry) => {
      const result = exampleDiagnostics(code, entry.fixed!);
      expect(result.diagnostics.map((d) => d.code)).not.toContain(code);
    },
  );

  test('every code appears in at least one diagnostic fixture', () => {
    const seen = codesInFixtures();
    expect(codes.filter((c) => !seen.has(c)), 'codes without a test/fixtures/diagnostics case').toEqual([]);
  });

  test('flowc explain has a text for every code', () => {
    for (const code of codes) {
      const text = renderExplanation(code as keyof typeof DIAGNOSTIC_CODES);
      expect(text.startsWith(`${code}: `), code).toBe(true);
    }
  });
});

describe('docs/diagnostics.md', () => {
  test('is generated from the catalogue and current (npm run docs)', () => {
    const expected = renderDiagnosticsDoc();
    if (update) writeFileSync(docPath, expected);
    expect(existsSync(docPath), 'docs/diagnostics.md is missing: run npm run docs').toBe(true);
    const actual = readFileSync(docPath, 'utf8').replace(/\r\n/g, '\n');
    expect(actual === expected, 'docs/diagnostics.md is out of date: run npm run docs').toBe(true);
  });

  test('has a section for every code', () => {
    const doc = renderDiagnosticsDoc();
    for (const code of codes) expect(doc, code).toContain(`\n### ${code}\n`);
  });
});
