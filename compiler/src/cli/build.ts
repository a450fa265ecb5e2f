// flowc build: compile .flow files and write their Flow JSON.
import type { Command } from './command.js';
import { COMMON_OPTIONS, compileFiles } from './compile-files.js';

export const build: Command = {
  name: 'build',
  summary: 'Compile .flow files to Flow JSON (<name>.json beside each file, or in --out-dir)',
  usage: 'build <files or folders…> [options]',
  description: [
    'Compiles every .flow file named, and every .flow file under the folders named (skipping node_modules',
    'and hidden folders), and writes <name>.json beside each one, or into --out-dir, where files found in a',
    'folder keep their place relative to it. A flow with errors writes nothing and leaves an existing',
    '<name>.json as it was; the others are still written. Output is replaced atomically.',
  ].join('\n'),
  options: [
    { name: 'out-dir', value: { placeholder: '<folder>' }, description: 'Write the .json files into this folder (created if needed)' },
    ...COMMON_OPTIONS,
  ],
  examples: [
    'flowc build signup.flow                 # writes signup.json',
    'flowc build flows --out-dir dist/flows  # flows/a/x.flow → dist/flows/a/x.json',
    'flowc build . --limits meta --format json',
  ],
  run: (args, io) => compileFiles(args, io, { write: true, verb: 'compiled' }, 'build'),
};
