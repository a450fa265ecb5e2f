// flowc validate and flowc import, run as a real process (node compiler/bin/flowc.js …) in temporary
// folders. Needs `npm run build` first (the root `npm test` does it).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { flowc, workspace } from './support/cli.js';
import { compile, importFlowJson } from '../compiler/src/index.js';


const SIGN_UP = `{
  "version": "7.3",
  "screens": [
    {
      "id": "SIGN_UP",
      "title": "Sign up",
      "terminal": true,
      "layout": {
        "type": "SingleColumnLayout",
        "children": [
          { "type": "TextInput", "name": "email", "label": "Email", "input-type": "email", "required": true },
          {
            "type": "Footer",
            "label": "Sign up",
            "on-click-action": { "name": "complete", "payload": { "email": "\${form.email}" } }
          }
        ]
      }
    }
  ]
}
`;
/** An unknown data field on line 11, column 47. */
const BROKEN = SIGN_UP.replace('"label": "Email"', '"label": "${data.who}"');
/** A component name .flow cannot write. */
const NOT_WRITABLE = SIGN_UP.replace('"id": "SIGN_UP"', '"id": "1ST"');
const MALFORMED = SIGN_UP.replace('"terminal": true,', '"terminal": true');




describe('flowc validate', () => {
  test('a valid Flow: exit 0, a summary, nothing written', () => {
    const dir = workspace({ 'sign-up.json': SIGN_UP });
    const run = flowc(['validate', 'sign-up.json'], dir);
    expect(run).toMatchObject({ status: 0, stdout: '' });
    expect(run.stderr).toBe('1 flow validated\n');
    expect(readdirSync(dir)).toEqual(['sign-up.json']);
  });

  test('errors: exit 1, code frames at line:column of the JSON file', () => {
    const dir = workspace({ 'broken.json': BROKEN });
    const run = flowc(['validate', 'broken.json', '--no-color'], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("error[FLOW2003]: screen 'SIGN_UP' declares no data field 'who' (Meta: INVALID_SCREEN_DYNAMIC_DATA)\n  --> broken.json:11:68\n");
    expect(run.stderr).toContain('11 |           { "type": "TextInput", "name": "email", "label": "${data.who}"');
    expect(run.stderr).toMatch(/1 flow validated, 1 with errors: 1 error\n$/);
  });

  test('malformed JSON: FLOW9001 with its position', () => {
    const dir = workspace({ 'bad.json': MALFORMED });
    const run = flowc(['validate', 'bad.json', '--format', 'json'], dir);
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual([
      {
        file: 'bad.json',
        code: 'FLOW9001',
        meta: 'INVALID_FLOW_JSON',
        severity: 'error',
        message: `not valid JSON: expected ',' or '}', found '"'`,
        range: { start: { line: 8, column: 7 }, end: { line: 8, column: 8 } },
      },
    ]);
  });

  test('--format github, and --limits as check has it', () => {
    const screens = Array.from({ length: 9 }, (_, i) => ({
      id: `S_${'ABCDEFGHI'[i]}`,
      title: 'x',
      ...(i === 8 ? { terminal: true } : {}),
      layout: {
        type: 'SingleColumnLayout',
        children: [{ type: 'Footer', label: 'Next', 'on-click-action': i === 8 ? { name: 'complete' } : { name: 'navigate', next: { type: 'screen', name: `S_${'ABCDEFGHI'[i + 1]}` } } }],
      },
    }));
    const dir = workspace({ 'big.json': JSON.stringify({ version: '7.3', screens }, null, 2) });
    const run = flowc(['validate', 'big.json', '--format', 'github'], dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::error file=big\.json,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=FLOW6001::the Flow has 9 screens/);
    expect(flowc(['validate', 'big.json', '--limits', 'meta'], dir).status).toBe(0);
  });

  test('usage errors: no input, a folder, a file that is not .json: exit 2', () => {
    const dir = workspace({ 'flows/a.json': SIGN_UP, 'a.flow': 'screen A {}' });
    expect(flowc(['validate'], dir).status).toBe(2);
    const folder = flowc(['validate', 'flows'], dir);
    expect(folder.status).toBe(2);
    expect(folder.stderr).toContain("flowc validate: 'flows' is a folder: name the Flow JSON files (e.g. flows/*.json)");
    expect(flowc(['validate', 'a.flow'], dir).stderr).toContain("'a.flow' is not a .json file");
    expect(flowc(['validate', 'missing.json'], dir).status).toBe(2);
  });
});

describe('flowc import', () => {
  test('writes <name>.flow beside the file: the text importFlowJson gives, which builds to the same JSON', () => {
    const dir = workspace({ 'sign-up.json': SIGN_UP });
    const run = flowc(['import', 'sign-up.json'], dir);
    expect(run).toMatchObject({ status: 0, stdout: '' });
    expect(run.stderr).toBe('1 flow imported\n');
    const text = readFileSync(join(dir, 'sign-up.flow'), 'utf8');
    expect(text).toBe(importFlowJson(SIGN_UP, { name: 'sign-up' }).text);
    expect(text.split('\n')[0]).toBe('flow sign-up { version "7.3" }');
    expect(JSON.parse(compile(text).json!)).toEqual(JSON.parse(SIGN_UP));
  });

  test('--out-dir, created if needed', () => {
    const dir = workspace({ 'in/a.json': SIGN_UP, 'in/b.json': SIGN_UP });
    expect(flowc(['import', 'in/a.json', 'in/b.json', '--out-dir', 'out/flows'], dir).status).toBe(0);
    expect(readdirSync(join(dir, 'out', 'flows')).sort()).toEqual(['a.flow', 'b.flow']);
  });

  test('an existing .flow is not replaced without --force: exit 2, nothing written', () => {
    const dir = workspace({ 'a.json': SIGN_UP, 'a.flow': '// mine\n', 'b.json': SIGN_UP });
    const run = flowc(['import', 'a.json', 'b.json'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("flowc import: 'a.flow' exists: flowc import does not overwrite a .flow file (use --force to replace it)\nNothing was imported.\n");
    expect(readFileSync(join(dir, 'a.flow'), 'utf8')).toBe('// mine\n');
    expect(existsSync(join(dir, 'b.flow'))).toBe(false);
    expect(flowc(['import', 'a.json', 'b.json', '--force'], dir).status).toBe(0);
    expect(readFileSync(join(dir, 'a.flow'), 'utf8')).toContain('screen SIGN_UP "Sign up"');
  });

  test('a Flow that breaks the rules is imported, with its diagnostics (positions in the JSON): exit 1', () => {
    const dir = workspace({ 'broken.json': BROKEN });
    const run = flowc(['import', 'broken.json', '--no-color'], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('--> broken.json:11:68');
    expect(readFileSync(join(dir, 'broken.flow'), 'utf8')).toContain('TextInput email "${data.who}"');
  });

  test('what .flow cannot write, and malformed JSON: nothing written, exit 1, the others still imported', () => {
    const dir = workspace({ 'odd.json': NOT_WRITABLE, 'bad.json': MALFORMED, 'ok.json': SIGN_UP });
    const run = flowc(['import', 'odd.json', 'bad.json', 'ok.json', '--no-color'], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('error[FLOW9006]: screens[0].id: the screen id "1ST" cannot be written in .flow');
    expect(run.stderr).toContain("note: 'odd.json' was not imported");
    expect(run.stderr).toContain("note: 'bad.json' was not imported");
    expect(readdirSync(dir).sort()).toEqual(['bad.json', 'odd.json', 'ok.flow', 'ok.json']);
  });

  test('two inputs that would write the same .flow: exit 2', () => {
    const dir = workspace({ 'a/x.json': SIGN_UP, 'b/x.json': SIGN_UP });
    const run = flowc(['import', 'a/x.json', 'b/x.json', '--out-dir', 'out'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('would both be written to');
  });

  test('help', () => {
    const dir = workspace();
    expect(flowc(['import', '--help'], dir).stdout).toContain('Usage: flowc import <flow.json…> [options]');
    expect(flowc(['import', '--help'], dir).stdout).toContain('--force');
    expect(flowc(['help', 'validate'], dir).stdout).toContain('Usage: flowc validate <flow.json…> [options]');
    expect(flowc(['--help'], dir).stdout).toMatch(/^ {2}import +Convert Flow JSON files to \.flow/m);
  });
});
