// flowc help [command], and the general help text.
import { optionLines, commandHelp, HELP_OPTION, type Command } from './command.js';
import { EXIT } from './io.js';
import { closest } from './args.js';

export const GLOBAL_OPTIONS = [HELP_OPTION, { name: 'version', description: 'Print the flowc version' }] as const;

export function generalHelp(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length)) + 2;
  return [
    'flowc — compile .flow files to WhatsApp Flow JSON',
    '',
    'Usage: flowc <command> [options] <files or folders…>',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    '',
    'Options:',
    ...optionLines(GLOBAL_OPTIONS),
    '',
    "Run 'flowc help <command>' (or 'flowc <command> --help') for the options of a command.",
    'Exit codes: 0 no errors (warnings allowed), 1 a flow has errors, 2 bad usage or unreadable input.',
    '',
  ].join('\n');
}

export function helpCommand(commands: () => readonly Command[]): Command {
  const self: Command = {
    name: 'help',
    summary: 'Show the help of flowc or of one command',
    usage: 'help [command]',
    description: 'Prints the usage and options of a command, or this overview without one.',
    options: [HELP_OPTION],
    run(args, io) {
      const [name, ...rest] = args.positionals;
      if (rest.length) {
        io.stderr(`flowc help: one command at a time\n`);
        return EXIT.usage;
      }
      if (name === undefined) {
        io.stdout(generalHelp(commands()));
        return EXIT.ok;
      }
      const command = commands().find((c) => c.name === name);
      if (!command) {
        io.stderr(unknownCommand(name, commands()));
        return EXIT.usage;
      }
      io.stdout(commandHelp(command));
      return EXIT.ok;
    },
  };
  return self;
}

export function unknownCommand(name: string, commands: readonly Command[]): string {
  const guess = closest(name, commands.map((c) => c.name));
  return `flowc: unknown command '${name}'${guess ? ` (did you mean '${guess}'?)` : ''}\nRun 'flowc --help' for the list of commands.\n`;
}
