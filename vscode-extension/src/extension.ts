// The VS Code side of the .flow language server: starts dist/server.cjs (the language server bundled with
// the compiler) over Node IPC for .flow documents, and restarts it on demand. Everything the editor knows
// about .flow beyond highlighting, brackets and snippets comes from that server.
import { existsSync } from 'node:fs';
import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { registerFlowJsonCommands } from './flow-json-commands.js';

/** The language id, and the client id: vscode-languageclient reads `<id>.trace.server` for tracing. */
const LANGUAGE_ID = 'whatsapp-flow';
const CLIENT_ID = 'whatsappFlow';
const CLIENT_NAME = 'WhatsApp Flow';
/** The settings section the server reads (workspace/configuration, initializationOptions). */
const SETTINGS_SECTION = 'whatsappFlow';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel(CLIENT_NAME, { log: true });
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand('whatsappFlow.restartServer', async () => {
      if (client) await client.restart();
      else await start(context, output);
    }),
    vscode.commands.registerCommand('whatsappFlow.showOutput', () => output.show(true)),
    ...registerFlowJsonCommands(LANGUAGE_ID, (method, params) => (client ? client.sendRequest(method, params) : Promise.resolve(null))),
  );
  await start(context, output);
}

export async function deactivate(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) await running.stop();
}

async function start(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): Promise<void> {
  const serverModule = context.asAbsolutePath('dist/server.cjs');
  if (!existsSync(serverModule)) {
    // Only a development build without the server bundle gets here: highlighting and snippets still work.
    output.error(`The language server is missing (${serverModule}): run \`npm run build\` in vscode-extension.`);
    void vscode.window.showWarningMessage(
      'WhatsApp Flow: the language server is not bundled with this build, so there are no diagnostics.',
    );
    return;
  }

  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: {
      module: serverModule,
      transport: TransportKind.ipc,
      options: { execArgv: ['--nolazy', '--inspect=6009'] },
    },
  };

  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: LANGUAGE_ID },
      { scheme: 'untitled', language: LANGUAGE_ID },
    ],
    synchronize: { configurationSection: SETTINGS_SECTION },
    // For a server that does not ask with workspace/configuration; ours asks per document.
    initializationOptions: { [SETTINGS_SECTION]: currentSettings() },
    outputChannel: output,
    traceOutputChannel: output,
  };

  const created = new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
  client = created;
  try {
    await created.start();
  } catch (error) {
    // The client has already written the details to the output channel.
    if (client === created) client = undefined;
    output.error(`The language server did not start: ${error instanceof Error ? error.message : String(error)}`);
    void vscode.window.showErrorMessage('WhatsApp Flow: the language server did not start.', 'Show Output').then(
      (choice) => {
        if (choice) output.show(true);
      },
    );
  }
}

function currentSettings(): { limits: string } {
  const settings = vscode.workspace.getConfiguration(SETTINGS_SECTION);
  return { limits: settings.get<string>('limits', 'default') };
}
