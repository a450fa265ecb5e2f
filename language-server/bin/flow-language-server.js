#!/usr/bin/env node
// Starts the .flow language server. Transport: --stdio (the default when none is given), --node-ipc (what
// VS Code's LanguageClient passes for TransportKind.ipc), --socket=<port> or --pipe=<name>.
const TRANSPORTS = ['--stdio', '--node-ipc', '--socket', '--pipe'];
const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write('usage: flow-language-server [--stdio | --node-ipc | --socket=<port> | --pipe=<name>]\n');
  process.exit(0);
}
if (!args.some((arg) => TRANSPORTS.some((t) => arg === t || arg.startsWith(`${t}=`)))) process.argv.push('--stdio');
await import('../dist/main.js');
