// The outline of a .flow file: the header, the screens (with their titles), and under each screen its
// data fields and its named components, nested as written, If and Switch branches included.
import type * as A from '../ast.js';
import { isComponentNode } from '../ast.js';
import { componentSpec } from '../catalog/components.js';
import type { Analysis, DocumentSymbol } from './types.js';

export function documentSymbols(analysis: Analysis): DocumentSymbol[] {
  const { ast } = analysis.result;
  const out: DocumentSymbol[] = [];
  const header = ast.header;
  if (header) {
    const name = header.name;
    out.push({
      name: name?.name ?? 'flow',
      detail: 'flow',
      kind: 'flow',
      span: header.span,
      selectionSpan: name?.span ?? { start: header.span.start, end: header.span.start + 'flow'.length },
      children: [],
    });
  }
  for (const screen of ast.screens) {
    if (!screen.id.name) continue;
    out.push({
      name: screen.id.name,
      ...(screen.title ? { detail: screen.title.value } : {}),
      kind: 'screen',
      span: screen.span,
      selectionSpan: screen.id.span,
      children: membersSymbols(screen.members, analysis.text),
    });
  }
  return out;
}

function membersSymbols(members: readonly A.Member[], text: string): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  for (const m of members) {
    if (m.kind === 'DataBlock') out.push(dataSymbol(m));
    else if (isComponentNode(m)) out.push(...componentSymbols(m, text));
  }
  return out;
}

function dataSymbol(block: A.DataBlock): DocumentSymbol {
  return {
    name: 'data',
    kind: 'data',
    span: block.span,
    selectionSpan: { start: block.span.start, end: block.span.start + 'data'.length },
    children: block.fields.map((f) => ({ name: f.name.name, kind: 'dataField', span: f.span, selectionSpan: f.name.span, children: [] })),
  };
}

/** A named component is a symbol; an unnamed one only lends its named descendants to its parent. If and
 *  Switch are symbols of their own, so that the branches show. */
function componentSymbols(node: A.ComponentNode, text: string): DocumentSymbol[] {
  if (node.kind === 'If') {
    const branches = [...membersSymbols(node.then, text)];
    if (node.else && node.elseKeyword) {
      branches.push({
        name: 'else',
        kind: 'case',
        span: { start: node.elseKeyword.start, end: node.span.end },
        selectionSpan: node.elseKeyword,
        children: membersSymbols(node.else, text),
      });
    }
    return [{ name: 'If', detail: oneLine(text, node.condition.span), kind: 'component', span: node.span, selectionSpan: node.keyword.span, children: branches }];
  }
  if (node.kind === 'Switch') {
    const cases = node.cases.map((c): DocumentSymbol => ({
      name: c.key.name,
      detail: 'case',
      kind: 'case',
      span: c.span,
      selectionSpan: c.key.span,
      children: membersSymbols(c.members, text),
    }));
    return [{ name: 'Switch', detail: oneLine(text, node.value.span), kind: 'component', span: node.span, selectionSpan: node.keyword.span, children: cases }];
  }
  const children = membersSymbols(node.members, text);
  if (!node.name) return children;
  const input = componentSpec(node.type.name)?.input ?? false;
  return [{ name: node.name.name, detail: node.type.name, kind: input ? 'input' : 'component', span: node.span, selectionSpan: node.name.span, children }];
}

/** The source of a condition on one line, short enough for an outline. */
function oneLine(text: string, span: { start: number; end: number }): string {
  const s = text.slice(span.start, span.end).replace(/\s+/g, ' ');
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}
