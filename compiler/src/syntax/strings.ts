// Decodes what the grammar leaves as raw text: string tokens with their escapes and `${…}` references.
// Problems inside a string (a bad escape, an unclosed `${`, a reference that is not one) are reported
// at their own position within the string.
import type { IToken } from 'chevrotain';
import type * as A from '../ast.js';
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Span } from '../source.js';

export function tokenSpan(t: IToken): Span {
  return { start: t.startOffset, end: t.startOffset + t.image.length };
}

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', $: '$' };
const REFERENCE_TEXT = /^\s*(?:screen\.([A-Za-z_][\w-]*)\.)?(data|form)((?:\.[\w-]+)+)\s*$/;

/** Decodes a string token: escapes, and `${reference}` parts. Reports bad escapes and references. */
export function decodeString(t: IToken, diagnostics: Diagnostic[]): A.StringLiteral {
  const span = tokenSpan(t);
  const raw = t.image;
  const closed = raw.length >= 2 && raw.endsWith('"') && t.tokenType.name === 'ClosedString';
  if (!closed) diagnostics.push(createDiagnostic('FLOW1002', span));
  const body = raw.slice(1, closed ? -1 : undefined);
  // the common case, a plain string: no escapes or references to decode
  if (body.indexOf('\\') < 0 && body.indexOf('${') < 0) return { kind: 'String', value: body, parts: [body], span };
  const base = span.start + 1;
  const parts: A.StringPart[] = [];
  let text = '';
  let value = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '\\') {
      const e = body[i + 1] ?? '';
      if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(body.slice(i + 2, i + 6))) {
        const ch = String.fromCharCode(parseInt(body.slice(i + 2, i + 6), 16));
        text += ch;
        value += ch;
        i += 5;
      } else if (e in ESCAPES) {
        text += ESCAPES[e];
        value += ESCAPES[e];
        i += 1;
      } else {
        // a broken \uXXXX is shown whole ('\u12G4'), not as a lone '\u'
        const shown = e === 'u' ? body.slice(i + 1, i + 6).replace(/["\\].*$/, '') : e;
        diagnostics.push(
          createDiagnostic('FLOW1007', { start: base + i, end: base + i + 1 + Math.max(1, shown.length) }, { char: shown }),
        );
        i += 1;
      }
    } else if (c === '$' && body[i + 1] === '{') {
      const close = body.indexOf('}', i + 2);
      const inner = close < 0 ? body.slice(i + 2) : body.slice(i + 2, close);
      const refSpan = { start: base + i, end: base + (close < 0 ? body.length : close + 1) };
      const ref = close < 0 ? undefined : interpolated(inner, base + i + 2);
      if (close < 0) {
        diagnostics.push(createDiagnostic('FLOW1004', refSpan, { expected: "'}' to close '${'", found: 'the end of the string' }));
      } else if (!ref) {
        diagnostics.push(createDiagnostic('FLOW1008', refSpan, { text: inner }));
      } else {
        if (text) parts.push(text);
        text = '';
        parts.push(ref);
      }
      value += close < 0 ? body.slice(i) : body.slice(i, close + 1);
      i = close < 0 ? body.length : close;
    } else {
      text += c;
      value += c;
    }
  }
  if (text || parts.length === 0) parts.push(text);
  return { kind: 'String', value, parts, span };
}

/** Where each closed `${…}` of a text is: the offsets of its inside, [from, to). */
export function bindingRanges(text: string): { readonly from: number; readonly to: number }[] {
  const ranges: { from: number; to: number }[] = [];
  for (let i = text.indexOf('${'); i >= 0; i = text.indexOf('${', i + 2)) {
    const close = text.indexOf('}', i + 2);
    if (close < 0) break;
    ranges.push({ from: i + 2, to: close });
  }
  return ranges;
}

/**
 * The references inside a backtick expression's text, which starts at offset `start`. A `${…}` that is
 * no reference is left alone: it is part of Meta's expression, not a name to check.
 */
export function backtickReferences(raw: string, start: number): A.Reference[] {
  const references: A.Reference[] = [];
  for (const { from, to } of bindingRanges(raw)) {
    const ref = interpolated(raw.slice(from, to), start + from);
    if (ref) references.push(ref);
  }
  return references;
}

/** Parses the inside of `${…}` as a reference; `start` is the offset of its first character. */
function interpolated(inner: string, start: number): A.Reference | undefined {
  const m = REFERENCE_TEXT.exec(inner);
  if (!m) return undefined;
  const from = start + inner.length - inner.trimStart().length;
  const { root, screen, path } = referenceParts(m, from, (a, b) => ({ start: a, end: b }));
  return { kind: 'Reference', root, screen, path, span: { start: from, end: from + inner.trim().length } };
}

/**
 * The root, screen and path of a reference that `m` matched (groups: screen, data|form, the `.a.b` path),
 * the reference's first character at offset `at`; `spanOf` makes the identifiers' spans from offsets.
 */
export function referenceParts(
  m: RegExpExecArray,
  at: number,
  spanOf: (start: number, end: number) => Span,
): { readonly root: 'data' | 'form'; readonly screen: A.Identifier | undefined; readonly path: A.Identifier[] } {
  let offset = at;
  const word = (name: string): A.Identifier => {
    const id: A.Identifier = { kind: 'Identifier', name, span: spanOf(offset, offset + name.length) };
    offset += name.length + 1;
    return id;
  };
  let screen: A.Identifier | undefined;
  if (m[1]) {
    offset += 'screen.'.length;
    screen = word(m[1]);
  }
  offset += m[2]!.length + 1;
  const path = m[3]!.slice(1).split('.').map(word);
  return { root: m[2] as 'data' | 'form', screen, path };
}
