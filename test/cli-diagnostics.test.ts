// The diagnostics side of the flowc command line, run as a real process (node compiler/bin/flowc.js …)
// in temporary folders: `flowc explain`, `--format github`, and the project config (flowc.config.json
// or a "flowc" key in package.json) with its precedence against the file's `limits` and `--limits`.
// Needs `npm run build` first (the root `npm test` does it): the bin runs the bundle in compiler/dist.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { flowc, workspace } from './support/cli.js';
import { compile, DIAGNOSTIC_CODES, SourceFile, type Diagnostic } from '../compiler/src/index.js';
import { githubPath, toGithubAnnotation } from '../compiler/src/cli/report.js';


/** Compiles cleanly. */
const DEMO = `screen WELCOME "Welcome" {
  terminal
  TextInput name "Your name" { required }
  Footer "Done" -> complete { name: form.name }
}
`;
/** An unknown component on line 3, columns 3–12. */
const TYPO = `screen WELCOME "Welcome" {
  terminal
  TextHeadin "Hello"
  Footer "Done" -> complete
}
`;
/** Compiles, with one warning: the answer to 'email' (line 4, columns 13–17) is never sent. */
const UNSENT = `screen SIGN_UP "Sign up" {
  terminal
  TextInput name "Name"
  TextInput email "Email"
  Footer "Go" -> complete { name: form.name }
}
`;
/** Nine screens: over the default limit of 8, within Meta's 100. */
const NINE = (header = '') =>
  header +
  ['SA', 'SB', 'SC', 'SD', 'SE', 'SF', 'SG', 'SH', 'SI']
    .map((id, i, ids) =>
      i === ids.length - 1
        ? `screen ${id} "Last" {\n  terminal\n  Footer "Done" -> complete\n}\n`
        : `screen ${id} "Step" {\n  Footer "Next" -> navigate ${ids[i + 1]}\n}\n`,
    )
    .join('');






describe('flowc explain', () => {
  test('explains a code: title, severity, Meta code, explanation, wrong example with its frames, fix', () => {
    const run = flowc(['explain', 'FLOW2003'], workspace());
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const entry = DIAGNOSTIC_CODES.FLOW2003;
    expect(run.stdout.startsWith(`FLOW2003: ${entry.title}\n`)).toBe(true);
    expect(run.stdout).toContain('severity: error');
    expect(run.stdout).toContain("Meta's code: INVALID_SCREEN_DYNAMIC_DATA");
    expect(run.stdout).toContain('\nWrong:\n');
    expect(run.stdout).toMatch(/error\[FLOW2003\]: screen '\w+' declares no data field '\w+'.*\n --> wrong\.flow:\d+:\d+\n/);
    expect(run.stdout).toContain('\nFixed:\n');
    // the examples are indented as a block, the frames are not
    expect(run.stdout).toContain(`    ${entry.fixed!.split('\n')[0]}`);
  });

  test('takes the code in any case, or its four digits', () => {
    const dir = workspace();
    const upper = flowc(['explain', 'FLOW8001'], dir).stdout;
    expect(upper.startsWith('FLOW8001: ')).toBe(true);
    expect(flowc(['explain', 'flow8001'], dir).stdout).toBe(upper);
    expect(flowc(['explain', '8001'], dir).stdout).toBe(upper);
  });

  test('an unknown code is a usage error with a suggestion', () => {
    const run = flowc(['explain', 'FLOW8O03'], workspace());
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe("flowc explain: unknown code 'FLOW8O03' (did you mean 'FLOW8003'?)\nRun 'flowc explain' for the list of codes.\n");
    expect(flowc(['explain', 'nonsense'], workspace()).stderr).toBe("flowc explain: unknown code 'nonsense'\nRun 'flowc explain' for the list of codes.\n");
  });

  test('without a code, lists every code with its title, by band', () => {
    const run = flowc(['explain'], workspace());
    expect(run.status).toBe(0);
    for (const [code, entry] of Object.entries(DIAGNOSTIC_CODES)) expect(run.stdout).toContain(`  ${code}  ${entry.severity.padEnd(7)}  ${entry.title}\n`);
    expect(run.stdout).toContain('FLOW8xxx  Beyond Meta\n');
  });

  test('has help, and is listed in the overview', () => {
    const dir = workspace();
    expect(flowc(['explain', '--help'], dir)).toMatchObject({ status: 0, stdout: expect.stringContaining('Usage: flowc explain [FLOWnnnn…]') });
    expect(flowc(['--help'], dir).stdout).toMatch(/\n {2}explain +Explain a diagnostic code/);
  });
});

