// flowc import and validate on real Flow JSON: every file of the shared corpus (../shared/corpus, read
// from there, never copied into the project). For each file:
// - a valid file imports with no error, and building the imported .flow gives back the original Flow
//   JSON byte for byte after canonical key ordering (canonical.ts), for every version 2.1–7.3;
// - a file the corpus index (INDEX.tsv) marks invalid gets the diagnostic its note describes, and so
//   does a file our checks find invalid beyond the index (the table below says why);
// - a file that holds what .flow cannot write gets FLOW9006 naming the JSON path, and no .flow text;
// - wherever there is a .flow text, it is lossless: its code generation equals the original (canonical),
//   errors or not (except where the diagnostics say the .flow corrects the JSON).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { compile, FLOW_JSON_VERSIONS, importFlowJson, parse, validateFlowJson } from '../compiler/src/index.js';
import { generate } from '../compiler/src/codegen/generate.js';
import { serialize, toPlain } from '../compiler/src/codegen/json.js';
import { canonicalFlowJson } from '../compiler/src/import/canonical.js';
import { firstJsonDifference } from '../compiler/src/import/import.js';
import { parseJson } from '../compiler/src/import/json.js';
import { bind } from '../compiler/src/semantics/bind.js';
import { readSettings } from '../compiler/src/semantics/settings.js';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const CORPUS = join(root, '..', 'shared', 'corpus');
const available = existsSync(join(CORPUS, 'INDEX.tsv'));

interface Entry {
  readonly file: string;
  readonly version: string;
  readonly notes: string;
}

function readIndex(): Entry[] {
  const [head, ...rows] = readFileSync(join(CORPUS, 'INDEX.tsv'), 'utf8').trim().split('\n');
  const columns = head!.split('\t');
  return rows.map((row) => {
    const cells = row.split('\t');
    const get = (name: string) => cells[columns.indexOf(name)] ?? '';
    return { file: get('file'), version: get('version'), notes: get('notes') };
  });
}

const index = available ? readIndex() : [];
const files = available ? readdirSync(CORPUS).filter((f) => f.endsWith('.json')).sort() : [];

/** What an index note's `checker:` clauses describe, as the diagnostic code (and a word of its message) that says it. */
function expectedFromNote(notes: string): { code: string; mentions?: string }[] {
  const out: { code: string; mentions?: string }[] = [];
  for (const clause of notes.split(';').map((c) => c.trim())) {
    if (!clause.startsWith('checker:')) continue;
    const what = clause.slice('checker:'.length).trim();
    let m: RegExpExecArray | null;
    if ((m = /^version (\S+) frozen/.exec(what))) out.push({ code: 'FLOW7006', mentions: m[1]! });
    else if ((m = /^screen id (\S+) reserved/.exec(what))) out.push({ code: 'FLOW2008', mentions: m[1]! });
    else if ((m = /navigate to unknown (\S+)/.exec(what))) out.push({ code: 'FLOW2002', mentions: m[1]! });
    else throw new Error(`INDEX.tsv: no diagnostic known for the note '${what}': add it to expectedFromNote`);
  }
  return out;
}

/**
 * Files our checks find invalid although the index does not say so, with the diagnostics that say why.
 * Each was read and confirmed against the spec (/work/shared/spec/flow-json.md).
 */
const INVALID_BEYOND_INDEX: Record<string, { codes: string[]; why: string }> = {
  'eudresfs-agents-skills-whatsapp-flows-reference-build.json': {
    codes: ['FLOW3036'],
    why: '"${data.name}, your registration was received." mixes text and a binding outside a backtick expression (spec §6.1)',
  },
  'pywa-v6_0-math_operators.json': {
    codes: ['FLOW3001'],
    why: 'a TextBody text list must hold static strings (spec §0, 4.2/4.3); these hold backtick expressions',
  },
  'pywa-v7_1-image_carousel.json': {
    codes: ['FLOW3028'],
    why: 'the ImageCarousel src values are truncated base64 (spec §0, 8.2)',
  },
  'sipsyai-ackend-src-modules-chatbots-salon-appointment-flow.json': {
    codes: ['FLOW9007', 'FLOW9008'],
    why: 'inputs outside a Form in 3.1; the routing model leaves out navigate routes (spec §2.2)',
  },
  'sipsyai-backend-src-modules-chatbots-salon-dynamic-flow.json': {
    codes: ['FLOW4030'],
    why: 'a navigate payload misses fields of the next screen\'s data model (spec §5)',
  },
  'sipsyai-docs-demo-chatbots-01-berber-randevu-whatsapp-flow.json': {
    codes: ['FLOW9008', 'FLOW3022'],
    why: 'the routing model leaves out navigate routes (spec §2.2); DatePicker dates as timestamps in 7.2 (spec §1.3, 5.0)',
  },
  'sipsyai-s-demo-chatbots-flows-02-restoran-rezervasyon-flow.json': {
    codes: ['FLOW9008', 'FLOW3022'],
    why: 'the routing model leaves out navigate routes (spec §2.2); DatePicker dates as timestamps in 6.0 (spec §1.3, 5.0)',
  },
};

/** Files with a part .flow cannot write: no .flow text, and FLOW9006 at that JSON path. */
const NOT_WRITABLE: Record<string, { path: string; why: string }> = {
};

