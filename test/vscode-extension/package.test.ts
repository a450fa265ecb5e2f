// The extension as it ships: `vsce package --no-dependencies` (which bundles first, through
// vscode:prepublish) into a temporary folder, offline. The .vsix holds the two bundles, the grammar, the
// snippets and the language configuration, and nothing from src/, scripts/ or node_modules; the bundles
// need nothing but Node and VS Code; and the bundled language server answers an editor over stdio.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  createProtocolConnection,
  InitializeRequest,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { extensionDir, root } from './textmate.js';

const serverEntry = join(root, 'language-server', 'src', 'main.ts');
const hasServer = existsSync(serverEntry);
const vsceBin = createRequire(join(extensionDir, 'package.json')).resolve('@vscode/vsce/vsce');

/** The names in a zip file's central directory. */
function zipEntries(zip: Buffer): string[] {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('not a zip file');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('bad central directory');
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/** The modules a CommonJS bundle still loads with require("…"). */
function requires(file: string): string[] {
  const text = readFileSync(join(extensionDir, 'dist', file), 'utf8');
  return [...new Set([...text.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!))].sort();
}

const isBuiltin = (name: string) => name.startsWith('node:') || builtinModules.includes(name.split('/')[0]!);

let work: string;
let files: string[];

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'whatsapp-flow-vsix-'));
  execFileSync(process.execPath, [vsceBin, 'package', '--no-dependencies', '--out', join(work, 'extension.vsix')], {
    cwd: extensionDir,
    // offline: npm (which runs vscode:prepublish) must not need the registry
    env: { ...process.env, npm_config_offline: 'true', npm_config_update_notifier: 'false', npm_config_audit: 'false' },
    stdio: 'pipe',
  });
  files = zipEntries(readFileSync(join(work, 'extension.vsix')));
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the .vsix', () => {
  test('holds the bundles, the grammar, the snippets, the language configuration and the page', () => {
    const shipped = files.filter((f) => f.startsWith('extension/')).map((f) => f.slice('extension/'.length));
    const expected = [
      'package.json',
      'LICENSE.txt', // vsce's names for LICENSE and README.md
      'readme.md',
      'language-configuration.json',
      'dist/extension.cjs',
      'syntaxes/whatsapp-flow.tmLanguage.json',
      'snippets/whatsapp-flow.code-snippets',
      ...(hasServer ? ['dist/server.cjs'] : []),
    ];
    expect([...shipped].sort()).toEqual([...expected].sort());
  });

  test('holds nothing from src/, scripts/, node_modules/, and no source maps or TypeScript', () => {
    const leaked = files.filter((f) => /(^|\/)(src|scripts|node_modules)\/|\.ts$|\.map$|tsconfig/.test(f));
    expect(leaked).toEqual([]);
  });

  test('the manifest inside names the bundle it ships', () => {
    expect(files).toContain('extension.vsixmanifest');
    expect(files).toContain('extension/dist/extension.cjs');
  });
});

describe('the bundles', () => {
  test('dist/extension.cjs loads only vscode and Node built-ins', () => {
    const loaded = requires('extension.cjs');
    expect(loaded).toContain('vscode');
    expect(loaded.filter((m) => m !== 'vscode' && !isBuiltin(m))).toEqual([]);
  });

  test.runIf(hasServer)('dist/server.cjs loads only Node built-ins (the compiler and Chevrotain are inside)', () => {
    expect(requires('server.cjs').filter((m) => !isBuiltin(m))).toEqual([]);
  });
});

describe.runIf(hasServer)('the bundled language server', () => {
  let server: ChildProcess;
  let connection: ProtocolConnection;

  beforeAll(() => {
    server = spawn(process.execPath, [join(extensionDir, 'dist', 'server.cjs'), '--stdio'], { stdio: 'pipe' });
    connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    connection.listen();
  });

  afterAll(() => {
    connection?.dispose();
    server?.kill();
  });

  test('answers initialize and publishes the compiler diagnostics of a broken file', async () => {
    const diagnostics = new Promise<PublishDiagnosticsParams>((resolve) => {
      connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
        if (params.diagnostics.length > 0) resolve(params);
      });
    });
    const result = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      capabilities: {},
      workspaceFolders: null,
    });
    expect(result.capabilities.textDocumentSync).toBeDefined();
    await connection.sendNotification('initialized', {});
    const uri = 'file:///tmp/broken.flow';
    const text = 'screen A "First" {\n  terminal\n  Footer "Next" -> navigate NOWHERE\n}\n';
    await connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'whatsapp-flow', version: 1, text },
    });
    const published = await diagnostics;
    expect(published.uri).toBe(uri);
    expect(published.diagnostics.map((d) => String(d.code))).toContainEqual(expect.stringMatching(/^FLOW\d{4}$/));
  }, 30_000);
});

test('the bundle script bundled the server exactly when its entry exists', () => {
  expect(existsSync(join(extensionDir, 'dist', 'server.cjs'))).toBe(hasServer);
  expect(readdirSync(join(extensionDir, 'dist')).filter((f) => f.endsWith('.map'))).toEqual([]);
});
