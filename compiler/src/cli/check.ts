// flowc check: everything build does except writing.
import type { Command } from './command.js';
import { COMMON_OPTIONS, compileFiles } from './compile-files.js';

export const check: Command = {
  name: 'check',
  summary: 'Check .flow files and report problems, writing nothing',
  usage: 'check <files or folders…> [options]',
  description: [
    'Runs every check build runs, on the same files, and reports the same diagnostics, but writes no file.',
    'Use it in CI and editors; the exit code says whether a build would succeed.',
  ].join('\n'),
  options: COMMON_OPTIONS,
  examples: ['flowc check flows', 'flowc check signup.flow --format json'],
  run: (args, io) => compileFiles(args, io, { write: false, verb: 'checked' }, 'check'),
};
