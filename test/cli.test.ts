// The flowc command line, run as a real process (node compiler/bin/flowc.js …) in temporary folders.
// Needs `npm run build` first (the root `npm test` does it): the bin runs the bundle in compiler/dist.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { flowc, ROOT, workspace } from './support/cli.js';
import { compile } from '../compiler/src/index.js';
import { parseArgs, UsageError, closest, type OptionSpec } from '../compiler/src/cli/args.js';
import { summaryLine } from '../compiler/src/cli/report.js';

const VERSION = (JSON.parse(readFileSync(join(ROOT, 'compiler', 'package.json'), 'utf8')) as { version: string }).version;

const DEMO = `flow demo { version "7.3" }
screen WELCOME "Welcome" {
  terminal
  TextHeading "Hello"
  TextInput name "Your name" { required }
  Footer "Done" -> complete { name: form.name }
}
`;
/** A syntax error on line 2 (`=` where a member or '}' must come). */
const BROKEN = `flow broken { version "7.3" }
screen A "x" { TextBody "a" = }
`;
/** An unknown component on line 4. */
const UNKNOWN_COMPONENT = `flow typo { version "7.3" }
screen WELCOME "Welcome" {
  terminal
  TextHeadin "Hello"
  Footer "Done" -> complete
}
`;
/** Compiles, with a warning only (a routing cycle of three screens). */
const WARNS = `flow loop { version "7.3" }
screen START "Start" {
  Footer "Go" -> navigate ONE
}
screen ONE "One" {
  Footer "Next" -> navigate TWO
}
screen TWO "Two" {
  Footer "Next" -> navigate THREE
}
screen THREE "Three" {
  terminal
  EmbeddedLink "Again" -> navigate ONE
  Footer "Done" -> complete
}
`;
/** Nine screens: over the default limit of 8, within Meta's 100. */
const NINE_SCREENS = (() => {
  const ids = ['SA', 'SB', 'SC', 'SD', 'SE', 'SF', 'SG', 'SH', 'SI'];
  let text = 'flow big { version "7.3" }\n';
  ids.forEach((id, i) => {
    const last = i === ids.length - 1;
    text += `screen ${id} "Screen ${i}" {\n${last ? '  terminal\n' : ''}  Footer "Next" -> ${last ? 'complete' : `navigate ${ids[i + 1]}`}\n}\n`;
  });
  return text;
})();




