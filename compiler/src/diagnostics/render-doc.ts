// The catalogue of codes as text: `flowc explain FLOWnnnn` (one code, for the terminal), `flowc explain`
// (the index) and docs/diagnostics.md (everything, as Markdown). All three read codes.ts and compile
// each code's `wrong` example to show what it reports, so the docs cannot drift from the compiler.
import { compile } from '../compile.js';
import { importFlowJson } from '../import/import.js';
import { DIAGNOSTIC_CODES, type CodeEntry, type DiagnosticCode } from './codes.js';
import { renderDiagnostic } from './render.js';

export interface Band {
  /** The first digit of the codes: '1' for FLOW1xxx. */
  readonly digit: string;
  readonly title: string;
}

export const BANDS: readonly Band[] = [
  { digit: '1', title: 'Syntax and flow settings' },
  { digit: '2', title: 'Names and references' },
  { digit: '3', title: 'Types and values' },
  { digit: '4', title: 'Actions and routing' },
  { digit: '5', title: 'Components and placement' },
  { digit: '6', title: 'Limits' },
  { digit: '7', title: 'Versions' },
  { digit: '8', title: 'Beyond Meta' },
  { digit: '9', title: 'Import and validate (Flow JSON)' },
];

/** Every code, in numeric order. */
export function allCodes(): DiagnosticCode[] {
  return (Object.keys(DIAGNOSTIC_CODES) as DiagnosticCode[]).sort();
}

export function bandOf(code: string): Band | undefined {
  return BANDS.find((b) => code.startsWith(`FLOW${b.digit}`));
}

/** The file name the examples are compiled under, as their code frames show it. */
export const EXAMPLE_FILE = 'wrong.flow';
/** The same for the Flow JSON examples of FLOW9xxx, which run through `flowc import`. */
export const JSON_EXAMPLE_FILE = 'wrong.json';

/** Whether a code's examples are Flow JSON files (FLOW9xxx: problems of Flow JSON files) rather than .flow. */
export function hasJsonExamples(code: string): boolean {
  return code.startsWith('FLOW9');
}

/** The diagnostics of an example of a code: .flow compiled, Flow JSON imported (FLOW9xxx). */
export function exampleDiagnostics(code: string, text: string, fileName?: string) {
  return hasJsonExamples(code)
    ? importFlowJson(text, { fileName: fileName ?? JSON_EXAMPLE_FILE })
    : compile(text, { fileName: fileName ?? EXAMPLE_FILE });
}

/** The diagnostics the `wrong` example of an entry produces, as code frames. */
export function exampleFrames(entry: CodeEntry, options: { color?: boolean } = {}, code = ''): string | undefined {
  if (!entry.wrong) return undefined;
  const result = exampleDiagnostics(code, entry.wrong);
  return result.diagnostics.map((d) => renderDiagnostic(d, result.source, options)).join('\n\n');
}

/** `flowc explain` without a code: every code with its title, by band. */
export function renderCodeIndex(): string {
  const lines: string[] = [];
  for (const band of BANDS) {
    const codes = allCodes().filter((c) => bandOf(c) === band);
    if (codes.length === 0) continue;
    lines.push(`FLOW${band.digit}xxx  ${band.title}`);
    for (const code of codes) {
      const entry = DIAGNOSTIC_CODES[code];
      lines.push(`  ${code}  ${entry.severity.padEnd(7)}  ${entry.title}`);
    }
    lines.push('');
  }
  lines.push("Run 'flowc explain FLOWnnnn' for the explanation of a code, with an example and its fix.");
  return `${lines.join('\n')}\n`;
}

/** `flowc explain FLOWnnnn`: what the code means, a wrong example with what it reports, and the fix. */
export function renderExplanation(code: DiagnosticCode, options: { color?: boolean } = {}): string {
  const entry = DIAGNOSTIC_CODES[code];
  const lines = [`${code}: ${entry.title}`, ''];
  lines.push(`severity: ${entry.severity}`);
  lines.push(`Meta's code: ${entry.meta ?? 'none'}`);
  lines.push(`message: ${entry.message}`);
  if (entry.help) lines.push(`help: ${entry.help}`);
  lines.push('', wrap(entry.explanation, 100));
  if (entry.wrong) {
    lines.push('', 'Wrong:', '', indent(entry.wrong), '', 'flowc reports:', '', exampleFrames(entry, options, code) || '(nothing)');
  }
  if (entry.fixed) lines.push('', 'Fixed:', '', indent(entry.fixed));
  return `${lines.join('\n').trimEnd()}\n`;
}