describe('--format github', () => {
  test('an error becomes an ::error annotation on stdout; the summary stays on stderr', () => {
    const dir = workspace({ 'flows/typo.flow': TYPO });
    const run = flowc(['check', 'flows', '--format', 'github'], dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(
      "::error file=flows/typo.flow,line=3,col=3,endLine=3,endColumn=12,title=FLOW5001::unknown component 'TextHeadin' (Meta: INVALID_PROPERTY_VALUE)%0Ahelp: did you mean 'TextHeading'?\n",
    );
    expect(run.stderr).toBe('1 flow checked, 1 with errors: 1 error\n');
  });

  test('a warning becomes ::warning, and build still writes the Flow JSON', () => {
    const dir = workspace({ 'unsent.flow': UNSENT });
    const run = flowc(['build', 'unsent.flow', '--format=github'], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^::warning file=unsent\.flow,line=4,col=13,endLine=4,endColumn=17,title=FLOW8003::the answer to 'email' on screen 'SIGN_UP' is never sent%0Ahelp: /);
    expect(readFileSync(join(dir, 'unsent.json'), 'utf8')).toBe(compile(UNSENT).json);
  });

  test('nothing to report: no output on stdout', () => {
    const run = flowc(['check', 'demo.flow', '--format', 'github'], workspace({ 'demo.flow': DEMO }));
    expect(run).toMatchObject({ status: 0, stdout: '', stderr: '1 flow checked\n' });
  });

  test('paths are relative to GITHUB_WORKSPACE when flowc runs inside it', () => {
    const dir = workspace({ 'app/flows/typo.flow': TYPO });
    const run = flowc(['check', 'flows/typo.flow', '--format', 'github'], join(dir, 'app'), { GITHUB_WORKSPACE: dir });
    expect(run.stdout).toMatch(/^::error file=app\/flows\/typo\.flow,line=3,/);
  });

  test('annotations escape what GitHub reads as syntax, and a range over several lines gives lines only', () => {
    const text = 'screen A "x" {\n  TextBody "a"\n}\n';
    const source = new SourceFile(text, 'x.flow');
    const d: Diagnostic = {
      code: 'FLOW1004',
      severity: 'hint',
      message: '100% sure: a, b\r\nc',
      span: { start: 0, end: 20 },
      related: [{ span: { start: 7, end: 8 }, message: 'here' }],
    };
    expect(toGithubAnnotation(d, source, 'we, the: people.flow')).toBe(
      '::notice file=we%2C the%3A people.flow,line=1,endLine=2,title=FLOW1004::100%25 sure: a, b%0D%0Ac%0Anote: here (we, the: people.flow:1:8)',
    );
    expect(githubPath('/w/a/b.flow', 'b.flow', {})).toBe('b.flow');
    expect(githubPath('/w/a/b.flow', 'b.flow', { GITHUB_WORKSPACE: '/w' })).toBe('a/b.flow');
    expect(githubPath('/elsewhere/b.flow', '../elsewhere/b.flow', { GITHUB_WORKSPACE: '/w' })).toBe('../elsewhere/b.flow');
  });
});

describe('the project config', () => {
  test('flowc.config.json beside the flow sets the limits of a file without its own', () => {
    const dir = workspace({ 'nine.flow': NINE(), 'flowc.config.json': '{ "limits": "meta" }\n' });
    expect(flowc(['check', 'nine.flow'], dir)).toMatchObject({ status: 0, stderr: '1 flow checked\n' });
    // without the config the default limit of 8 screens applies
    rmSync(join(dir, 'flowc.config.json'));
    expect(flowc(['check', 'nine.flow'], dir).stderr).toContain('error[FLOW6001]');
  });

  test("the file's own limits setting wins over the config, and --limits wins over both", () => {
    const dir = workspace({
      'own-default.flow': NINE('flow { limits "default" }\n'),
      'plain.flow': NINE(),
      'flowc.config.json': '{ "limits": "meta" }',
    });
    const run = flowc(['check', '.', '--format', 'json'], dir);
    expect(run.status).toBe(1);
    const files = (JSON.parse(run.stdout) as { file: string; code: string }[]).map((d) => `${d.file} ${d.code}`);
    expect(files).toEqual(['own-default.flow FLOW6001']);
    expect(flowc(['check', '.', '--limits', 'meta'], dir).status).toBe(0);
    const strict = flowc(['check', '.', '--limits', 'default', '--format', 'json'], dir);
    expect((JSON.parse(strict.stdout) as { file: string }[]).map((d) => d.file)).toEqual(['own-default.flow', 'plain.flow']);
  });

  test('found in a parent folder; the walk stops at the package root (a package.json)', () => {
    const dir = workspace({
      'flowc.config.json': '{ "limits": "meta" }',
      'flows/deep/nine.flow': NINE(),
      'pkg/package.json': '{ "name": "pkg" }',
      'pkg/flows/nine.flow': NINE(),
    });
    expect(flowc(['check', 'flows'], dir).status).toBe(0);
    expect(flowc(['check', 'pkg'], dir).stderr).toContain('error[FLOW6001]');
  });

  test('a "flowc" key in package.json works too; flowc.config.json in the same folder wins', () => {
    const dir = workspace({ 'package.json': '{ "name": "x", "flowc": { "limits": "meta" } }', 'nine.flow': NINE() });
    expect(flowc(['check', 'nine.flow'], dir).status).toBe(0);
    writeFileSync(join(dir, 'flowc.config.json'), '{ "limits": "default" }');
    expect(flowc(['check', 'nine.flow'], dir).status).toBe(1);
  });

  test('each flow gets the config of its own folder', () => {
    const dir = workspace({ 'a/flowc.config.json': '{ "limits": "meta" }', 'a/nine.flow': NINE(), 'b/nine.flow': NINE() });
    const run = flowc(['check', 'a', 'b', '--format', 'json'], dir);
    expect((JSON.parse(run.stdout) as { file: string }[]).map((d) => d.file)).toEqual(['b/nine.flow']);
  });

  test.each([
    ['{ "limits": "large" }', `invalid project config 'flowc.config.json': "limits" is "large": expected "default" or "meta"`],
    ['{ "limit": "meta" }', `invalid project config 'flowc.config.json': unknown key "limit" (did you mean "limits"?); the config knows "limits"`],
    ['[1]', `invalid project config 'flowc.config.json': must be a JSON object, e.g. { "limits": "meta" }`],
    ['{ limits: meta }', `invalid project config 'flowc.config.json': not valid JSON`],
  ])('an invalid config %s stops the run before anything is compiled', (config, message) => {
    const dir = workspace({ 'demo.flow': DEMO, 'flowc.config.json': config });
    const run = flowc(['build', 'demo.flow'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`flowc build: ${message}`);
    expect(run.stderr).toContain('Nothing was compiled.');
    expect(existsSync(join(dir, 'demo.json'))).toBe(false);
  });

  test('an invalid "flowc" key in package.json is reported with its place', () => {
    const dir = workspace({ 'package.json': '{ "flowc": { "limits": 100 } }', 'demo.flow': DEMO });
    expect(flowc(['check', 'demo.flow'], dir).stderr).toContain(
      `flowc check: invalid project config 'package.json': "flowc" "limits" is 100: expected "default" or "meta"`,
    );
  });
});
