// Folding: every block, item list, object or array literal, object type and block comment that spans
// more than one line. Spans run from the construct's first character to its last (end exclusive); the
// language server turns them into line ranges.
import type * as A from '../ast.js';
import type { Span } from '../source.js';
import { walk } from './node-at.js';
import type { Analysis } from './types.js';

export function foldingRanges(analysis: Analysis): Span[] {
  const { ast, source } = analysis.result;
  const spans: Span[] = [];
  const add = (span: Span | undefined) => {
    if (span && span.end > span.start && source.position(span.start).line < source.position(span.end - 1).line) spans.push(span);
  };
  walk(ast, (node) => {
    switch (node.kind) {
      case 'Header':
      case 'Screen':
      case 'DataBlock':
      case 'Switch':
      case 'Case':
      case 'ItemList':
      case 'Object':
      case 'Array':
      case 'ObjectType':
        add(node.span);
        break;
      case 'Component':
        add(node.block);
        break;
      case 'Item':
        if (node.members.length > 0) add(node.span);
        break;
      case 'If':
        addIf(node, add);
        break;
      default:
        break;
    }
  });
  for (const c of ast.comments) if (c.block) add(c.span);
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The then branch folds up to `else`, the else branch from `else` to the end. */
function addIf(node: A.IfNode, add: (span: Span) => void): void {
  if (!node.elseKeyword) return add(node.span);
  add({ start: node.span.start, end: node.elseKeyword.start });
  add({ start: node.elseKeyword.start, end: node.span.end });
}
