// The flowc command line: global options, then dispatch to one command. Each command is a file of its own.
import { parseArgs, UsageError } from './args.js';
import { build } from './build.js';
import { check } from './check.js';
import { commandHelp, type Command } from './command.js';
import { explain } from './explain.js';
import { fmt } from './fmt.js';
import { importCommand } from './import.js';
import { generalHelp, GLOBAL_OPTIONS, helpCommand, unknownCommand } from './help.js';
import { EXIT, type CliIo } from './io.js';
import { flowcVersion } from './version.js';
import { validate } from './validate.js';
import { watchCommand } from './watch.js';

export const COMMANDS: readonly Command[] = [build, check, watchCommand, fmt, validate, importCommand, explain, helpCommand(() => COMMANDS)];

/** Runs `flowc <argv…>` and returns the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr(generalHelp(COMMANDS));
    return EXIT.usage;
  }
  if (first.startsWith('-')) {
    try {
      const { options, positionals } = parseArgs(argv, GLOBAL_OPTIONS);
      if (options['help']) {
        io.stdout(generalHelp(COMMANDS));
        return EXIT.ok;
      }
      if (options['version']) {
        io.stdout(`${flowcVersion()}\n`);
        return EXIT.ok;
      }
      // Options before the command (flowc --no-color build …) are not supported: say so.
      io.stderr(`flowc: put the command first: flowc ${positionals[0] ?? '<command>'} ${first} …\nRun 'flowc --help' for usage.\n`);
      return EXIT.usage;
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      io.stderr(`flowc: ${error.message}\nRun 'flowc --help' for usage.\n`);
      return EXIT.usage;
    }
  }

  const command = COMMANDS.find((c) => c.name === first);
  if (!command) {
    io.stderr(unknownCommand(first, COMMANDS));
    return EXIT.usage;
  }
  const end = rest.indexOf('--');
  if ((end < 0 ? rest : rest.slice(0, end)).some((a) => a === '--help' || a === '-h')) {
    io.stdout(commandHelp(command));
    return EXIT.ok;
  }
  let args;
  try {
    args = parseArgs(rest, command.options);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`flowc ${command.name}: ${error.message}\nRun 'flowc ${command.name} --help' for usage.\n`);
    return EXIT.usage;
  }
  return command.run(args, io);
}