/** docs/diagnostics.md. */
export function renderDiagnosticsDoc(): string {
  const out: string[] = [
    '# Diagnostics',
    '',
    '<!-- Generated from compiler/src/diagnostics/codes.ts by `npm run docs`. Do not edit by hand:',
    '     test/diagnostic-codes.test.ts fails when this file is out of date. -->',
    '',
    'Every problem flowc reports has a stable code, `FLOW` and four digits, shown in the code frame',
    '(`error[FLOW2003]: …`), in `--format json` and in the editor. The first digit is the band. When Meta\'s',
    'validator reports the same problem, its code is given too, so that an error from Meta\'s Flow Builder',
    'can be found here. `flowc explain FLOW2003` prints the section of one code in the terminal; `flowc',
    'explain` lists them all.',
    '',
    'Each section has the code\'s message (`{…}` are filled in), what it means, a complete `.flow` file that',
    'has the problem with what flowc reports for it, and the same file fixed. The examples are compiled',
    'when this page is generated, and a test checks that each wrong file reports its code and each fixed',
    'file does not.',
    '',
    'FLOW8xxx are warnings about Flows that Meta accepts but that lose answers or strand users. They run',
    'only on a flow without errors: on a broken flow they would mostly repeat the errors.',
    '',
    'FLOW9xxx are problems of Flow JSON files themselves, found by `flowc validate` and `flowc import`',
    '(docs/cli.md): their examples are Flow JSON files, run through `flowc import`.',
    '',
    '## Index',
    '',
  ];
  for (const band of BANDS) {
    const codes = allCodes().filter((c) => bandOf(c) === band);
    if (codes.length === 0) continue;
    out.push(`### FLOW${band.digit}xxx: ${band.title}`, '', '| code | severity | title | Meta |', '|---|---|---|---|');
    for (const code of codes) {
      const e = DIAGNOSTIC_CODES[code];
      out.push(`| [${code}](#${code.toLowerCase()}) | ${e.severity} | ${cell(e.title)} | ${e.meta ? `\`${e.meta}\`` : ''} |`);
    }
    out.push('');
  }
  for (const band of BANDS) {
    const codes = allCodes().filter((c) => bandOf(c) === band);
    if (codes.length === 0) continue;
    out.push(`## FLOW${band.digit}xxx: ${band.title}`, '');
    for (const code of codes) out.push(...codeSection(code));
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function codeSection(code: DiagnosticCode): string[] {
  const e = DIAGNOSTIC_CODES[code];
  const out = [`### ${code}`, '', `**${e.title}** · ${e.severity}${e.meta ? ` · Meta: \`${e.meta}\`` : ''}`, ''];
  out.push(`Message: ${inlineCode(e.message)}`, '');
  if (e.help) out.push(`Help: ${inlineCode(e.help)}`, '');
  out.push(e.explanation, '');
  const language = hasJsonExamples(code) ? 'json' : 'flow';
  if (e.wrong) {
    out.push('Wrong:', '', fence(language, e.wrong), '');
    out.push('flowc reports:', '', fence('text', exampleFrames(e, {}, code) || '(nothing)'), '');
  }
  if (e.fixed) out.push('Fixed:', '', fence(language, e.fixed), '');
  return out;
}

function fence(tag: string, text: string): string {
  const body = text.replace(/\n+$/, '');
  const ticks = '`'.repeat(Math.max(3, ...(body.match(/`+/g) ?? []).map((m) => m.length + 1)));
  return `${ticks}${tag}\n${body}\n${ticks}`;
}

/** Text as one inline code span, with a delimiter longer than any run of backticks inside it. */
function inlineCode(text: string): string {
  const ticks = '`'.repeat(Math.max(1, ...(text.match(/`+/g) ?? []).map((m) => m.length + 1)));
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${text}${pad}${ticks}`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

function indent(text: string): string {
  return text
    .replace(/\n+$/, '')
    .split('\n')
    .map((l) => (l ? `    ${l}` : ''))
    .join('\n');
}

/** Greedy word wrap at `width` columns. */
function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}
