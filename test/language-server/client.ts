// A language client for the tests: spawns the real server (node language-server/bin/flow-language-server.js
// --stdio) and talks to it over stdio the way an editor does: initialize, initialized, didOpen, wait for
// publishDiagnostics, didChange, requests, shutdown, exit. Also: `<|>` cursor markers.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  createProtocolConnection,
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type Diagnostic,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Registration,
  type TextDocumentContentChangeEvent,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument, type Position } from 'vscode-languageserver-textdocument';
import { afterAll, afterEach, beforeAll } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SERVER = 'language-server/bin/flow-language-server.js';

/** Every server a test started, killed when the test process exits should a test forget it. */
const running = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of running) child.kill();
});

export interface ClientOptions {
  /** Answers to workspace/configuration, by section (e.g. { whatsappFlow: { limits: 'meta' } }). */
  readonly settings?: Record<string, unknown>;
  /** Whether the client announces workspace/configuration support (default true). */
  readonly configuration?: boolean;
  readonly initializationOptions?: unknown;
  /** Whether the client takes snippets in completion items (default true). */
  readonly snippets?: boolean;
  /** How to talk to the server: --stdio (the default), --node-ipc, or no argument at all (stdio too). */
  readonly transport?: 'stdio' | 'node-ipc' | 'none';
}

export const CAPABILITIES: ClientCapabilities = {
  workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, didChangeWatchedFiles: { dynamicRegistration: true } },
  textDocument: {
    synchronization: { didSave: false, dynamicRegistration: false },
    publishDiagnostics: { relatedInformation: true, versionSupport: true },
    codeAction: {
      codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
      isPreferredSupport: true,
    },
    formatting: {},
    hover: { contentFormat: ['markdown', 'plaintext'] },
    completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
    definition: {},
    references: {},
    rename: { prepareSupport: true },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    foldingRange: { lineFoldingOnly: true },
  },
};

