// What a command is, and its help text. Each command lives in its own file; main.ts lists them.
import type { OptionSpec, ParsedArgs } from './args.js';
import type { CliIo } from './io.js';

export interface Command {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** The usage line after `flowc`: 'build <files or folders…> [options]'. */
  readonly usage: string;
  /** A paragraph for `flowc <command> --help`. */
  readonly description: string;
  readonly options: readonly OptionSpec[];
  readonly examples?: readonly string[];
  /** Returns the exit code. `args` has been parsed against `options` (and --help handled). */
  run(args: ParsedArgs, io: CliIo): number | Promise<number>;
}

export const HELP_OPTION: OptionSpec = { name: 'help', short: 'h', description: 'Show this help' };

export function commandHelp(command: Command): string {
  const lines = [`Usage: flowc ${command.usage}`, '', command.description, '', 'Options:', ...optionLines(command.options)];
  if (command.examples?.length) lines.push('', 'Examples:', ...command.examples.map((e) => `  ${e}`));
  return `${lines.join('\n')}\n`;
}

export function optionLines(options: readonly OptionSpec[]): string[] {
  const heads = options.map((o) => {
    const short = o.short ? `-${o.short}, ` : '    ';
    const long = o.negatable ? `--[no-]${o.name}` : `--${o.name}`;
    return `${short}${long}${o.value ? ` ${o.value.placeholder}` : ''}`;
  });
  const width = Math.max(...heads.map((h) => h.length)) + 2;
  return options.map((o, i) => `  ${heads[i]!.padEnd(width)}${o.description}`);
}
