// The commands around Flow JSON, answered by the language server's own requests (see
// docs/language-server.md): "Show Flow JSON" and "Copy Flow JSON" for the active .flow file, "Import Flow
// JSON" for an exported Flow JSON file.
import * as vscode from 'vscode';

/** Sends a request to the language server; null when it is not running. */
export type Request = <R>(method: string, params: unknown) => Promise<R | null>;

/** The scheme of the read-only "Flow JSON" views: `whatsapp-flow-json:/signup.json?<the .flow's URI>`. */
const FLOW_JSON_SCHEME = 'whatsapp-flow-json';

/** What the server's `whatsappFlow/flowJson` request answers (language-server/src/features/flow-json.ts). */
type FlowJsonResult = { json: string; errors?: undefined } | { json?: undefined; errors: number } | null;

/**
 * "Show Flow JSON" opens the Flow JSON of the active .flow file beside it, kept up to date as the file
 * changes; "Copy Flow JSON" puts it on the clipboard, ready for Meta's Flow Builder. A flow with errors
 * has no Flow JSON: the user is pointed at the Problems panel instead.
 */
export function registerFlowJsonCommands(languageId: string, request: Request): vscode.Disposable[] {
  const requestFlowJson = (uri: string) => request<FlowJsonResult>('whatsappFlow/flowJson', { uri });
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
    if (document?.languageId === languageId) return document;
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
    vscode.commands.registerCommand('whatsappFlow.importFlowJson', () => importFlowJson(languageId, request)),
  ];
}

/** What the server's `whatsappFlow/importFlowJson` answers (language-server/src/features/import-flow-json.ts). */
type ImportResult = { text: string; errors: number; problems?: undefined } | { text?: undefined; problems: string[] };

/**
 * "Import Flow JSON": the Flow JSON in the active editor (exported from Meta's Flow Builder) as a new .flow
 * document, as `flowc import` writes it. When it cannot be imported without loss, the reasons are shown.
 */
async function importFlowJson(languageId: string, request: Request): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document || !(document.languageId === 'json' || document.languageId === 'jsonc' || document.uri.path.endsWith('.json'))) {
    void vscode.window.showInformationMessage('WhatsApp Flow: open a Flow JSON file (.json) first.');
    return;
  }
  const name = document.uri.path.split('/').pop()!.replace(/\.json$/i, '');
  const result = await request<ImportResult>('whatsappFlow/importFlowJson', { json: document.getText(), name });
  if (!result) return;
  if (result.text === undefined) {
    void vscode.window.showErrorMessage(`WhatsApp Flow: this Flow JSON cannot be imported without loss: ${result.problems.join('; ')}`);
    return;
  }
  const flow = await vscode.workspace.openTextDocument({ language: languageId, content: result.text });
  await vscode.window.showTextDocument(flow);
  if (result.errors > 0) {
    void vscode.window.showWarningMessage(`WhatsApp Flow: imported; the flow breaks ${plural(result.errors, 'rule')} of Meta's, listed in the Problems panel.`);
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
