// A manual end-to-end check in a real VS Code (code-server, the browser build of VS Code) — not part of
// `npm test`, because CI has no code-server:
//
//   node vscode-extension/scripts/e2e.mjs [--keep]
//
// It packages the extension (vsce package --no-dependencies), installs the .vsix into a fresh code-server,
// opens a workspace holding a broken .flow file in headless Chromium (playwright-core), opens the file and
// the Problems panel, and checks that the panel shows the compiler's diagnostic (a FLOW code), that the
// editor reports the file as "WhatsApp Flow", and that the grammar coloured it. Then it opens a Flow of
// 9 screens (FLOW6001 under the default limits) and switches the setting whatsappFlow.limits to "meta",
// which must make that diagnostic go away: the setting reaches the server. Last, "Show Flow JSON" on that
// flow must open its Flow JSON beside it, and "Import Flow JSON" on an exported Flow JSON file must open
// it as a .flow document. Exit code 0 when all hold.
// --keep leaves the temporary folder (workspace, logs, screenshot) in place.
//
// Needs ../shared/tools/vscode-e2e-setup.sh to have run: code-server, Node 24 and playwright-core in
// $VSCODE_E2E_DIR (default ~/.cache/vscode-e2e), Chromium at /usr/bin/chromium (or $CHROMIUM).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const extensionDir = fileURLToPath(new URL('..', import.meta.url));
const e2eDir = process.env.VSCODE_E2E_DIR ?? join(homedir(), '.cache', 'vscode-e2e');
const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium';
const keep = process.argv.includes('--keep');
const TIMEOUT = 90_000;

const codeServer = join(e2eDir, 'code-server');
for (const [what, path] of [
  ['code-server', codeServer],
  ['playwright-core', join(e2eDir, 'node_modules', 'playwright-core')],
  ['Chromium', chromium],
]) {
  if (!existsSync(path)) {
    console.error(`e2e: ${what} not found at ${path}: run ../shared/tools/vscode-e2e-setup.sh first.`);
    process.exit(2);
  }
}
const { chromium: browserType } = createRequire(join(e2eDir, 'package.json'))('playwright-core');

const work = mkdtempSync(join(tmpdir(), 'whatsapp-flow-e2e-'));
const userData = join(work, 'user-data');
const extensions = join(work, 'extensions');
const workspace = join(work, 'workspace');
const vsix = join(work, 'whatsapp-flow.vsix');
const log = (message) => console.log(`e2e: ${message}`);

// The broken file: a navigate to a screen that does not exist (FLOW2002, "did you mean 'SECOND'?").
const BROKEN = `flow e2e { version "7.3" }

screen FIRST "First" {
  TextInput name "Your name" { required }
  Footer "Next" -> navigate SECND { name: form.name }
}

screen SECOND "Second" {
  terminal
  data { name = "Jane" }
  TextHeading "Hello \${data.name}!"
  Footer "Done" -> complete
}
`;

// Nine screens: one more than the default limits allow (FLOW6001), fine under Meta's.
const SCREEN_IDS = ['ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX', 'SEVEN', 'EIGHT', 'NINE'];
const NINE_SCREENS = SCREEN_IDS.map((id, i) =>
  i < SCREEN_IDS.length - 1
    ? `screen ${id} "Step ${i + 1}" {\n  TextBody "Step ${i + 1}"\n  Footer "Next" -> navigate ${SCREEN_IDS[i + 1]}\n}\n`
    : `screen ${id} "Done" {\n  terminal\n  TextBody "Done"\n  Footer "Done" -> complete\n}\n`,
).join('\n');

// Flow JSON as Meta's Flow Builder exports it, for "Import Flow JSON".
const WELCOME_JSON = JSON.stringify({
  version: '7.3',
  screens: [
    {
      id: 'WELCOME',
      title: 'Welcome',
      terminal: true,
      layout: {
        type: 'SingleColumnLayout',
        children: [
          { type: 'TextHeading', text: 'Hello' },
          { type: 'Footer', label: 'Done', 'on-click-action': { name: 'complete', payload: {} } },
        ],
      },
    },
  ],
}, null, 2);

function writeSettings(extra) {
  writeFileSync(
    join(userData, 'User', 'settings.json'),
    JSON.stringify({
      'security.workspace.trust.enabled': false,
      'workbench.startupEditor': 'none',
      'chat.disableAIFeatures': true,
      'workbench.tips.enabled': false,
      'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false,
      ...extra,
    }),
  );
}

