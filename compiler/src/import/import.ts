// Existing Flow JSON in, diagnostics (and .flow) out. validateFlowJson runs every check of the compiler
// on a Flow JSON file — parse with positions → the .flow syntax tree with spans in the JSON → settings →
// bind → checks — so diagnostics point into the JSON. importFlowJson does the same and also writes the
// .flow file: the tree printed as `flowc fmt` prints it. Its safety net compiles that text again and
// compares the result with the original (canonical form): any difference is FLOW9006 (cannot be written
// in .flow) at the first JSON path that differs, and no text — never a silently different file.
import type * as A from '../ast.js';
import { runChecks } from '../checks/index.js';
import { compile } from '../compile.js';
import { toPlain } from '../codegen/json.js';
import { createDiagnostic, hasErrors, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { formatFlow, type FormatOptions } from '../format/format.js';
import { bind } from '../semantics/bind.js';
import { readSettings, type FlowSettings, type LimitsProfile } from '../semantics/settings.js';
import { SourceFile } from '../source.js';
import { canonicalFlowJson } from './canonical.js';
import { emitFlow } from './emit.js';
import { formatPath, nodeAt, parseJson, type JsonNode, type JsonPath } from './json.js';
import { flowJsonToAst } from './to-ast.js';

export interface ValidateOptions {
  /** Shown in diagnostics; defaults to '<input>'. */
  readonly fileName?: string;
  /** Overrides the limits (from --limits), as for compile. */
  readonly limits?: LimitsProfile;
  /** The limits profile when no other is given (from a project config); `default` otherwise. */
  readonly defaultLimits?: LimitsProfile;
}

export interface ImportOptions extends ValidateOptions {
  /** The name in the flow header (`flow booking { … }`), e.g. the file's base name; left out if not a name. */
  readonly name?: string;
  /** How the .flow text is laid out (as `flowc fmt`). */
  readonly format?: FormatOptions;
}

export interface ValidateResult {
  /** Every diagnostic, sorted by position; spans are offsets into the JSON text. */
  readonly diagnostics: readonly Diagnostic[];
  /** The .flow syntax tree of the Flow, its spans in the JSON text; absent when the text is not a JSON object. */
  readonly ast?: A.FlowFile;
  readonly settings?: FlowSettings;
  /** The JSON text, for rendering the diagnostics. */
  readonly source: SourceFile;
}

export interface ImportResult extends ValidateResult {
  /**
   * The .flow text, formatted as `flowc fmt` formats it. Present only when the import is lossless: when
   * nothing in the JSON is beyond what .flow can write (no FLOW9xxx error). It may still have errors of
   * the checks (a Flow that breaks Meta's rules): they are in `diagnostics`, to be fixed in the .flow.
   */
  readonly text?: string;
}

export function validateFlowJson(json: string, options: ValidateOptions = {}): ValidateResult {
  const { result } = run(json, options, false);
  return result;
}

export function importFlowJson(json: string, options: ImportOptions = {}): ImportResult {
  const { result, root, lossy } = run(json, options, true);
  if (!result.ast || !root || lossy) return result;
  const fail = (path: JsonPath, problem: string): ImportResult => ({
    ...result,
    diagnostics: sortDiagnostics([
      ...result.diagnostics,
      createDiagnostic('FLOW9006', nodeAt(root, path).span, {
        path: formatPath(path),
        what: 'this part of the Flow',
        reason: `${problem} (a limitation of flowc import: please report it, with the file)`,
      }),
    ]),
  });

  const formatted = formatFlow(emitFlow(result.ast), options.format);
  if (formatted.error) return fail([], `the .flow text does not parse (${formatted.error.message})`);
  const text = formatted.text;
  const compiled = compile(text, {
    ...(options.limits ? { limits: options.limits } : {}),
    ...(options.defaultLimits ? { defaultLimits: options.defaultLimits } : {}),
  });

  // The printed text must hold the same tree (names, strings, numbers, nesting) as the one checked.
  const difference = firstTreeDifference(result.ast, compiled.ast);
  if (difference) return fail(difference.path, `the .flow text reads back differently (${difference.problem})`);

  // And, when it compiles, it must compile to the original Flow JSON (canonical key order).
  if (!hasErrors(result.diagnostics)) {
    if (compiled.json === undefined) {
      const first = compiled.diagnostics.find((d) => d.severity === 'error');
      return fail([], `the .flow text does not compile (${first?.code}: ${first?.message})`);
    }
    const expected = toPlain(canonicalFlowJson(root));
    const found = JSON.parse(compiled.json) as unknown;
    const path = firstJsonDifference(expected, found, []);
    if (path) {
      return fail(path, `it compiles to ${show(valueAt(found, path))} where the Flow JSON has ${show(valueAt(expected, path))}`);
    }
  }
  return { ...result, text };
}

function run(
  json: string,
  options: ImportOptions,
  importing: boolean,
): { result: ValidateResult; root?: JsonNode; lossy: boolean; importDiagnostics: readonly Diagnostic[] } {
  const source = new SourceFile(json, options.fileName);
  const parsed = parseJson(json);
  if (!parsed.value) return { result: { diagnostics: parsed.diagnostics, source }, lossy: true, importDiagnostics: [] };
  const converted = flowJsonToAst(parsed.value, { ...(options.name ? { name: options.name } : {}), metaLimitsWhenOver: importing });
  const fromJson = [...parsed.diagnostics, ...converted.diagnostics, ...(importing ? converted.importDiagnostics : [])];
  const lossy = converted.lossy;
  if (!converted.ast) {
    return { result: { diagnostics: sortDiagnostics(fromJson), source }, root: parsed.value, lossy: true, importDiagnostics: converted.importDiagnostics };
  }
  const { settings, diagnostics: settingDiagnostics } = readSettings(converted.ast.header, options.limits, options.defaultLimits);
  const flow = bind(converted.ast, settings);
  const early = [...parsed.diagnostics, ...converted.diagnostics, ...settingDiagnostics];
  const checked = runChecks(flow, undefined, { priorErrors: hasErrors(early) });
  return {
    result: {
      diagnostics: sortDiagnostics([...fromJson, ...settingDiagnostics, ...checked]),
      ast: converted.ast,
      settings,
      source,
    },
    root: parsed.value,
    lossy,
    importDiagnostics: converted.importDiagnostics,
  };
}

// ── Comparisons ─────────────────────────────────────────────────────────────────────────────────────────

/** The first path where two plain JSON values differ (object keys compared in order), or undefined. */
export function firstJsonDifference(a: unknown, b: unknown, path: (string | number)[]): JsonPath | undefined {
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (i >= a.length || i >= b.length) return [...path, i];
      const d = firstJsonDifference(a[i], b[i], [...path, i]);
      if (d) return d;
    }
    return undefined;
  }
  if (isObject(a) && isObject(b)) {
    const ak = Object.keys(a);
    const bk = Object.keys(b);
    for (let i = 0; i < Math.max(ak.length, bk.length); i++) {
      if (ak[i] !== bk[i]) return [...path, (ak[i] ?? bk[i])!];
      const d = firstJsonDifference(a[ak[i]!], b[bk[i]!], [...path, ak[i]!]);
      if (d) return d;
    }
    return undefined;
  }
  return Object.is(a, b) || (typeof a === 'number' && a === b) ? undefined : path;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function valueAt(v: unknown, path: JsonPath): unknown {
  let x = v;
  for (const p of path) x = isObject(x) || Array.isArray(x) ? (x as Record<string | number, unknown>)[p] : undefined;
  return x;
}

