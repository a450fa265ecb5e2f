// flowc validate: every check of the compiler on existing Flow JSON files, reported in the JSON itself.
import type { Command } from './command.js';
import { COMMON_OPTIONS } from './compile-files.js';
import { runOnFlowJson } from './flow-json.js';

export const validate: Command = {
  name: 'validate',
  summary: 'Check Flow JSON files (from Meta\'s Flow Builder or written by hand), writing nothing',
  usage: 'validate <flow.json…> [options]',
  description: [
    'Runs every check of build and check on existing Flow JSON files and reports with line:column in the',
    'JSON file itself, with the same codes, Meta codes, options and formats as flowc check. Malformed JSON',
    'is reported at its position. The limits are those of check: --limits, else the project config, else',
    'the default 8 screens and 30 components per screen (--limits meta checks Meta\'s 100 and 50). Folders',
    'are not searched: name the files (a shell glob such as flows/*.json does it).',
  ].join('\n'),
  options: COMMON_OPTIONS,
  examples: ['flowc validate booking.json', 'flowc validate flows/*.json --format github'],
  run: (args, io) => runOnFlowJson(args, io, { command: 'validate', verb: 'validated' }),
};