export class TestClient {
  readonly connection: ProtocolConnection;
  /** The last diagnostics published for each URI. */
  readonly published = new Map<string, PublishDiagnosticsParams>();
  /** window/logMessage messages and the server's stderr. */
  readonly logs: string[] = [];
  readonly documents = new Map<string, TextDocument>();
  settings: Record<string, unknown>;
  initializeResult!: InitializeResult;
  /** What the server registered dynamically (client/registerCapability). */
  readonly registrations: Registration[] = [];
  private waiters: { test: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  private exited: Promise<void>;

  private constructor(private readonly child: ChildProcess, options: ClientOptions) {
    this.settings = options.settings ?? {};
    running.add(child);
    this.exited = new Promise((resolve) => child.once('exit', () => {
      running.delete(child);
      resolve();
    }));
    child.stderr!.on('data', (chunk: Buffer) => this.logs.push(chunk.toString()));
    this.connection =
      options.transport === 'node-ipc'
        ? createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child))
        : createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.set(params.uri, params);
      this.waiters = this.waiters.filter((w) => {
        if (!w.test(params)) return true;
        w.resolve(params);
        return false;
      });
    });
    this.connection.onNotification('window/logMessage', (params: { message: string }) => {
      this.logs.push(params.message);
    });
    this.connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
      params.items.map((item) => (item.section ? (this.settings[item.section] ?? null) : this.settings)),
    );
    this.connection.onRequest('client/registerCapability', (params: { registrations: Registration[] }) => {
      this.registrations.push(...params.registrations);
      return null;
    });
    this.connection.listen();
  }

  static async start(options: ClientOptions = {}): Promise<TestClient> {
    const transport = options.transport ?? 'stdio';
    const args = transport === 'none' ? [] : [`--${transport}`];
    const child = spawn(process.execPath, [SERVER, ...args], {
      cwd: ROOT,
      stdio: transport === 'node-ipc' ? ['pipe', 'pipe', 'pipe', 'ipc'] : 'pipe',
    });
    const client = new TestClient(child, options);
    const capabilities: ClientCapabilities = {
      ...CAPABILITIES,
      ...(options.configuration === false ? { workspace: {} } : {}),
      textDocument: {
        ...CAPABILITIES.textDocument,
        completion: { completionItem: { snippetSupport: options.snippets ?? true, documentationFormat: ['markdown', 'plaintext'] } },
      },
    };
    client.initializeResult = await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities,
      initializationOptions: options.initializationOptions,
    });
    await client.connection.sendNotification('initialized', {});
    return client;
  }

  /** Opens a document and resolves with the diagnostics published for it. */
  async open(uri: string, text: string): Promise<Diagnostic[]> {
    const document = TextDocument.create(uri, 'whatsapp-flow', 1, text);
    this.documents.set(uri, document);
    const published = this.nextDiagnostics(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'whatsapp-flow', version: 1, text },
    });
    return (await published).diagnostics;
  }

  /** Sends changes (incremental, or the whole text as a string) and resolves with the new diagnostics. */
  async change(uri: string, changes: string | TextDocumentContentChangeEvent[]): Promise<Diagnostic[]> {
    const document = this.document(uri);
    const events = typeof changes === 'string' ? [{ text: changes }] : changes;
    const version = document.version + 1;
    TextDocument.update(document, events, version);
    const published = this.nextDiagnostics(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: events });
    return (await published).diagnostics;
  }

  /** Applies text edits (from a code action or formatting) to the client's copy and sends them as a change. */
  async applyEdits(uri: string, edits: TextEdit[]): Promise<Diagnostic[]> {
    const text = TextDocument.applyEdits(this.document(uri), edits);
    return this.change(uri, text);
  }

  /** Closes a document and resolves when its diagnostics are cleared. */
  async close(uri: string): Promise<Diagnostic[]> {
    const cleared = this.waitFor((p) => p.uri === uri && p.version === undefined);
    this.documents.delete(uri);
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    return (await cleared).diagnostics;
  }

  /** Resolves with the next diagnostics published for `uri` at `version` or later. */
  nextDiagnostics(uri: string, version: number): Promise<PublishDiagnosticsParams> {
    return this.waitFor((p) => p.uri === uri && (p.version ?? 0) >= version);
  }

  waitFor(test: (p: PublishDiagnosticsParams) => boolean, timeoutMs = 10_000): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no publishDiagnostics came')), timeoutMs);
      this.waiters.push({
        test,
        resolve: (p) => {
          clearTimeout(timer);
          resolve(p);
        },
      });
    });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  /** Tells the server that settings changed; it reads them again with workspace/configuration. */
  async changeSettings(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification('workspace/didChangeConfiguration', { settings });
  }

  document(uri: string): TextDocument {
    const document = this.documents.get(uri);
    if (!document) throw new Error(`${uri} is not open`);
    return document;
  }

  text(uri: string): string {
    return this.document(uri).getText();
  }

  /** The LSP position of an offset in an open document. */
  position(uri: string, offset: number): Position {
    return this.document(uri).positionAt(offset);
  }

  /** TextDocumentPositionParams for an offset in an open document. */
  at(uri: string, offset: number): { textDocument: { uri: string }; position: Position } {
    return { textDocument: { uri }, position: this.position(uri, offset) };
  }

  /** The text an LSP range covers in an open document. */
  slice(uri: string, range: { start: Position; end: Position }): string {
    const document = this.document(uri);
    return document.getText().slice(document.offsetAt(range.start), document.offsetAt(range.end));
  }

  /** What the server logged as a failure of its own (a handler that threw, an uncaught exception). */
  get failures(): string[] {
    return this.logs.filter((l) => / failed: |uncaught exception|unhandled rejection/.test(l));
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** shutdown, exit, and wait for the process to end (killed after a second if it does not). */
  async stop(): Promise<void> {
    if (this.alive) {
      try {
        await withTimeout(this.connection.sendRequest('shutdown'), 2000);
        await this.connection.sendNotification('exit');
      } catch {
        // the server is stuck or gone: kill it below
      }
      const timer = setTimeout(() => this.child.kill('SIGKILL'), 1000);
      await this.exited;
      clearTimeout(timer);
    }
    this.connection.dispose();
  }

  /** The exit code once it has exited. */
  async exitCode(): Promise<number | null> {
    await this.exited;
    return this.child.exitCode;
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

/** A source text with `<|>` cursor markers: the text without them, and the offset of each. */
export function markers(source: string): { text: string; offsets: number[] } {
  const offsets: number[] = [];
  let text = '';
  let rest = source;
  for (let at = rest.indexOf('<|>'); at >= 0; at = rest.indexOf('<|>')) {
    text += rest.slice(0, at);
    offsets.push(text.length);
    rest = rest.slice(at + 3);
  }
  return { text: text + rest, offsets };
}

/** Drops the line break after the opening backtick and the common indentation (like the compiler's examples). */
export function flow(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = strings.reduce((out, s, i) => out + s + (i < values.length ? String(values[i]) : ''), '');
  const lines = text.replace(/^\n/, '').replace(/\n[ \t]*$/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length));
  return `${lines.map((l) => l.slice(indent).trimEnd()).join('\n')}\n`;
}

/** A `start` for tests that each need their own server (other settings): every one is stopped after its test. */
export function serverPerTest(): (options?: ClientOptions) => Promise<TestClient> {
  const started: TestClient[] = [];
  afterEach(async () => {
    await Promise.all(started.splice(0).map((c) => c.stop()));
  });
  return async (options) => {
    const client = await TestClient.start(options);
    started.push(client);
    return client;
  };
}

/** Starts one server before the tests of a file and stops it after them; `set` receives it. */
export function serverForFile(set: (client: TestClient) => void, options?: ClientOptions): void {
  let started: TestClient | undefined;
  beforeAll(async () => set((started = await TestClient.start(options))));
  afterAll(async () => {
    await started?.stop();
  });
}

let counter = 0;
/** A fresh document URI. */
export function uri(name = 'test'): string {
  counter += 1;
  return `file:///tmp/flow-ls-test/${name}-${counter}.flow`;
}