/** Every file under `dir`, as sorted relative paths with '/' (hidden files included). */
function tree(dir: string): string[] {
  const out: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.push(relative(dir, path).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** `file:line:column` of each diagnostic of `text`, as compile() sees it. */
function locations(text: string, file: string): string[] {
  const result = compile(text, { fileName: file });
  return result.diagnostics.map((d) => {
    const p = result.source.position(d.span.start);
    return `${file}:${p.line}:${p.column}`;
  });
}



describe('the test flows', () => {
  test('compile as the tests assume', () => {
    expect(compile(DEMO).diagnostics).toEqual([]);
    expect(compile(BROKEN).diagnostics.some((d) => d.severity === 'error')).toBe(true);
    expect(compile(UNKNOWN_COMPONENT).diagnostics.map((d) => d.code)).toContain('FLOW5001');
    const warns = compile(WARNS).diagnostics;
    expect(warns.length).toBeGreaterThan(0);
    expect(warns.every((d) => d.severity === 'warning')).toBe(true);
    expect(compile(NINE_SCREENS).json).toBeUndefined();
    expect(compile(NINE_SCREENS, { limits: 'meta' }).json).toBeDefined();
  });
});

describe('flowc build', () => {
  test('writes <name>.json beside the flow, the same JSON compile() gives', () => {
    const dir = workspace({ 'demo.flow': DEMO });
    const run = flowc(['build', 'demo.flow'], dir);
    expect(run.status).toBe(0);
    expect(readFileSync(join(dir, 'demo.json'), 'utf8')).toBe(compile(DEMO, { fileName: 'demo.flow' }).json);
    expect(run.stderr).toBe('1 flow compiled\n');
    expect(run.stdout).toBe('');
    expect(tree(dir)).toEqual(['demo.flow', 'demo.json']);
  });

  test('replaces an existing output file', () => {
    const dir = workspace({ 'demo.flow': DEMO, 'demo.json': 'old\n' });
    expect(flowc(['build', 'demo.flow'], dir).status).toBe(0);
    expect(readFileSync(join(dir, 'demo.json'), 'utf8')).toBe(compile(DEMO).json);
    expect(tree(dir)).toEqual(['demo.flow', 'demo.json']);
  });

  test('a folder: every .flow under it, recursively, beside each file; node_modules and hidden folders skipped', () => {
    const dir = workspace({
      'flows/a.flow': DEMO,
      'flows/sub/deeper/b.flow': DEMO.replace('flow demo', 'flow b'),
      'flows/notes.txt': 'not a flow',
      'flows/node_modules/pkg/c.flow': DEMO,
      'flows/.cache/d.flow': DEMO,
    });
    const run = flowc(['build', 'flows'], dir);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('2 flows compiled\n');
    expect(tree(dir)).toEqual([
      'flows/.cache/d.flow',
      'flows/a.flow',
      'flows/a.json',
      'flows/node_modules/pkg/c.flow',
      'flows/notes.txt',
      'flows/sub/deeper/b.flow',
      'flows/sub/deeper/b.json',
    ]);
    expect(readFileSync(join(dir, 'flows/sub/deeper/b.json'), 'utf8')).toBe(compile(DEMO.replace('flow demo', 'flow b')).json);
  });

  test('--out-dir keeps the structure below the folder given, and takes named files flat', () => {
    const dir = workspace({ 'src/flows/a.flow': DEMO, 'src/flows/sub/b.flow': DEMO, 'other/c.flow': DEMO });
    const run = flowc(['build', 'src/flows', 'other/c.flow', '--out-dir', 'out/json'], dir);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('3 flows compiled\n');
    expect(tree(dir)).toEqual([
      'other/c.flow',
      'out/json/a.json',
      'out/json/c.json',
      'out/json/sub/b.json',
      'src/flows/a.flow',
      'src/flows/sub/b.flow',
    ]);
    expect(readFileSync(join(dir, 'out/json/sub/b.json'), 'utf8')).toBe(compile(DEMO).json);
  });

  test('--out-dir=<folder> works too, with an absolute folder', () => {
    const dir = workspace({ 'demo.flow': DEMO });
    const out = join(dir, 'abs');
    expect(flowc(['build', `--out-dir=${out}`, 'demo.flow'], dir).status).toBe(0);
    expect(tree(dir)).toEqual(['abs/demo.json', 'demo.flow']);
  });

  test('a flow with errors: exit 1, file:line:column in stderr, no output', () => {
    const dir = workspace({ 'broken.flow': BROKEN });
    const run = flowc(['build', 'broken.flow'], dir);
    expect(run.status).toBe(1);
    const expected = locations(BROKEN, 'broken.flow');
    expect(expected.length).toBeGreaterThan(0);
    for (const location of expected) expect(run.stderr).toContain(`--> ${location}\n`);
    expect(run.stderr).toMatch(/--> broken\.flow:2:29\n/); // the '=' on line 2
    expect(run.stderr).toMatch(/^error\[FLOW\d{4}\]: /m);
    expect(run.stderr).toContain('2 | screen A "x" { TextBody "a" = }');
    expect(run.stderr).not.toContain('\x1b['); // stderr is a pipe: no colour
    expect(run.stderr.trimEnd().split('\n').at(-1)).toMatch(/^1 flow compiled, 1 with errors: \d+ errors?$/);
    expect(tree(dir)).toEqual(['broken.flow']);
  });

  test('an unknown component is an error at its line and column', () => {
    const dir = workspace({ 'flows/typo.flow': UNKNOWN_COMPONENT });
    const run = flowc(['build', 'flows'], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`error\\[FLOW5001\\].*\\n.*--> ${join('flows', 'typo.flow').replace(/\\/g, '\\\\')}:4:3\\n`));
  });

  test('a failing build leaves the existing output byte-identical and leaves no temporary file', () => {
    const dir = workspace({ 'demo.flow': DEMO });
    expect(flowc(['build', 'demo.flow'], dir).status).toBe(0);
    const before = readFileSync(join(dir, 'demo.json'));
    writeFileSync(join(dir, 'demo.flow'), BROKEN);
    const run = flowc(['build', 'demo.flow'], dir);
    expect(run.status).toBe(1);
    expect(readFileSync(join(dir, 'demo.json')).equals(before)).toBe(true);
    expect(tree(dir)).toEqual(['demo.flow', 'demo.json']);
  });

  test('the good flows of a folder are written even when another has errors', () => {
    const dir = workspace({ 'f/good.flow': DEMO, 'f/bad.flow': BROKEN, 'f/bad.json': 'kept\n' });
    const run = flowc(['build', 'f'], dir);
    expect(run.status).toBe(1);
    const errors = compile(BROKEN).diagnostics.filter((d) => d.severity === 'error').length;
    expect(run.stderr.trimEnd().split('\n').at(-1)).toBe(`2 flows compiled, 1 with errors: ${errors} error${errors === 1 ? '' : 's'}`);
    expect(readFileSync(join(dir, 'f/good.json'), 'utf8')).toBe(compile(DEMO).json);
    expect(readFileSync(join(dir, 'f/bad.json'), 'utf8')).toBe('kept\n');
    expect(tree(dir)).toEqual(['f/bad.flow', 'f/bad.json', 'f/good.flow', 'f/good.json']);
  });

  test('warnings are shown, counted, and do not fail the build', () => {
    const dir = workspace({ 'loop.flow': WARNS });
    const run = flowc(['build', 'loop.flow'], dir);
    expect(run.status).toBe(0);
    const warnings = compile(WARNS).diagnostics.length;
    expect(run.stderr).toMatch(/^warning\[FLOW\d{4}\]/m);
    expect(run.stderr.trimEnd().split('\n').at(-1)).toBe(`1 flow compiled: ${warnings} warning${warnings === 1 ? '' : 's'}`);
    expect(readFileSync(join(dir, 'loop.json'), 'utf8')).toBe(compile(WARNS).json);
  });

  test('--limits meta is passed to the compiler', () => {
    const dir = workspace({ 'big.flow': NINE_SCREENS });
    expect(flowc(['build', 'big.flow'], dir).status).toBe(1);
    expect(existsSync(join(dir, 'big.json'))).toBe(false);
    expect(flowc(['build', 'big.flow', '--limits', 'meta'], dir).status).toBe(0);
    expect(readFileSync(join(dir, 'big.json'), 'utf8')).toBe(compile(NINE_SCREENS, { limits: 'meta' }).json);
    const bad = flowc(['build', 'big.flow', '--limits', 'huge'], dir);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("invalid value 'huge' for --limits: expected default or meta");
  });

  test('two flows that would write the same file: exit 2, nothing written', () => {
    const dir = workspace({ 'a/x.flow': DEMO, 'b/x.flow': DEMO });
    const run = flowc(['build', 'a/x.flow', 'b/x.flow', '--out-dir', 'out'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('would both be written to');
    expect(tree(dir)).toEqual(['a/x.flow', 'b/x.flow']);
  });
});

describe('colour', () => {
  test('--color forces ANSI colours, --no-color and NO_COLOR turn them off', () => {
    const dir = workspace({ 'broken.flow': BROKEN });
    expect(flowc(['check', 'broken.flow', '--color'], dir).stderr).toContain('\x1b[31merror[');
    expect(flowc(['check', 'broken.flow', '--color', '--no-color'], dir).stderr).not.toContain('\x1b[');
    expect(flowc(['check', 'broken.flow'], dir, { NO_COLOR: '1' }).stderr).not.toContain('\x1b[');
    // An explicit --color wins over NO_COLOR.
    expect(flowc(['check', 'broken.flow', '--color'], dir, { NO_COLOR: '1' }).stderr).toContain('\x1b[');
  });
});

describe('exit code 2: bad usage and unreadable input', () => {
  test('a missing file: exit 2, named in the message, and nothing compiled', () => {
    const dir = workspace({ 'demo.flow': DEMO });
    const run = flowc(['build', 'demo.flow', 'missing.flow'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("cannot read 'missing.flow': no such file or folder");
    expect(tree(dir)).toEqual(['demo.flow']);
  });

  test('a file that is not a .flow file', () => {
    const dir = workspace({ 'demo.json': '{}' });
    const run = flowc(['build', 'demo.json'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("'demo.json' is not a .flow file");
    expect(readFileSync(join(dir, 'demo.json'), 'utf8')).toBe('{}');
  });

  test('an unknown option, with a suggestion', () => {
    const dir = workspace({ 'demo.flow': DEMO });
    const run = flowc(['build', '--outdir', 'x', 'demo.flow'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("unknown option '--outdir' (did you mean '--out-dir'?)");
    expect(tree(dir)).toEqual(['demo.flow']);
    expect(flowc(['check', '--out-dir', 'x', 'demo.flow'], dir).status).toBe(2); // build only
    expect(flowc(['--frobnicate'], dir).status).toBe(2);
  });

  test('an option without its value', () => {
    const run = flowc(['build', 'demo.flow', '--out-dir'], workspace({ 'demo.flow': DEMO }));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("option '--out-dir' needs a value");
  });

  test('an unknown command, with a suggestion', () => {
    const run = flowc(['biuld', 'demo.flow'], workspace());
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("unknown command 'biuld' (did you mean 'build'?)");
  });

  test('no command, or no input', () => {
    const none = flowc([], workspace());
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('Usage: flowc <command>');
    const noInput = flowc(['check'], workspace());
    expect(noInput.status).toBe(2);
    expect(noInput.stderr).toContain('no input');
  });
});

describe('help and version', () => {
  test('--help, -h and help list the commands on stdout', () => {
    const dir = workspace();
    for (const args of [['--help'], ['-h'], ['help']]) {
      const run = flowc(args, dir);
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('Usage: flowc <command>');
      expect(run.stdout).toMatch(/^ {2}build +Compile/m);
      expect(run.stdout).toMatch(/^ {2}check +Check/m);
    }
  });

  test('help of a command: flowc help build, flowc build --help', () => {
    const dir = workspace();
    const a = flowc(['help', 'build'], dir);
    const b = flowc(['build', '--help'], dir);
    const c = flowc(['build', 'whatever.flow', '--bogus', '-h'], dir);
    expect(a.status).toBe(0);
    expect(a.stdout).toContain('Usage: flowc build');
    expect(a.stdout).toContain('--out-dir <folder>');
    expect(a.stdout).toContain('--limits <default|meta>');
    expect(b.stdout).toBe(a.stdout);
    expect(c.stdout).toBe(a.stdout);
    const check = flowc(['check', '--help'], dir);
    expect(check.stdout).toContain('Usage: flowc check');
    expect(check.stdout).not.toContain('--out-dir');
    expect(flowc(['help', 'nope'], dir).status).toBe(2);
  });

  test('--version prints the version of compiler/package.json', () => {
    const run = flowc(['--version'], workspace());
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${VERSION}\n`);
  });
});

describe('flowc check', () => {
  test('reports like build and writes nothing', () => {
    const dir = workspace({ 'demo.flow': DEMO, 'f/broken.flow': BROKEN });
    const clean = flowc(['check', 'demo.flow'], dir);
    expect(clean.status).toBe(0);
    expect(clean.stderr).toBe('1 flow checked\n');
    const run = flowc(['check', '.'], dir);
    expect(run.status).toBe(1);
    for (const location of locations(BROKEN, join('f', 'broken.flow'))) expect(run.stderr).toContain(location);
    expect(run.stderr.trimEnd().split('\n').at(-1)).toMatch(/^2 flows checked, 1 with errors: \d+ errors?$/);
    expect(tree(dir)).toEqual(['demo.flow', 'f/broken.flow']);
  });

  test('a folder without .flow files is fine: a note, exit 0', () => {
    const dir = workspace({ 'empty/readme.txt': 'x' });
    const run = flowc(['check', 'empty'], dir);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain("note: no .flow files in 'empty'");
    expect(run.stderr).toContain('0 flows checked');
  });
});

describe('--format json', () => {
  test('one JSON array of diagnostics on stdout, 1-based ranges', () => {
    const dir = workspace({ 'a/broken.flow': BROKEN, 'demo.flow': DEMO, 'typo.flow': UNKNOWN_COMPONENT });
    const run = flowc(['check', '.', '--format', 'json'], dir);
    expect(run.status).toBe(1);
    const parsed = JSON.parse(run.stdout) as unknown[];
    expect(Array.isArray(parsed)).toBe(true);
    const expected = [
      ['a/broken.flow', BROKEN],
      ['typo.flow', UNKNOWN_COMPONENT],
    ].flatMap(([file, text]) => {
      const name = join(...file!.split('/'));
      const result = compile(text!, { fileName: name });
      return result.diagnostics.map((d) => ({
        file: name,
        code: d.code,
        meta: d.meta ?? null,
        severity: d.severity,
        message: d.message,
        range: { start: result.source.position(d.span.start), end: result.source.position(d.span.end) },
      }));
    });
    expect(expected.length).toBeGreaterThan(1);
    expect(parsed).toEqual(expected);
    for (const item of parsed) {
      expect(Object.keys(item as object)).toEqual(['file', 'code', 'meta', 'severity', 'message', 'range']);
    }
    const typo = parsed.find((d) => (d as { code: string }).code === 'FLOW5001') as { range: unknown };
    expect(typo.range).toEqual({ start: { line: 4, column: 3 }, end: { line: 4, column: 13 } });
    expect(run.stderr).toBe(''); // no code frames, no summary
  });

  test('a clean build prints [] and still writes the output', () => {
    const dir = workspace({ 'demo.flow': DEMO });
    const run = flowc(['build', 'demo.flow', '--format=json'], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('[]\n');
    expect(readFileSync(join(dir, 'demo.json'), 'utf8')).toBe(compile(DEMO).json);
  });
});

describe('the argument parser', () => {
  const specs: OptionSpec[] = [
    { name: 'out-dir', value: { placeholder: '<folder>' }, description: '' },
    { name: 'limits', value: { placeholder: '<p>', choices: ['default', 'meta'] }, description: '' },
    { name: 'color', negatable: true, description: '' },
    { name: 'help', short: 'h', description: '' },
  ];

  test('values, flags, negation, -- and positionals', () => {
    expect(parseArgs(['a', '--out-dir', 'o', '--limits=meta', '--no-color', '-h', '--', '--x', '-'], specs)).toEqual({
      positionals: ['a', '--x', '-'],
      options: { 'out-dir': 'o', limits: 'meta', color: false, help: true },
    });
    expect(parseArgs(['--color', '-'], specs)).toEqual({ positionals: ['-'], options: { color: true } });
  });

  test('errors', () => {
    expect(() => parseArgs(['--help=yes'], specs)).toThrow(new UsageError("option '--help' takes no value"));
    expect(() => parseArgs(['--no-help'], specs)).toThrow(/unknown option '--no-help'/);
    expect(() => parseArgs(['--out-dir', '--limits', 'meta'], specs)).toThrow(/needs a value/);
    expect(() => parseArgs(['-x'], specs)).toThrow(/unknown option '-x'/);
    expect(() => parseArgs(['--limit', 'meta'], specs)).toThrow("unknown option '--limit' (did you mean '--limits'?)");
  });

  test('suggestions are for typos only', () => {
    expect(closest('biuld', ['build', 'check', 'help'])).toBe('build');
    expect(closest('chekc', ['build', 'check', 'help'])).toBe('check');
    expect(closest('compile', ['build', 'check', 'help'])).toBeUndefined();
  });

  test('summary line', () => {
    expect(summaryLine({ flows: 3, flowsWithErrors: 1, errors: 2, warnings: 1 }, 'compiled')).toBe(
      '3 flows compiled, 1 with errors: 2 errors, 1 warning',
    );
    expect(summaryLine({ flows: 1, flowsWithErrors: 0, errors: 0, warnings: 0 }, 'checked')).toBe('1 flow checked');
    expect(summaryLine({ flows: 2, flowsWithErrors: 0, errors: 0, warnings: 2 }, 'compiled')).toBe('2 flows compiled: 2 warnings');
  });
});
