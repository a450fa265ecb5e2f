// flowc import: Flow JSON files → .flow files that compile back to the same Flow JSON.
import type { Command } from './command.js';
import { COMMON_OPTIONS } from './compile-files.js';
import { runOnFlowJson } from './flow-json.js';

export const importCommand: Command = {
  name: 'import',
  summary: 'Convert Flow JSON files to .flow (<name>.flow beside each file, or in --out-dir)',
  usage: 'import <flow.json…> [options]',
  description: [
    'Writes <name>.flow beside each Flow JSON file, or into --out-dir: formatted as flowc fmt formats it,',
    'and lossless (building it gives back the same Flow JSON, keys in flowc\'s order). The diagnostics of',
    'flowc validate are shown, with positions in the JSON: a Flow that breaks Meta\'s rules is still',
    'imported, to be fixed in the .flow. A file with a part that .flow cannot write (each is an error naming',
    'its JSON path) is not imported at all, rather than written without that part. An existing .flow file',
    'is not replaced unless --force is given. Output is written atomically.',
  ].join('\n'),
  options: [
    { name: 'out-dir', value: { placeholder: '<folder>' }, description: 'Write the .flow files into this folder (created if needed)' },
    { name: 'force', description: 'Replace .flow files that exist already' },
    ...COMMON_OPTIONS,
  ],
  examples: [
    'flowc import booking.json               # writes booking.flow',
    'flowc import exported/*.json --out-dir flows',
    'flowc import booking.json --force       # replaces booking.flow',
  ],
  run: (args, io) => runOnFlowJson(args, io, { command: 'import', verb: 'imported' }),
};