/** Code generation of a .flow text, errors or not. */
function generateAnyway(text: string): unknown {
  const ast = parse(text).ast;
  return toPlain(generate(bind(ast, readSettings(ast.header).settings)));
}

function canonical(json: string): unknown {
  return toPlain(canonicalFlowJson(parseJson(json).value!));
}

describe.skipIf(!available)('the corpus (../shared/corpus)', () => {
  test('the index lists every file, and every file is there', () => {
    expect(index.map((e) => e.file).sort()).toEqual(files);
  });

  test('covers the Flow JSON versions from 2.1 to 7.3', () => {
    const versions = new Set(index.map((e) => e.version));
    for (const v of ['2.1', '3.0', '3.1', '4.0', '5.0', '5.1', '6.0', '6.1', '6.2', '6.3', '7.1', '7.2', '7.3']) expect(versions).toContain(v);
  });

  describe.each(index.map((e) => [e.file, e] as const))('%s', (file, entry) => {
    const json = readFileSync(join(CORPUS, file), 'utf8');
    const expected: { code: string; mentions?: string }[] = [
      ...expectedFromNote(entry.notes),
      ...(INVALID_BEYOND_INDEX[file]?.codes.map((code) => ({ code })) ?? []),
    ];
    const result = importFlowJson(json, { fileName: file });
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    const notWritable = NOT_WRITABLE[file];
    const invalid = expected.some((e) => e.code !== 'FLOW7006');

    test('every diagnostic points into the JSON text', () => {
      for (const d of result.diagnostics) {
        expect(d.span.start).toBeGreaterThanOrEqual(0);
        expect(d.span.end).toBeLessThanOrEqual(json.length);
        expect(d.span.start).toBeLessThanOrEqual(d.span.end);
      }
    });

    if (notWritable) {
      test(`is not imported: ${notWritable.why}`, () => {
        expect(result.text).toBeUndefined();
        expect(result.diagnostics.filter((d) => d.code === 'FLOW9006').map((d) => d.message)).toContainEqual(
          expect.stringContaining(notWritable.path),
        );
        // validate does not report what is only a limit of .flow
        expect(validateFlowJson(json).diagnostics.map((d) => d.code)).not.toContain('FLOW9006');
      });
      return;
    }

    test('imports to a .flow text', () => {
      expect(result.diagnostics.filter((d) => d.code === 'FLOW9006')).toEqual([]);
      expect(result.text).toBeDefined();
    });

    if (expected.length > 0) {
      test(`gets the diagnostics its note describes: ${expected.map((e) => e.code).join(', ')}`, () => {
        for (const e of expected) {
          const found = result.diagnostics.filter((d) => d.code === e.code);
          expect(found.length, `${e.code} in ${file}`).toBeGreaterThan(0);
          if (e.mentions) expect(found.some((d) => d.message.includes(e.mentions!)), `${e.code} mentions ${e.mentions}`).toBe(true);
        }
      });
    }

    if (!invalid) {
      test('has no errors, and building the .flow gives back the original Flow JSON (canonical key order)', () => {
        expect(errors.map((d) => `${d.code} ${d.message}`)).toEqual([]);
        const built = compile(result.text!, { fileName: file.replace(/json$/, 'flow') });
        expect(built.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(built.json).toBe(`${serialize(canonicalFlowJson(parseJson(json).value!))}\n`);
      });
      test('validate (with Meta\'s limits, which import writes for a Flow beyond ours) reports what import reports', () => {
        const validated = validateFlowJson(json, { fileName: file, limits: 'meta' });
        expect(validated.diagnostics).toEqual(result.diagnostics.filter((d) => d.code !== 'FLOW9006'));
      });
    } else {
      test('the .flow text is still lossless: its code generation equals the original', () => {
        const generated = generateAnyway(result.text!) as Record<string, unknown>;
        const original = canonical(json) as Record<string, unknown>;
        // where the diagnostics say the .flow corrects the JSON (a routing model without navigate routes,
        // inputs outside a Form before 4.0), those parts differ by design
        const corrected = new Set(result.diagnostics.map((d) => d.code));
        if (corrected.has('FLOW9008') || corrected.has('FLOW9009')) {
          delete generated['routing_model'];
          delete original['routing_model'];
        }
        if (corrected.has('FLOW9007')) return;
        expect(firstJsonDifference(original, generated, [])).toBeUndefined();
      });
    }
  });
});

describe.skipIf(!available)('one corpus Flow at every version', () => {
  // A Flow with an explicit Form, inputs, a data model and a completing Footer, retargeted to each version:
  // the import is lossless whatever the version says (the version's own rules are the checks' business).
  const json = available ? readFileSync(join(CORPUS, 'wa-tools-articles-llama-chatbot-flows-contact-us.json'), 'utf8') : '';
  test.each(FLOW_JSON_VERSIONS.map((v) => [v]))('%s', (version) => {
    const retargeted = json.replace(/"version":\s*"[^"]*"/, `"version": "${version}"`);
    const result = importFlowJson(retargeted);
    expect(result.text).toContain(`version "${version}"`);
    expect(firstJsonDifference(canonical(retargeted), generateAnyway(result.text!), [])).toBeUndefined();
  });
});