let server;
let browser;
let ok = false;
try {
  log('packaging the extension');
  const vsce = createRequire(join(extensionDir, 'package.json')).resolve('@vscode/vsce/vsce');
  execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--out', vsix], {
    cwd: extensionDir,
    stdio: 'pipe',
  });

  mkdirSync(join(userData, 'User'), { recursive: true });
  mkdirSync(workspace, { recursive: true });
  writeSettings({});
  writeFileSync(join(workspace, 'broken.flow'), BROKEN);
  writeFileSync(join(workspace, 'nine-screens.flow'), NINE_SCREENS);
  writeFileSync(join(workspace, 'welcome.json'), WELCOME_JSON);

  log('installing the .vsix into code-server');
  const installed = execFileSync(
    codeServer,
    ['--user-data-dir', userData, '--extensions-dir', extensions, '--install-extension', vsix],
    { encoding: 'utf8', stdio: 'pipe' },
  );
  log(installed.trim().split('\n').pop());

  const port = await freePort();
  const serverLog = join(work, 'code-server.log');
  log(`starting code-server on 127.0.0.1:${port} (log: ${serverLog})`);
  // its own process group, so that stopping it stops the processes it starts too
  server = spawn(
    codeServer,
    ['--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--user-data-dir', userData, '--extensions-dir', extensions, workspace],
    { detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const output = [];
  server.stdout.on('data', (chunk) => output.push(chunk));
  server.stderr.on('data', (chunk) => output.push(chunk));
  server.on('exit', () => writeFileSync(serverLog, Buffer.concat(output)));
  await waitForHttp(`http://127.0.0.1:${port}/healthz`, TIMEOUT);

  log('opening the workspace in headless Chromium');
  browser = await browserType.launch({
    executablePath: chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
  await page.waitForSelector('.monaco-workbench', { timeout: TIMEOUT });

  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'broken.flow' });
  await row.waitFor({ timeout: TIMEOUT });
  await row.click();
  await page.waitForSelector('.monaco-editor .view-lines', { timeout: TIMEOUT });

  // the language of the file, in the status bar
  const mode = page.locator('[id="status.editor.mode"]');
  await mode.filter({ hasText: 'WhatsApp Flow' }).waitFor({ timeout: TIMEOUT });
  const language = (await mode.innerText()).trim();
  log(`status bar language: ${language}`);

  // the grammar: the first lines use several token colours (mtk classes), not one
  await page.waitForTimeout(1000);
  const colours = await page.$$eval('.monaco-editor .view-line span span', (spans) => [
    ...new Set(spans.map((s) => [...s.classList].find((c) => /^mtk\d+$/.test(c))).filter(Boolean)),
  ]);
  log(`token colours in the editor: ${colours.length} (${colours.join(' ')})`);

  await page.keyboard.press('Control+Shift+M');
  const panel = page.locator('.markers-panel');
  await panel.waitFor({ timeout: TIMEOUT });
  await panel.locator('.monaco-list-row', { hasText: /FLOW\d{4}/ }).first().waitFor({ timeout: TIMEOUT });
  const rows = (await panel.locator('.monaco-list-row').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
  log('Problems panel:');
  for (const r of rows) console.log(`    ${r}`);

  await page.screenshot({ path: join(work, 'problems.png') });
  const shown = rows.some((r) => /FLOW2002/.test(r) && /SECND/.test(r));

  // the setting: FLOW6001 under the default limits, gone once whatsappFlow.limits is "meta"
  const nine = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'nine-screens.flow' });
  await nine.click();
  const limitRow = panel.locator('.monaco-list-row', { hasText: 'FLOW6001' });
  await limitRow.first().waitFor({ timeout: TIMEOUT });
  log(`nine screens, default limits: ${(await limitRow.first().innerText()).replace(/\s+/g, ' ').trim()}`);
  const before = await problemCounts(page);
  log(`status bar: ${before.errors} error(s), ${before.warnings} warning(s)`);
  await changeSetting(page, 'whatsappFlow.limits', 'meta');
  // the status bar counts every problem, whether or not the Problems panel is in view
  let cleared = false;
  for (const until = Date.now() + TIMEOUT; Date.now() < until && !cleared; ) {
    const now = await problemCounts(page);
    cleared = now.errors === before.errors - 1;
    if (!cleared) await page.waitForTimeout(250);
  }
  log(`status bar: ${(await problemCounts(page)).errors} error(s) after the change`);
  await page.screenshot({ path: join(work, 'after-setting.png') });
  log(cleared ? 'nine screens, whatsappFlow.limits "meta": FLOW6001 is gone' : 'FLOW6001 is still shown with whatsappFlow.limits "meta"');

  // "Show Flow JSON" on the nine-screen flow, error-free now: its Flow JSON opens beside it
  await nine.click();
  await page.locator('.tabs-container .tab.active', { hasText: 'nine-screens.flow' }).waitFor({ timeout: TIMEOUT });
  await page.locator('.monaco-editor .view-lines').first().click();
  await runCommand(page, 'WhatsApp Flow: Show Flow JSON');
  await page.locator('.tabs-container .tab', { hasText: 'nine-screens.json' }).first().waitFor({ timeout: TIMEOUT });
  const jsonView = page.locator('.monaco-editor', { hasText: '"screens"' });
  await jsonView.first().waitFor({ timeout: TIMEOUT });
  const jsonShown = (await jsonView.first().locator('.view-lines').innerText()).includes('"version"');
  log(jsonShown ? 'Show Flow JSON: nine-screens.json opened beside the flow with its Flow JSON' : 'Show Flow JSON: no Flow JSON shown');
  await page.screenshot({ path: join(work, 'flow-json.png') });

  // "Import Flow JSON" on an exported Flow JSON file: a new .flow document with the flow in it (alone on
  // screen, so that the JSON view of the step before is not the active editor)
  await runCommand(page, 'View: Close All Editors');
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'welcome.json' }).click();
  await page.locator('.tabs-container .tab.active', { hasText: 'welcome.json' }).waitFor({ timeout: TIMEOUT });
  await page.locator('.monaco-editor .view-lines').first().click();
  await runCommand(page, 'WhatsApp Flow: Import Flow JSON');
  const imported = page.locator('.monaco-editor', { hasText: 'screen WELCOME' });
  await imported.first().waitFor({ timeout: TIMEOUT });
  await mode.filter({ hasText: 'WhatsApp Flow' }).waitFor({ timeout: TIMEOUT });
  const importedText = (await imported.first().locator('.view-lines').innerText()).replace(/\u00a0/g, ' ');
  const importShown = importedText.includes('flow welcome') && importedText.includes('TextHeading "Hello"');
  log(importShown ? 'Import Flow JSON: welcome.json opened as a .flow document (flow welcome, screen WELCOME)' : `Import Flow JSON: unexpected text: ${importedText.slice(0, 200)}`);

  ok = shown && cleared && jsonShown && importShown && language === 'WhatsApp Flow' && colours.length >= 4;
  log(ok ? 'PASS: diagnostics in the Problems panel, the setting reaches the server, Show Flow JSON and Import Flow JSON work' : 'FAIL: see the output above');
  if (keep || !ok) log(`screenshots: ${join(work, 'problems.png')}, ${join(work, 'after-setting.png')}`);
} catch (error) {
  console.error(`e2e: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  if (browser) {
    const [page] = browser.contexts().flatMap((c) => c.pages());
    if (page) await page.screenshot({ path: join(work, 'failure.png') }).catch(() => {});
    log(`screenshot: ${join(work, 'failure.png')}`);
  }
} finally {
  await browser?.close().catch(() => {});
  if (server?.pid !== undefined && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {}
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
  }
  if (keep || !ok) log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
process.exit(ok ? 0 : 1);

/**
 * Sets a user setting the way a user does: the command "Preferences: Open User Settings (JSON)", one more
 * entry before the closing brace, save. (code-server does not notice a settings.json written behind its
 * back.) The file is the one-line object writeSettings wrote.
 */
async function changeSetting(page, key, value) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: TIMEOUT });
  await input.fill('>Preferences: Open User Settings (JSON)');
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Open User Settings (JSON)' }).first().waitFor({ timeout: TIMEOUT });
  await page.keyboard.press('Enter');
  // VS Code opens it in a tab or, in newer versions, in a modal editor; either way it has the focus
  await page.getByText('settings.json', { exact: true }).first().waitFor({ timeout: TIMEOUT });
  await page.locator('.monaco-editor.focused').first().waitFor({ timeout: TIMEOUT });
  await page.keyboard.press('Control+End');
  await page.keyboard.press('ArrowLeft');
  // insertText: one input event, so no auto-closing or auto-indenting as with typed keys
  const entry = `${JSON.stringify(key)}:${JSON.stringify(value)}`;
  await page.keyboard.insertText(`,${entry}`);
  await page.keyboard.press('Control+S');
  const until = Date.now() + TIMEOUT;
  while (!readFileSync(join(userData, 'User', 'settings.json'), 'utf8').replace(/\s+/g, '').includes(entry)) {
    if (Date.now() > until) throw new Error(`the setting ${key} was not saved`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await page.keyboard.press('Escape');
}

/** Runs a command from the command palette by its title. */
async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: TIMEOUT });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first().waitFor({ timeout: TIMEOUT });
  await page.keyboard.press('Enter');
}

/** The error and warning counts in the status bar. */
async function problemCounts(page) {
  const text = await page.locator('[id="status.problems"]').innerText();
  const [errors, warnings] = (text.match(/\d+/g) ?? []).map(Number);
  return { errors, warnings };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url, timeout) {
  const until = Date.now() + timeout;
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {}
    if (Date.now() > until) throw new Error(`${url} did not answer within ${timeout / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
