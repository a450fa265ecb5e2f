// The driver: parse → settings → bind → checks → generate. A pure function of the text and options;
// the CLI, the language server and build steps are thin adapters around it.
import type * as A from './ast.js';
import { runChecks } from './checks/index.js';
import { generate } from './codegen/generate.js';
import { serialize } from './codegen/json.js';
import { hasErrors, sortDiagnostics, type Diagnostic } from './diagnostics/diagnostic.js';
import { bind, type BoundFlow } from './semantics/bind.js';
import { readSettings, type FlowSettings, type LimitsProfile } from './semantics/settings.js';
import { SourceFile } from './source.js';
import { parse } from './syntax/parse.js';

export interface CompileOptions {
  /** Shown in diagnostics; defaults to '<input>'. */
  readonly fileName?: string;
  /** Overrides the file's `limits` setting (from --limits). */
  readonly limits?: LimitsProfile;
  /** The limits profile of a file without a `limits` setting (from a project config). */
  readonly defaultLimits?: LimitsProfile;
}

export interface CompileResult {
  /** The Flow JSON text (2-space indent, trailing newline), only when there are no errors. */
  readonly json?: string;
  /** The same Flow JSON as plain data (parsed from `json` on first access). */
  readonly flow?: unknown;
  /** Every diagnostic, sorted by position. */
  readonly diagnostics: readonly Diagnostic[];
  readonly ast: A.FlowFile;
  readonly settings: FlowSettings;
  readonly source: SourceFile;
}

export function compile(text: string, options: CompileOptions = {}): CompileResult {
  return compileBound(text, options).result;
}

/** compile(), and the bound flow it checked (what the editor queries read: see ide/analysis.ts). */
export function compileBound(text: string, options: CompileOptions = {}): { readonly result: CompileResult; readonly flow: BoundFlow } {
  const source = new SourceFile(text, options.fileName);
  const parsed = parse(text);
  const { settings, diagnostics: settingDiagnostics } = readSettings(parsed.ast.header, options.limits, options.defaultLimits);
  const flow = bind(parsed.ast, settings);
  const early = [...parsed.diagnostics, ...settingDiagnostics];
  // an abandoned parse has an empty AST: checking it would only report that the file has no screens
  const checked = parsed.abandoned ? [] : runChecks(flow, undefined, { priorErrors: hasErrors(early) });
  const diagnostics = sortDiagnostics([...early, ...checked]);
  const base = { diagnostics, ast: parsed.ast, settings, source };
  if (hasErrors(diagnostics)) return { result: base, flow };
  const json = `${serialize(generate(flow))}\n`;
  // the plain object is made on first use: most callers want only the text
  let plain: unknown;
  const result = {
    ...base,
    json,
    get flow() {
      return (plain ??= JSON.parse(json));
    },
  };
  return { result, flow };
}
