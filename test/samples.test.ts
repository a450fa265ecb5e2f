// The real-world flows in samples/: each compiles with no diagnostic at all (no error, no warning, no
// hint) to exactly test/fixtures/samples/<name>.json, and together they use every component type and
// every action. UPDATE_FIXTURES=1 rewrites the expected files from the current output instead of
// comparing. Review every rewritten file against the spec before accepting it: the fixtures are the
// evidence that the output is valid Flow JSON, not a snapshot of whatever the compiler does today.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { compile, renderDiagnostic } from '../compiler/src/index.js';
import { ALL_COMPONENTS, ALL_ACTIONS, readText } from './support/flow.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = dirname(here);
const samplesDir = join(root, 'samples');
const fixturesDir = join(here, 'fixtures', 'samples');
const update = process.env['UPDATE_FIXTURES'] === '1';

const samples = readdirSync(samplesDir)
  .filter((name) => name.endsWith('.flow'))
  .sort()
  .map((file) => ({ file, name: basename(file, '.flow'), text: readText(join(samplesDir, file)) }));

type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
type JsonObject = { [key: string]: JsonValue };

const isObject = (v: JsonValue | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every component of a screen at every depth: layout children, Form children, If branches, Switch cases. */
function* components(list: JsonValue | undefined): Generator<JsonObject> {
  if (!Array.isArray(list)) return;
  for (const c of list) {
    if (!isObject(c)) continue;
    yield c;
    yield* components(c['children']);
    yield* components(c['then']);
    yield* components(c['else']);
    const cases = c['cases'];
    if (isObject(cases)) for (const branch of Object.values(cases)) yield* components(branch);
  }
}

/** The names of every action object anywhere under a value: component slots, items, nested payloads. */
function* actionNames(v: JsonValue | undefined, key = ''): Generator<string> {
  if (Array.isArray(v)) for (const e of v) yield* actionNames(e, key);
  else if (isObject(v)) {
    if (key.endsWith('-action') && typeof v['name'] === 'string') yield v['name'];
    for (const [k, e] of Object.entries(v)) yield* actionNames(e, k);
  }
}

function screensOf(flow: JsonValue): JsonObject[] {
  const screens = isObject(flow) ? flow['screens'] : undefined;
  return Array.isArray(screens) ? screens.filter(isObject) : [];
}

describe('samples', () => {
  test('there are at least 8 samples', () => {
    expect(samples.length).toBeGreaterThanOrEqual(8);
  });

  test.each(samples.map((s) => [s.file, s] as const))('%s compiles cleanly to its fixture', (_file, sample) => {
    expect(sample.text.startsWith('//'), 'a sample starts with a comment saying what the flow is for').toBe(true);
    const fileName = `samples/${sample.file}`;
    const result = compile(sample.text, { fileName });
    const rendered = result.diagnostics.map((d) => renderDiagnostic(d, result.source)).join('\n\n');
    expect(rendered, 'a sample must compile with no diagnostics').toBe('');
    expect(result.json).toBeDefined();

    const expectedPath = join(fixturesDir, `${sample.name}.json`);
    if (update) {
      mkdirSync(fixturesDir, { recursive: true });
      writeFileSync(expectedPath, result.json!);
      return;
    }
    expect(existsSync(expectedPath), `missing ${expectedPath}: run with UPDATE_FIXTURES=1 and review it`).toBe(true);
    expect(result.json).toBe(readText(expectedPath));
  });

  test('no fixture without a sample', () => {
    if (!existsSync(fixturesDir)) return;
    const names = new Set(samples.map((s) => s.name));
    const orphans = readdirSync(fixturesDir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => basename(f, '.json'))
      .filter((n) => !names.has(n));
    expect(orphans).toEqual([]);
  });

  test('together the samples use all 24 component types and all 5 actions', () => {
    const usedComponents = new Set<string>();
    const usedActions = new Set<string>();
    for (const sample of samples) {
      const flow = compile(sample.text, { fileName: `samples/${sample.file}` }).flow as JsonValue | undefined;
      expect(flow, `${sample.file} compiles`).toBeDefined();
      for (const screen of screensOf(flow!)) {
        const layout = screen['layout'];
        for (const c of components(isObject(layout) ? layout['children'] : undefined)) {
          if (typeof c['type'] === 'string') usedComponents.add(c['type']);
        }
        for (const name of actionNames(screen)) usedActions.add(name);
      }
    }
    expect(ALL_COMPONENTS.filter((c) => !usedComponents.has(c)), 'component types no sample uses').toEqual([]);
    expect(ALL_ACTIONS.filter((a) => !usedActions.has(a)), 'actions no sample uses').toEqual([]);
  });
});
