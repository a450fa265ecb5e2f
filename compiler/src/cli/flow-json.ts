// What `validate` and `import` share: read Flow JSON files, run them through validateFlowJson or
// importFlowJson, report with positions in the JSON (code frames, --format json|github, as check does)
// and, for import, write the .flow files.
import { existsSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { ImportResult } from '../import/import.js';
import type { LimitsProfile } from '../semantics/settings.js';
import type { ParsedArgs } from './args.js';
import { displayPath, readInputs, statArgument, writeOutput, type FlowInput } from './files.js';
import { EXIT, reportInternalError, type CliIo } from './io.js';
import { reportDiagnostics, summaryLine, useColor, type JsonDiagnostic, type OutputFormat, type Tally } from './report.js';

export interface FlowJsonMode {
  readonly command: 'validate' | 'import';
  /** For the summary line: 'validated' or 'imported'. */
  readonly verb: string;
}

/**
 * The Flow JSON files named on the command line. Folders are not searched: a project's folders hold
 * other JSON files too (package.json, tsconfig.json); name the files, or let the shell expand a glob.
 */
function collectJsonFiles(args: readonly string[], cwd: string): { inputs: FlowInput[]; problems: string[] } {
  const inputs: FlowInput[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const arg of args) {
    const path = resolve(cwd, arg);
    const stats = statArgument(arg, path, problems);
    if (!stats) continue;
    if (stats.isDirectory()) problems.push(`'${arg}' is a folder: name the Flow JSON files (e.g. ${join(arg, '*.json')})`);
    else if (!stats.isFile()) problems.push(`cannot read '${arg}': not a file`);
    else if (extname(path).toLowerCase() !== '.json') problems.push(`'${arg}' is not a .json file`);
    else if (!seen.has(path)) {
      seen.add(path);
      inputs.push({ path, display: displayPath(path, cwd), relativeDir: '' });
    }
  }
  return { inputs, problems };
}

/** `<name>.flow` beside the JSON file, or in `outDir`. */
export function flowOutputPath(input: string, outDir: string | undefined): string {
  const name = `${basename(input, extname(input))}.flow`;
  return join(outDir ?? dirname(input), name);
}

export async function runOnFlowJson(args: ParsedArgs, io: CliIo, mode: FlowJsonMode): Promise<number> {
  const { command } = mode;
  const format = (args.options['format'] as OutputFormat | undefined) ?? 'text';
  const limits = args.options['limits'] as LimitsProfile | undefined;
  const outDirArg = args.options['out-dir'] as string | undefined;
  const outDir = outDirArg === undefined ? undefined : resolve(io.cwd, outDirArg);
  const force = args.options['force'] === true;
  const writing = command === 'import';
  if (args.positionals.length === 0) {
    io.stderr(`flowc ${command}: no input: name Flow JSON files, e.g. flowc ${command} flow.json\nRun 'flowc ${command} --help' for usage.\n`);
    return EXIT.usage;
  }

  // Every input is read, and every output placed, before anything is done: a problem stops the run.
  const { inputs, problems } = collectJsonFiles(args.positionals, io.cwd);
  const { texts, configs } = readInputs(inputs, io.cwd, problems);
  const outputs = new Map<string, string>();
  if (writing) {
    const claimed = new Map<string, string>();
    for (const input of inputs) {
      const out = flowOutputPath(input.path, outDir);
      const other = claimed.get(out);
      if (other !== undefined) problems.push(`'${other}' and '${input.display}' would both be written to '${displayPath(out, io.cwd)}'`);
      else if (!force && existsSync(out)) {
        problems.push(`'${displayPath(out, io.cwd)}' exists: flowc import does not overwrite a .flow file (use --force to replace it)`);
      }
      claimed.set(out, input.display);
      outputs.set(input.path, out);
    }
  }
  if (problems.length) {
    for (const problem of problems) io.stderr(`flowc ${command}: ${problem}\n`);
    io.stderr(writing ? 'Nothing was imported.\n' : 'Nothing was validated.\n');
    return EXIT.usage;
  }

  // Loaded here, so that --help does not pay for building the parser.
  const { importFlowJson, validateFlowJson } = await import('../import/import.js');

  const tally: Tally = { flows: 0, flowsWithErrors: 0, errors: 0, warnings: 0 };
  const json: JsonDiagnostic[] = [];
  const notWritten: string[] = [];
  const color = format === 'text' && (await useColor(args.options['color'], io.env, () => io.stderrIsTTY()));
  let exit: number = EXIT.ok;
  for (const input of inputs) {
    tally.flows++;
    const defaultLimits = configs.get(input.path)?.config.limits;
    const options = {
      fileName: input.display,
      ...(limits ? { limits } : {}),
      ...(defaultLimits ? { defaultLimits } : {}),
    };
    let result: ImportResult;
    try {
      const name = basename(input.path, extname(input.path));
      result = writing ? importFlowJson(texts.get(input.path)!, { ...options, name }) : validateFlowJson(texts.get(input.path)!, options);
    } catch (error) {
      reportInternalError(io, command, `on '${input.display}'`, error);
      tally.flowsWithErrors++;
      exit = Math.max(exit, EXIT.internal);
      continue;
    }
    const errors = reportDiagnostics({ io, format, color, json, tally }, result.diagnostics, result.source, input);
    if (errors) {
      tally.flowsWithErrors++;
      exit = Math.max(exit, EXIT.errors);
    }
    if (!writing) continue;
    const out = outputs.get(input.path)!;
    if (result.text === undefined) {
      notWritten.push(input.display);
      exit = Math.max(exit, EXIT.errors);
      continue;
    }
    if (!writeOutput(io, command, out, displayPath(out, io.cwd), result.text)) exit = Math.max(exit, EXIT.usage);
  }

  if (format === 'json') io.stdout(`${JSON.stringify(json, null, 2)}\n`);
  else io.stderr(`${summaryLine(tally, mode.verb)}\n`);
  for (const file of notWritten) {
    io.stderr(`note: '${file}' was not imported: it holds what .flow cannot write, or is not Flow JSON (see its errors); nothing was written for it\n`);
  }
  return exit;
}
