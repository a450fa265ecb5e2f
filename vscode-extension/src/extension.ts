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
    ...registerFlowJsonCommands(),
    vscode.commands.registerCommand('whatsappFlow.importFlowJson', importFlowJson),
  );
  await start(context, output);
}

/** The scheme of the read-only "Flow JSON" views: `whatsapp-flow-json:/signup.json?<the .flow's URI>`. */
const FLOW_JSON_SCHEME = 'whatsapp-flow-json';

/** What the server's `whatsappFlow/flowJson` request answers (language-server/src/features/flow-json.ts). */
type FlowJsonResult = { json: string; errors?: undefined } | { json?: undefined; errors: number } | null;

/**
 * "Show Flow JSON" opens the Flow JSON of the active .flow file beside it, kept up to date as the file
 * changes; "Copy Flow JSON" puts it on the clipboard, ready for Meta's Flow Builder. A flow with errors
 * has no Flow JSON: the user is pointed at the Problems panel instead.
 */
function registerFlowJsonCommands(): vscode.Disposable[] {
  const changed = new vscode.EventEmitter<vscode.Uri>();
  const views = new Map<string, vscode.Uri>(); // .flow URI → its view's URI
  const provider: vscode.TextDocumentContentProvider = {
    onDidChange: changed.event,
    async provideTextDocumentContent(view) {
      const result = await requestFlowJson(view.query);
      if (result?.json !== undefined) return result.json;
      return result ? `// The flow has ${plural(result.errors, 'error')}: fix them (see the Problems panel) to see its Flow JSON.\n` : '';
    },
  };

  const activeFlow = (): vscode.TextDocument | undefined => {
    const document = vscode.window.activeTextEditor?.document;
    if (document?.languageId === LANGUAGE_ID) return document;
    void vscode.window.showInformationMessage('WhatsApp Flow: open a .flow file first.');
    return undefined;
  };

  return [
    changed,
    vscode.workspace.registerTextDocumentContentProvider(FLOW_JSON_SCHEME, provider),
    vscode.workspace.onDidChangeTextDocument(({ document }) => {
      const view = views.get(document.uri.toString());
      if (view) changed.fire(view);
    }),
    vscode.commands.registerCommand('whatsappFlow.showFlowJson', async () => {
      const document = activeFlow();
      if (!document) return;
      const name = document.uri.path.split('/').pop()!.replace(/\.flow$/, '');
      const view = vscode.Uri.from({ scheme: FLOW_JSON_SCHEME, path: `/${name}.json`, query: document.uri.toString() });
      views.set(document.uri.toString(), view);
      const shown = await vscode.workspace.openTextDocument(view);
      await vscode.languages.setTextDocumentLanguage(shown, 'json');
      await vscode.window.showTextDocument(shown, { viewColumn: vscode.ViewColumn.Beside, preview: true, preserveFocus: true });
    }),
    vscode.commands.registerCommand('whatsappFlow.copyFlowJson', async () => {
      const document = activeFlow();
      if (!document) return;
      const result = await requestFlowJson(document.uri.toString());
      if (result?.json !== undefined) {
        await vscode.env.clipboard.writeText(result.json);
        void vscode.window.showInformationMessage(`WhatsApp Flow: Flow JSON copied (${(result.json.length / 1024).toFixed(1)} KB).`);
      } else if (result) {
        const choice = await vscode.window.showWarningMessage(
          `WhatsApp Flow: the flow has ${plural(result.errors, 'error')}; fix them to get its Flow JSON.`,
          'Show Problems',
        );
        if (choice) await vscode.commands.executeCommand('workbench.actions.view.problems');
      }
    }),
  ];
}

/** What the server's `whatsappFlow/importFlowJson` answers (language-server/src/features/import-flow-json.ts). */
type ImportResult = { text: string; errors: number; problems?: undefined } | { text?: undefined; problems: string[] };

/**
 * "Import Flow JSON": the Flow JSON in the active editor (exported from Meta's Flow Builder) as a new .flow
 * document, as `flowc import` writes it. When it cannot be imported without loss, the reasons are shown.
 */
async function importFlowJson(): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document || !(document.languageId === 'json' || document.languageId === 'jsonc' || document.uri.path.endsWith('.json'))) {
    void vscode.window.showInformationMessage('WhatsApp Flow: open a Flow JSON file (.json) first.');
    return;
  }
  if (!client) return;
  const name = document.uri.path.split('/').pop()!.replace(/\.json$/i, '');
  const result = await client.sendRequest<ImportResult>('whatsappFlow/importFlowJson', { json: document.getText(), name });
  if (result.text === undefined) {
    void vscode.window.showErrorMessage(`WhatsApp Flow: this Flow JSON cannot be imported without loss: ${result.problems.join('; ')}`);
    return;
  }
  const flow = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: result.text });
  await vscode.window.showTextDocument(flow);
  if (result.errors > 0) {
    void vscode.window.showWarningMessage(`WhatsApp Flow: imported; the flow breaks ${plural(result.errors, 'rule')} of Meta's, listed in the Problems panel.`);
  }
}

async function requestFlowJson(uri: string): Promise<FlowJsonResult> {
  if (!client) return null;
  return client.sendRequest<FlowJsonResult>('whatsappFlow/flowJson', { uri });
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
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
