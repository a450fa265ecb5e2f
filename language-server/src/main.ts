// The process entry point: the one connection to the editor. The transport (--stdio, --node-ipc,
// --socket=, --pipe=) comes from the command line; bin/flow-language-server.js defaults it to --stdio.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server.js';

const connection = createConnection(ProposedFeatures.all);

// The server never dies of its own bug: a stray exception is logged, and the editor keeps its server.
process.on('uncaughtException', (error) => connection.console.error(`uncaught exception: ${describeError(error)}`));
process.on('unhandledRejection', (reason) => connection.console.error(`unhandled rejection: ${describeError(reason)}`));

startServer(connection);
connection.listen();

function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
