// The .flow texts we publish are in the canonical layout: every samples/*.flow file and every ```flow block
// of docs/language.md is a fixed point of the formatter. To fix a failure: `flowc fmt samples`, or
// FORMAT_DOCS=1 npx vitest run test/format-docs.test.ts, which formats the samples and the ```flow blocks
// of docs/language.md in place — and refuses if the Flow JSON of any of them would change.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { compile } from '../compiler/src/compile.js';
import { formatFlow } from '../compiler/src/format/format.js';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const docPath = join(root, 'docs', 'language.md');
const samplesDir = join(root, 'samples');

/** Formats `text`, checking that it compiles to the same Flow JSON and diagnostics formatted. */
function reformat(text: string, where: string): string {
  const result = formatFlow(text);
  if (result.error) throw new Error(`${where}: ${result.error.message}`);
  const before = compile(text);
  const after = compile(result.text);
  const codes = (r: typeof before) => r.diagnostics.map((d) => d.code).join(' ');
  if (after.json !== before.json || codes(after) !== codes(before)) {
    throw new Error(`${where}: formatting would change the Flow JSON or the diagnostics; nothing was written`);
  }
  return result.text;
}

/** The markdown with each ```flow block formatted. */
function formatFlowBlocks(markdown: string, file: string): string {
  const lines = markdown.split('\n');
  for (const block of flowBlocks(markdown).reverse()) {
    const formatted = reformat(block.text, `${file}:${block.line}`).replace(/\n$/, '');
    lines.splice(block.line, block.text.split('\n').length - 1, ...(formatted === '' ? [] : formatted.split('\n')));
  }
  return lines.join('\n');
}

// FORMAT_DOCS=1: format first (before the tests below read the files), all or nothing.
if (process.env['FORMAT_DOCS'] === '1') {
  const samples = readdirSync(samplesDir).filter((f) => f.endsWith('.flow'));
  const texts = samples.map((name) => reformat(readFileSync(join(samplesDir, name), 'utf8').replace(/\r\n/g, '\n'), `samples/${name}`));
  const markdown = formatFlowBlocks(readFileSync(docPath, 'utf8').replace(/\r\n/g, '\n'), 'docs/language.md');
  samples.forEach((name, i) => writeFileSync(join(samplesDir, name), texts[i]!));
  writeFileSync(docPath, markdown);
}

/** Fenced blocks whose info string is exactly `flow`, with the line of their opening fence. */
function flowBlocks(markdown: string): { line: number; text: string }[] {
  const blocks: { line: number; text: string }[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^```\s*(\S*)\s*$/.exec(lines[i]!);
    if (!open) continue;
    let end = i + 1;
    while (end < lines.length && !/^```\s*$/.test(lines[end]!)) end++;
    if (open[1] === 'flow') blocks.push({ line: i + 1, text: `${lines.slice(i + 1, end).join('\n')}\n` });
    i = end;
  }
  return blocks;
}

describe('samples/*.flow are formatted', () => {
  const samples = readdirSync(samplesDir).filter((f) => f.endsWith('.flow')).sort();
  test.each(samples)('%s', (name) => {
    const text = readFileSync(join(samplesDir, name), 'utf8').replace(/\r\n/g, '\n');
    const result = formatFlow(text);
    expect(result.error?.message).toBeUndefined();
    expect(text, `samples/${name} is not formatted: run flowc fmt samples`).toBe(result.text);
  });
});

describe('the ```flow examples of docs/language.md are formatted', () => {
  const blocks = flowBlocks(readFileSync(docPath, 'utf8').replace(/\r\n/g, '\n'));
  test('there are examples', () => {
    expect(blocks.length).toBeGreaterThan(10);
  });
  test.each(blocks.map((b) => [b.line, b.text] as const))('the block at line %i', (_, text) => {
    const result = formatFlow(text);
    expect(result.error?.message).toBeUndefined();
    expect(text, 'the example is not formatted; formatted, it reads').toBe(result.text);
  });
});
