// The examples of docs/language.md are complete files that compile: every ```flow block compiles with
// no error, and every ```flow-error block (a mistake shown on purpose) produces at least one error.
// Fragments (the grammar, tables, short snippets) carry no `flow` tag and are not compiled.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { compile, renderDiagnostic } from '../compiler/src/index.js';
import { ALL_COMPONENTS, ALL_ACTIONS } from './support/flow.js';

const here = dirname(fileURLToPath(import.meta.url));
const docPath = join(dirname(here), 'docs', 'language.md');
const markdown = readFileSync(docPath, 'utf8').replace(/\r\n/g, '\n');

interface Block {
  readonly tag: 'flow' | 'flow-error';
  readonly line: number;
  readonly text: string;
}

/** Fenced blocks whose info string is exactly `flow` or `flow-error`, with the line of their opening fence. */
function flowBlocks(md: string): Block[] {
  const blocks: Block[] = [];
  const lines = md.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^```\s*(\S*)\s*$/.exec(lines[i]!);
    if (!open) continue;
    const tag = open[1]!;
    let end = i + 1;
    while (end < lines.length && !/^```\s*$/.test(lines[end]!)) end++;
    if (tag === 'flow' || tag === 'flow-error') {
      blocks.push({ tag, line: i + 1, text: `${lines.slice(i + 1, end).join('\n')}\n` });
    }
    i = end;
  }
  return blocks;
}

/** Component types (objects with a string `type`, except the layout, navigate targets and data models)
 *  and action names (objects under a `…-action` key) anywhere in a Flow JSON value. */
function collect(v: unknown, key: string, components: Set<string>, actions: Set<string>): void {
  if (Array.isArray(v)) {
    for (const e of v) collect(e, key, components, actions);
  } else if (typeof v === 'object' && v !== null) {
    const o = v as Record<string, unknown>;
    if (key.endsWith('-action') && typeof o['name'] === 'string') actions.add(o['name']);
    if (typeof o['type'] === 'string' && key !== 'next' && key !== 'layout') components.add(o['type']);
    // a screen's `data` is its data model: its `type`s are JSON Schema types, not components
    for (const [k, e] of Object.entries(o)) if (k !== 'data') collect(e, k, components, actions);
  }
}

const blocks = flowBlocks(markdown);
const examples = blocks.filter((b) => b.tag === 'flow');
const mistakes = blocks.filter((b) => b.tag === 'flow-error');

describe('docs/language.md examples', () => {
  test('the reference has examples and shows some mistakes', () => {
    expect(examples.length).toBeGreaterThanOrEqual(20);
    expect(mistakes.length).toBeGreaterThanOrEqual(1);
  });

  test('the examples show every component type and every action', () => {
    const components = new Set<string>();
    const actions = new Set<string>();
    for (const block of examples) collect(compile(block.text).flow, '', components, actions);
    expect(ALL_COMPONENTS.filter((c) => !components.has(c)), 'component types without an example').toEqual([]);
    expect(ALL_ACTIONS.filter((a) => !actions.has(a)), 'actions without an example').toEqual([]);
  });

  test.each(examples.map((b) => [b.line, b] as const))('```flow block at line %i compiles without errors', (line, block) => {
    const result = compile(block.text, { fileName: `docs/language.md:${line}` });
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => renderDiagnostic(d, result.source)).join('\n\n')).toBe('');
    expect(result.json).toBeDefined();
  });

  test.each(mistakes.map((b) => [b.line, b] as const))('```flow-error block at line %i does not compile', (line, block) => {
    const result = compile(block.text, { fileName: `docs/language.md:${line}` });
    expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    expect(result.json).toBeUndefined();
  });
});