function show(v: unknown): string {
  if (v === undefined) return 'nothing';
  const text = JSON.stringify(v);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * The first place where two syntax trees differ, ignoring positions and comments: the tree built from
 * the JSON against the one read back from the printed text. The path is the JSON path of the nearest
 * node the first tree knows (found through its span), for the message.
 */
function firstTreeDifference(a: A.FlowFile, b: A.FlowFile): { path: JsonPath; problem: string } | undefined {
  const walk = (x: unknown, y: unknown, where: string): string | undefined => {
    if (Array.isArray(x) || Array.isArray(y)) {
      if (!Array.isArray(x) || !Array.isArray(y)) return `${where}: a list and a single value`;
      if (x.length !== y.length) return `${where}: ${x.length} and ${y.length} entries`;
      for (let i = 0; i < x.length; i++) {
        const d = walk(x[i], y[i], `${where}[${i}]`);
        if (d) return d;
      }
      return undefined;
    }
    if (isObject(x) && isObject(y)) {
      const keys = new Set([...Object.keys(x), ...Object.keys(y)].filter((k) => !IGNORED.has(k)));
      for (const k of keys) {
        const d = walk(x[k], y[k], `${where}.${k}`);
        if (d) return d;
      }
      return undefined;
    }
    return Object.is(x, y) ? undefined : `${where}: ${JSON.stringify(x)} and ${JSON.stringify(y)}`;
  };
  const problem = walk(a.screens, b.screens, 'screens') ?? walk(a.header?.settings, b.header?.settings, 'settings');
  return problem ? { path: [], problem } : undefined;
}

/** Positions and what only the printer reads. */
const IGNORED = new Set(['span', 'keyword', 'block', 'elseKeyword', 'comments']);

