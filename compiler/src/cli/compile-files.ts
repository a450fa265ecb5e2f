// What `build` and `check` share: find the flows, compile each, report, and (build) write the output.
import { resolve } from 'node:path';
import type { CompileResult } from '../compile.js';
import type { LimitsProfile } from '../semantics/settings.js';
import type { OptionSpec, ParsedArgs } from './args.js';
import { HELP_OPTION } from './command.js';
import { collectInputs, displayPath, outputPath, readInputs, writeOutput } from './files.js';
import { EXIT, reportInternalError, type CliIo } from './io.js';
import {
  type JsonDiagnostic,
  type OutputFormat,
  reportDiagnostics,
  summaryLine,
  type Tally,
  useColor,
} from './report.js';

export const COMMON_OPTIONS: readonly OptionSpec[] = [
  {
    name: 'limits',
    value: { placeholder: '<default|meta>', choices: ['default', 'meta'] },
    description: "Limits profile for every flow, overriding the files' `limits` setting and the project config",
  },
  {
    name: 'format',
    value: { placeholder: '<text|json|github>', choices: ['text', 'json', 'github'] },
    description: 'text: code frames on stderr (default); json: one JSON array on stdout; github: GitHub Actions annotations on stdout',
  },
  { name: 'color', negatable: true, description: 'Colour the diagnostics (default: when stderr is a terminal and NO_COLOR is unset)' },
  HELP_OPTION,
];

export interface CompileFilesOptions {
  /** Write the Flow JSON (build) or only check (check). */
  readonly write: boolean;
  /** For the summary: 'compiled' or 'checked'. */
  readonly verb: string;
}

export async function compileFiles(args: ParsedArgs, io: CliIo, mode: CompileFilesOptions, command: string): Promise<number> {
  const format = (args.options['format'] as OutputFormat | undefined) ?? 'text';
  const limits = args.options['limits'] as LimitsProfile | undefined;
  const outDirArg = args.options['out-dir'] as string | undefined;
  const outDir = outDirArg === undefined ? undefined : resolve(io.cwd, outDirArg);
  const usage = (message: string) => {
    io.stderr(`flowc ${command}: ${message}\nRun 'flowc ${command} --help' for usage.\n`);
    return EXIT.usage;
  };

  if (args.positionals.length === 0) return usage('no input: name .flow files or folders, e.g. flowc ' + command + ' .');

  const collected = collectInputs(args.positionals, io.cwd);
  const { inputs, emptyFolders } = collected;
  // Every input is found and read, and every output placed, before anything is compiled: a problem with
  // any of them stops the run with nothing written.
  const problems = [...collected.problems];
  const { texts, configs } = readInputs(inputs, io.cwd, problems);
  const outputs = new Map<string, string>();
  if (mode.write) {
    const claimed = new Map<string, string>();
    for (const input of inputs) {
      const out = outputPath(input, outDir);
      const other = claimed.get(out);
      if (other !== undefined) {
        problems.push(`'${other}' and '${input.display}' would both be written to '${displayPath(out, io.cwd)}'`);
      }
      claimed.set(out, input.display);
      outputs.set(input.path, out);
    }
  }
  if (problems.length) {
    for (const problem of problems) io.stderr(`flowc ${command}: ${problem}\n`);
    io.stderr('Nothing was compiled.\n');
    return EXIT.usage;
  }
  for (const folder of emptyFolders) io.stderr(`note: no .flow files in '${folder}'\n`);

  // Loaded here, not at the top, so that --help and --version do not pay for building the parser.
  const { compile } = await import('../compile.js');

  const tally: Tally = { flows: 0, flowsWithErrors: 0, errors: 0, warnings: 0 };
  const json: JsonDiagnostic[] = [];
  const color = format === 'text' && (await useColor(args.options['color'], io.env, () => io.stderrIsTTY()));
  let exit: number = EXIT.ok;
  for (const input of inputs) {
    tally.flows++;
    let result: CompileResult;
    try {
      // --limits wins over the file's own `limits`, which wins over the project config.
      const defaultLimits = configs.get(input.path)?.config.limits;
      result = compile(texts.get(input.path)!, {
        fileName: input.display,
        ...(limits ? { limits } : {}),
        ...(defaultLimits ? { defaultLimits } : {}),
      });
    } catch (error) {
      reportInternalError(io, command, `while compiling '${input.display}'`, error);
      tally.flowsWithErrors++;
      exit = Math.max(exit, EXIT.internal);
      continue;
    }
    const errors = reportDiagnostics({ io, format, color, json, tally }, result.diagnostics, result.source, input);
    if (errors || result.json === undefined) {
      tally.flowsWithErrors++;
      exit = Math.max(exit, EXIT.errors);
      continue;
    }
    const out = outputs.get(input.path);
    if (out === undefined) continue;
    if (!writeOutput(io, command, out, displayPath(out, io.cwd), result.json)) exit = Math.max(exit, EXIT.usage);
  }

  if (format === 'json') io.stdout(`${JSON.stringify(json, null, 2)}\n`);
  else io.stderr(`${summaryLine(tally, mode.verb)}\n`);
  return exit;
}
