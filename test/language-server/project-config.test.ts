// The project config (flowc.config.json, or "flowc" in package.json) applies in the editor as it does to
// `flowc build`: the file's own `limits` line, else the project's, else the editor setting. A change to a
// config file, reported by the client's file watcher, re-publishes the open documents.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { serverPerTest } from './client.js';
import { nineScreens } from './flows.js';

let project: string;
const start = serverPerTest();
beforeEach(() => {
  project = mkdtempSync(join(tmpdir(), 'flow-ls-project-'));
  writeFileSync(join(project, 'package.json'), '{ "name": "flows" }\n');
});
afterEach(() => {
  rmSync(project, { recursive: true, force: true });
});

/** A document on disk in the project (the server reads the config from its folder; the text comes from the client). */
function documentUri(): string {
  return pathToFileURL(join(project, 'nine.flow')).href;
}

describe('project config', () => {
  test('flowc.config.json with "meta" lets a nine-screen flow pass', async () => {
    writeFileSync(join(project, 'flowc.config.json'), '{ "limits": "meta" }\n');
    const client = await start();
    expect(await client.open(documentUri(), nineScreens())).toEqual([]);
  });

  test('the project config wins over the editor setting, as it does for flowc build', async () => {
    writeFileSync(join(project, 'package.json'), '{ "name": "flows", "flowc": { "limits": "default" } }\n');
    const client = await start({ settings: { whatsappFlow: { limits: 'meta' } } });
    const diagnostics = await client.open(documentUri(), nineScreens());
    expect(diagnostics.map((d) => d.code)).toEqual(['FLOW6001']);
  });

  test('an invalid config is a warning at the top of the file, and the editor setting applies', async () => {
    writeFileSync(join(project, 'flowc.config.json'), '{ "limit": "meta" }\n');
    const client = await start({ settings: { whatsappFlow: { limits: 'meta' } } });
    const diagnostics = await client.open(documentUri(), nineScreens());
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: 2, range: { start: { line: 0, character: 0 } } });
    expect(diagnostics[0]!.message).toContain('unknown key "limit" (did you mean "limits"?)');
  });

  test('the server asks the client to watch config files', async () => {
    const client = await start();
    await client.open(documentUri(), nineScreens()); // by now the registration has arrived
    const watch = client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles');
    expect(watch?.registerOptions).toEqual({ watchers: [{ globPattern: '**/flowc.config.json' }, { globPattern: '**/package.json' }] });
  });

  test('a changed config file re-publishes the open documents', async () => {
    const client = await start();
    const doc = documentUri();
    expect((await client.open(doc, nineScreens())).map((d) => d.code)).toEqual(['FLOW6001']);
    writeFileSync(join(project, 'flowc.config.json'), '{ "limits": "meta" }\n');
    const republished = client.waitFor((p) => p.uri === doc && p.diagnostics.length === 0);
    await client.notify('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(join(project, 'flowc.config.json')).href, type: 1 }],
    });
    expect((await republished).diagnostics).toEqual([]);
  });
});
