// flowc fmt: format .flow files in place, with the printer the Prettier plugin (flowc/prettier) uses, so
// `flowc fmt` and Prettier agree on every file. A file that does not parse is never rewritten.
import { readFileSync } from 'node:fs';
import type { OptionSpec, ParsedArgs } from './args.js';
import { HELP_OPTION, type Command } from './command.js';
import { collectInputs, reason, writeOutput } from './files.js';
import { EXIT, reportInternalError, type CliIo } from './io.js';
import { useColor } from './report.js';

const OPTIONS: readonly OptionSpec[] = [
  { name: 'check', description: 'Write nothing: list the files that are not formatted (stdout), exit 1 if any' },
  { name: 'stdout', description: 'Print the formatted text on stdout instead of rewriting the files' },
  { name: 'print-width', value: { placeholder: '<columns>' }, description: 'The line length to wrap at (default 80)' },
  { name: 'tab-width', value: { placeholder: '<spaces>' }, description: 'Spaces per indentation level (default 2)' },
  { name: 'use-tabs', description: 'Indent with tabs instead of spaces' },
  { name: 'color', negatable: true, description: 'Colour the syntax errors (default: when stderr is a terminal and NO_COLOR is unset)' },
  HELP_OPTION,
];

export const fmt: Command = {
  name: 'fmt',
  summary: 'Format .flow files in place (the layout of the Prettier plugin flowc/prettier)',
  usage: 'fmt <files or folders…> [options]',
  description: [
    'Rewrites every .flow file named, and every .flow file under the folders named (skipping node_modules',
    'and hidden folders), in the canonical layout (docs/language.md, "Formatting"): the same text as',
    'Prettier with the flowc/prettier plugin and the same printWidth, tabWidth and useTabs. Files already',
    'formatted are not touched; files are replaced atomically. A file with a syntax error is reported and',
    'left as it is. --check writes nothing and lists the files that need formatting (for CI).',
    'Exit codes: 0 done (or, with --check, every file formatted), 1 a file needs formatting (--check) or',
    'has a syntax error, 2 bad usage or a file that cannot be read or written.',
  ].join('\n'),
  options: OPTIONS,
  examples: ['flowc fmt flows                 # rewrites flows/**/*.flow', 'flowc fmt --check .             # in CI', 'flowc fmt signup.flow --stdout'],
  run: runFmt,
};

export async function runFmt(args: ParsedArgs, io: CliIo): Promise<number> {
  const usage = (message: string) => {
    io.stderr(`flowc fmt: ${message}\nRun 'flowc fmt --help' for usage.\n`);
    return EXIT.usage;
  };
  const check = args.options['check'] === true;
  const toStdout = args.options['stdout'] === true;
  if (check && toStdout) return usage('--check and --stdout cannot be used together');
  const printWidth = count(args.options['print-width'], 'print-width', 1);
  const tabWidth = count(args.options['tab-width'], 'tab-width', 0);
  if (typeof printWidth === 'string') return usage(printWidth);
  if (typeof tabWidth === 'string') return usage(tabWidth);
  if (args.positionals.length === 0) return usage('no input: name .flow files or folders, e.g. flowc fmt .');

  const { inputs, problems, emptyFolders } = collectInputs(args.positionals, io.cwd);
  // Read every input first: an unreadable input stops the run with nothing written.
  const texts = new Map<string, string>();
  const readProblems = [...problems];
  for (const input of inputs) {
    try {
      texts.set(input.path, readFileSync(input.path, 'utf8'));
    } catch (error) {
      readProblems.push(`cannot read '${input.display}': ${reason(error)}`);
    }
  }
  if (readProblems.length > 0) {
    for (const problem of readProblems) io.stderr(`flowc fmt: ${problem}\n`);
    io.stderr('Nothing was formatted.\n');
    return EXIT.usage;
  }
  for (const folder of emptyFolders) io.stderr(`note: no .flow files in '${folder}'\n`);

  // Loaded here, not at the top, so that other commands do not pay for the printer.
  const [{ formatFlow }, { renderDiagnostic }, { SourceFile }] = await Promise.all([
    import('../format/format.js'),
    import('../diagnostics/render.js'),
    import('../source.js'),
  ]);
  const options = {
    ...(printWidth === undefined ? {} : { printWidth }),
    ...(tabWidth === undefined ? {} : { tabWidth }),
    ...(args.options['use-tabs'] === true ? { useTabs: true } : {}),
  };
  let color: boolean | undefined;

  let exit: number = EXIT.ok;
  let changed = 0;
  let withErrors = 0;
  for (const input of inputs) {
    const text = texts.get(input.path)!;
    let result;
    try {
      result = formatFlow(text, options);
    } catch (error) {
      reportInternalError(io, 'fmt', `while formatting '${input.display}'`, error);
      exit = Math.max(exit, EXIT.internal);
      continue;
    }
    if (result.error) {
      color ??= await useColor(args.options['color'], io.env, () => io.stderrIsTTY());
      const source = new SourceFile(text, input.display);
      for (const d of result.error.diagnostics) io.stderr(`${renderDiagnostic(d, source, { color })}\n\n`);
      withErrors++;
      exit = Math.max(exit, EXIT.errors);
      continue;
    }
    if (toStdout) {
      io.stdout(result.text);
      continue;
    }
    if (result.text === text) continue;
    changed++;
    if (check) {
      io.stdout(`${input.display}\n`);
      exit = Math.max(exit, EXIT.errors);
      continue;
    }
    if (!writeOutput(io, 'fmt', input.path, input.display, result.text)) exit = Math.max(exit, EXIT.usage);
  }

  if (!toStdout) io.stderr(`${summary(inputs.length, changed, withErrors, check)}\n`);
  return exit;
}

/** "3 files checked, 1 needs formatting" · "3 files formatted, 1 rewritten, 1 with syntax errors left as it is". */
function summary(files: number, changed: number, withErrors: number, check: boolean): string {
  const parts = [
    check
      ? `${plural(files, 'file')} checked, ${changed === 0 ? 'all formatted' : `${changed} ${changed === 1 ? 'needs' : 'need'} formatting`}`
      : `${plural(files, 'file')} formatted, ${changed} rewritten`,
  ];
  if (withErrors > 0) parts.push(`${withErrors} with syntax errors ${check ? 'not checked' : `left as ${withErrors === 1 ? 'it is' : 'they are'}`}`);
  return parts.join(', ');
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** A whole number option of at least `min`, or the usage message when it is not one. */
function count(value: string | boolean | undefined, name: string, min: number): number | string | undefined {
  if (value === undefined) return undefined;
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : Number.NaN;
  return Number.isInteger(n) && n >= min ? n : `--${name} needs a whole number of at least ${min}, not '${String(value)}'`;
}
