// Turns Chevrotain's CST into the AST, and decodes what the grammar leaves as raw text (strings with
// their escapes and ${…} references). Recovery can leave holes in the CST: every lookup here is
// defensive, and a hole becomes a smaller AST, never an exception.
import type { CstElement, CstNode, IToken } from 'chevrotain';
import type * as A from '../ast.js';
import { BINARY_PRECEDENCE as PRECEDENCE } from '../ast.js';
import type { ActionName } from '../catalog/types.js';
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Span } from '../source.js';


function isToken(e: CstElement | undefined): e is IToken {
  return e !== undefined && 'image' in e;
}

function isNode(e: CstElement | undefined): e is CstNode {
  return e !== undefined && 'children' in e;
}

/** A real (not recovery-inserted) token of `node` under `key`. */
function token(node: CstNode | undefined, key: string, index = 0): IToken | undefined {
  const e = node?.children[key]?.[index];
  return isToken(e) && !e.isInsertedInRecovery && !Number.isNaN(e.startOffset) ? e : undefined;
}

function tokens(node: CstNode | undefined, key: string): IToken[] {
  return (node?.children[key] ?? []).filter(
    (e): e is IToken => isToken(e) && !e.isInsertedInRecovery && !Number.isNaN(e.startOffset),
  );
}

function child(node: CstNode | undefined, key: string, index = 0): CstNode | undefined {
  const e = node?.children[key]?.[index];
  return isNode(e) ? e : undefined;
}

function childrenOf(node: CstNode | undefined, key: string): CstNode[] {
  return (node?.children[key] ?? []).filter(isNode);
}

export function tokenSpan(t: IToken): Span {
  return { start: t.startOffset, end: t.startOffset + t.image.length };
}

/** A CST node's span, from the offsets Chevrotain tracks (NaN where recovery left the node empty). */
function nodeSpan(node: CstNode, fallback: number): Span {
  const loc = node.location;
  const start = loc?.startOffset ?? Number.NaN;
  const end = loc?.endOffset ?? Number.NaN;
  return Number.isNaN(start) || Number.isNaN(end) ? { start: fallback, end: fallback } : { start, end: end + 1 };
}

function identifier(t: IToken): A.Identifier {
  return { kind: 'Identifier', name: t.image, span: tokenSpan(t) };
}

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', $: '$' };
const REFERENCE_TEXT = /^\s*(?:screen\.([A-Za-z_][\w-]*)\.)?(data|form)((?:\.[\w-]+)+)\s*$/;

export class AstBuilder {
  readonly diagnostics: Diagnostic[] = [];
  private lastOffset = 0;

  constructor(private readonly text: string) {}

  file(cst: CstNode, comments: A.Comment[]): A.FlowFile {
    const headerCst = child(cst, 'header');
    const header = headerCst ? this.header(headerCst) : undefined;
    const screens = childrenOf(cst, 'screen').map((s) => this.screen(s));
    return {
      kind: 'File',
      header,
      screens,
      comments,
      span: { start: 0, end: this.text.length },
    };
  }

  private span(node: CstNode): Span {
    const s = nodeSpan(node, this.lastOffset);
    this.lastOffset = s.end;
    return s;
  }

  private missing(at: number): A.Identifier {
    return { kind: 'Identifier', name: '', span: { start: at, end: at } };
  }

  private header(cst: CstNode): A.FlowHeader {
    const name = token(cst, 'Name');
    return {
      kind: 'Header',
      name: name ? identifier(name) : undefined,
      settings: childrenOf(cst, 'setting').flatMap((s) => {
        const key = token(s, 'LowerIdent');
        if (!key) return [];
        const str = token(s, 'StringLiteral');
        const num = token(s, 'NumberLiteral');
        const value = str ? this.string(str) : num ? this.number(num) : undefined;
        return [{ kind: 'Setting' as const, name: identifier(key), value, span: this.span(s) }];
      }),
      span: this.span(cst),
    };
  }

  private screen(cst: CstNode): A.Screen {
    const span = this.span(cst);
    const id = token(cst, 'Name');
    const title = token(cst, 'StringLiteral');
    return {
      kind: 'Screen',
      id: id ? identifier(id) : this.missing(span.end),
      title: title ? this.string(title) : undefined,
      members: this.block(child(cst, 'block')),
      span,
    };
  }

  private block(cst: CstNode | undefined): A.Member[] {
    return childrenOf(cst, 'member').flatMap((m) => {
      const member = this.member(m);
      return member ? [member] : [];
    });
  }

  private member(cst: CstNode): A.Member | undefined {
    const [key] = Object.keys(cst.children);
    const inner = key ? child(cst, key) : undefined;
    if (!inner) return undefined;
    switch (key) {
      case 'dataBlock':
        return this.dataBlock(inner);
      case 'routesDecl':
        return {
          kind: 'Routes',
          targets: tokens(inner, 'Name').map(identifier),
          span: this.span(inner),
        };
      case 'property':
        return this.property(inner);
      case 'ifComponent':
        return this.ifNode(inner);
      case 'switchComponent':
        return this.switchNode(inner);
      case 'component':
        return this.component(inner);
      default:
        return undefined;
    }
  }

  private property(cst: CstNode): A.Property | undefined {
    const key = token(cst, 'LowerIdent');
    if (!key) return undefined;
    const valueCst = child(cst, 'value');
    const itemsCst = child(cst, 'itemList');
    const value = valueCst ? this.value(valueCst) : itemsCst ? this.itemList(itemsCst) : undefined;
    // `key:` with the value lost to a syntax error: keep the key, but not as a flag (that would be `true`).
    if (!value && token(cst, 'Colon')) return undefined;
    return { kind: 'Property', name: identifier(key), value, span: this.span(cst) };
  }

  private component(cst: CstNode): A.Component | undefined {
    const type = token(cst, 'UpperIdent');
    if (!type) return undefined;
    // two strings after the keyword: a "quoted name", then the text
    const strings = tokens(cst, 'StringLiteral');
    const quotedName = strings.length === 2 ? strings[0] : undefined;
    const word = token(cst, 'Name');
    const name = word
      ? identifier(word)
      : quotedName
        ? { kind: 'Identifier' as const, name: this.string(quotedName).value, span: tokenSpan(quotedName) }
        : undefined;
    const text = this.mainText(cst, strings[strings.length - 1]);
    const blockCst = child(cst, 'block');
    const actionCst = child(cst, 'action');
    const action = actionCst ? this.action(actionCst) : undefined;
    return {
      kind: 'Component',
      type: identifier(type),
      name,
      text,
      members: this.block(blockCst),
      block: blockCst ? nodeSpan(blockCst, type.startOffset) : undefined,
      action,
      span: this.span(cst),
    };
  }

  private mainText(cst: CstNode, str: IToken | undefined): A.Component['text'] {
    if (str) return this.string(str);
    const ref = child(cst, 'reference');
    if (ref) return this.reference(ref);
    const bt = token(cst, 'Backtick');
    return bt ? { kind: 'Backtick', raw: bt.image.slice(1, -1), span: tokenSpan(bt) } : undefined;
  }

  private ifNode(cst: CstNode): A.IfNode | undefined {
    const keyword = token(cst, 'Kw_If');
    const condition = this.expression(child(cst, 'expression'));
    if (!keyword || !condition) return undefined;
    const elseKw = token(cst, 'Kw_else');
    const elseBlock = child(cst, 'block', 1);
    return {
      kind: 'If',
      keyword: identifier(keyword),
      condition,
      then: this.block(child(cst, 'block')),
      else: elseKw ? this.block(elseBlock) : undefined,
      elseKeyword: elseKw ? tokenSpan(elseKw) : undefined,
      span: this.span(cst),
    };
  }

  private switchNode(cst: CstNode): A.SwitchNode | undefined {
    const keyword = token(cst, 'Kw_Switch');
    const value = this.expression(child(cst, 'expression'));
    if (!keyword || !value) return undefined;
    return {
      kind: 'Switch',
      keyword: identifier(keyword),
      value,
      cases: childrenOf(cst, 'switchCase').flatMap((c) => {
        const name = token(c, 'Name');
        const str = token(c, 'StringLiteral');
        const key = name
          ? identifier(name)
          : str
            ? { kind: 'Identifier' as const, name: this.string(str).value, span: tokenSpan(str) }
            : undefined;
        if (!key) return [];
        return [{ kind: 'Case' as const, key, members: this.block(child(c, 'block')), span: this.span(c) }];
      }),
      span: this.span(cst),
    };
  }

  private dataBlock(cst: CstNode): A.DataBlock {
    return {
      kind: 'DataBlock',
      fields: childrenOf(cst, 'dataField').flatMap((f) => {
        const name = token(f, 'Name');
        if (!name) return [];
        const typeCst = child(f, 'typeExpr');
        const type = typeCst ? this.typeExpr(typeCst) : undefined;
        const exampleCst = child(f, 'value');
        const example = exampleCst ? this.value(exampleCst) : undefined;
        return [
          {
            kind: 'DataField' as const,
            name: identifier(name),
            type,
            example,
            span: this.span(f),
          },
        ];
      }),
      span: this.span(cst),
    };
  }

  private typeExpr(cst: CstNode): A.TypeExpression | undefined {
    const span = this.span(cst);
    if (token(cst, 'LBracket')) {
      const element = this.typeExpr(child(cst, 'typeExpr') ?? cst);
      return element && child(cst, 'typeExpr') ? { kind: 'ArrayType', element, span } : undefined;
    }
    if (token(cst, 'LBrace')) {
      const names = tokens(cst, 'Name');
      const types = childrenOf(cst, 'typeExpr');
      const fields = names.flatMap((n, i) => {
        const t = types[i] ? this.typeExpr(types[i]!) : undefined;
        return t ? [{ name: identifier(n), type: t }] : [];
      });
      return { kind: 'ObjectType', fields, span };
    }
    const word = token(cst, 'Name');
    if (!word) return undefined;
    const schema = child(cst, 'objectLiteral');
    if (schema && word.image === 'schema') return { kind: 'SchemaType', schema: this.object(schema), span };
    return { kind: 'PrimitiveType', name: word.image, span: tokenSpan(word) };
  }

  private itemList(cst: CstNode): A.ItemList {
    return {
      kind: 'ItemList',
      items: childrenOf(cst, 'item').flatMap((i) => {
        const name = token(i, 'Name');
        const idString = token(i, 'StringLiteral', 0);
        const idNumber = token(i, 'NumberLiteral');
        // With a name or number id, the first string is the title; with a string id, the second one.
        const stringIds = tokens(i, 'StringLiteral');
        let id: A.Identifier | undefined;
        let idStyle: A.Item['idStyle'] = 'name';
        let title: IToken | undefined;
        if (name) {
          id = identifier(name);
          title = stringIds[0];
        } else if (idNumber) {
          id = { kind: 'Identifier', name: idNumber.image, span: tokenSpan(idNumber) };
          idStyle = 'number';
          title = stringIds[0];
        } else if (idString) {
          id = { kind: 'Identifier', name: this.string(idString).value, span: tokenSpan(idString) };
          idStyle = 'string';
          title = stringIds[1];
        }
        if (!id) return [];
        return [
          {
            kind: 'Item' as const,
            id,
            idStyle,
            title: title ? this.string(title) : undefined,
            members: this.block(child(i, 'block')),
            span: this.span(i),
          },
        ];
      }),
      span: this.span(cst),
    };
  }

  private action(cst: CstNode): A.Action | undefined {
    const span = this.span(cst);
    const keywordKeys: [string, ActionName][] = [
      ['Kw_navigate', 'navigate'],
      ['Kw_complete', 'complete'],
      ['Kw_data_exchange', 'data_exchange'],
      ['Kw_update_data', 'update_data'],
      ['Kw_open_url', 'open_url'],
    ];
    for (const [key, name] of keywordKeys) {
      const kw = token(cst, key);
      if (!kw) continue;
      const target = token(cst, 'Name');
      const payloadCst = child(cst, 'objectLiteral');
      const url = token(cst, 'StringLiteral');
      if (name === 'navigate' && !target) return undefined;
      return {
        kind: 'Action',
        name,
        keyword: tokenSpan(kw),
        target: target ? identifier(target) : undefined,
        payload: payloadCst ? this.object(payloadCst) : undefined,
        url: url ? this.string(url) : undefined,
        span,
      };
    }
    return undefined;
  }

  private value(cst: CstNode): A.Value | undefined {
    const action = child(cst, 'action');
    if (action) return this.action(action);
    return this.expression(child(cst, 'expression'));
  }

  /** Operands and operators in source order, folded by precedence (all operators are left-associative). */
  private expression(cst: CstNode | undefined): A.Expression | undefined {
    if (!cst) return undefined;
    const operandNodes = childrenOf(cst, 'unaryExpr');
    const first = operandNodes[0] ? this.unary(operandNodes[0]) : undefined;
    if (!first || operandNodes.length === 1) return first;
    const operators: IToken[] = [];
    for (const key in cst.children) {
      if (key === 'unaryExpr') continue;
      for (const e of cst.children[key]!) if (isToken(e) && !e.isInsertedInRecovery) operators.push(e);
    }
    operators.sort((a, b) => a.startOffset - b.startOffset);
    // shunting-yard: an operand stack and an operator stack
    const operands: A.Expression[] = [first];
    const pending: A.BinaryOperator[] = [];
    const reduce = () => {
      const right = operands.pop()!;
      const left = operands.pop()!;
      const operator = pending.pop()!;
      operands.push({ kind: 'Binary', operator, left, right, span: { start: left.span.start, end: right.span.end } });
    };
    for (let i = 1; i < operandNodes.length; i++) {
      const operand = this.unary(operandNodes[i]!);
      const op = operators[i - 1];
      if (!operand || !op) break; // recovery lost a piece: keep what is whole
      const operator = op.image as A.BinaryOperator;
      while (pending.length > 0 && PRECEDENCE[pending[pending.length - 1]!] >= PRECEDENCE[operator]) reduce();
      pending.push(operator);
      operands.push(operand);
    }
    while (pending.length > 0) reduce();
    return operands[0];
  }

  private unary(cst: CstNode): A.Expression | undefined {
    const primaryCst = child(cst, 'primary');
    let result = primaryCst ? this.primary(primaryCst) : undefined;
    if (!result) return undefined; // recovery lost the operand (`x: !`): the syntax error says so
    const ops = [...tokens(cst, 'Bang'), ...tokens(cst, 'Minus')].sort((a, b) => b.startOffset - a.startOffset);
    for (const op of ops) {
      const span: Span = { start: op.startOffset, end: result.span.end };
      result =
        op.image === '-' && result.kind === 'Number' && !result.raw.startsWith('-')
          ? { kind: 'Number', value: -result.value, raw: `-${result.raw}`, span }
          : { kind: 'Unary', operator: op.image as '!' | '-', operand: result, span };
    }
    return result;
  }

  private primary(cst: CstNode): A.Expression | undefined {
    const str = token(cst, 'StringLiteral');
    if (str) return this.string(str);
    const num = token(cst, 'NumberLiteral');
    if (num) return this.number(num);
    const t = token(cst, 'Kw_true') ?? token(cst, 'Kw_false');
    if (t) return { kind: 'Boolean', value: t.image === 'true', span: tokenSpan(t) };
    const bt = token(cst, 'Backtick');
    if (bt) return { kind: 'Backtick', raw: bt.image.slice(1, -1), span: tokenSpan(bt) };
    const arr = child(cst, 'arrayLiteral');
    if (arr) {
      return {
        kind: 'Array',
        elements: childrenOf(arr, 'value').flatMap((v) => {
          const value = this.value(v);
          return value ? [value] : [];
        }),
        span: this.span(arr),
      };
    }
    const obj = child(cst, 'objectLiteral');
    if (obj) return this.object(obj);
    const ref = child(cst, 'reference');
    if (ref) return this.reference(ref);
    const inner = child(cst, 'expression');
    if (inner) return this.expression(inner);
    const name = token(cst, 'Name');
    if (name) return { kind: 'Name', name: name.image, span: tokenSpan(name) };
    return undefined;
  }

  private reference(cst: CstNode): A.Reference | undefined {
    const names = tokens(cst, 'Name');
    const screenKw = token(cst, 'Kw_screen');
    const root = token(cst, 'Kw_data') ?? token(cst, 'Kw_form');
    if (!root) return undefined;
    const screen = screenKw ? names.shift() : undefined;
    if (screenKw && !screen) return undefined;
    if (names.length === 0) return undefined;
    return {
      kind: 'Reference',
      root: root.image as 'data' | 'form',
      screen: screen ? identifier(screen) : undefined,
      path: names.map(identifier),
      span: this.span(cst),
    };
  }

  private object(cst: CstNode): A.ObjectLiteral {
    return {
      kind: 'Object',
      entries: childrenOf(cst, 'objectEntry').flatMap((e) => {
        const name = token(e, 'Name');
        const str = token(e, 'StringLiteral');
        const valueCst = child(e, 'value');
        const value = valueCst ? this.value(valueCst) : undefined;
        if (!value || (!name && !str)) return [];
        const key: A.Identifier = name
          ? identifier(name)
          : { kind: 'Identifier', name: this.string(str!).value, span: tokenSpan(str!) };
        return [{ kind: 'Entry' as const, key, quoted: !name, value, span: this.span(e) }];
      }),
      span: this.span(cst),
    };
  }

  private number(t: IToken): A.NumberLiteral {
    return { kind: 'Number', value: Number(t.image), raw: t.image, span: tokenSpan(t) };
  }

  /** Decodes a string token: escapes, and `${reference}` parts. Reports bad escapes and references. */
  string(t: IToken): A.StringLiteral {
    const span = tokenSpan(t);
    const raw = t.image;
    const closed = raw.length >= 2 && raw.endsWith('"') && t.tokenType.name === 'ClosedString';
    if (!closed) this.diagnostics.push(createDiagnostic('FLOW1002', span));
    const body = raw.slice(1, closed ? -1 : undefined);
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
          this.diagnostics.push(
            createDiagnostic('FLOW1007', { start: base + i, end: base + i + 1 + Math.max(1, shown.length) }, { char: shown }),
          );
          i += 1;
        }
      } else if (c === '$' && body[i + 1] === '{') {
        const close = body.indexOf('}', i + 2);
        const inner = close < 0 ? body.slice(i + 2) : body.slice(i + 2, close);
        const refSpan = { start: base + i, end: base + (close < 0 ? body.length : close + 1) };
        const ref = close < 0 ? undefined : this.interpolated(inner, base + i + 2);
        if (close < 0) {
          this.diagnostics.push(
            createDiagnostic('FLOW1004', refSpan, { expected: "'}' to close '${'", found: 'the end of the string' }),
          );
        } else if (!ref) {
          this.diagnostics.push(createDiagnostic('FLOW1008', refSpan, { text: inner }));
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

  /** Parses the inside of `${…}` as a reference; `start` is the offset of its first character. */
  private interpolated(inner: string, start: number): A.Reference | undefined {
    const m = REFERENCE_TEXT.exec(inner);
    if (!m) return undefined;
    const lead = inner.length - inner.trimStart().length;
    let offset = start + lead;
    const word = (name: string): A.Identifier => {
      const id: A.Identifier = { kind: 'Identifier', name, span: { start: offset, end: offset + name.length } };
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
    const end = start + lead + inner.trim().length;
    return {
      kind: 'Reference',
      root: m[2] as 'data' | 'form',
      screen: screen ? screen : undefined,
      path,
      span: { start: start + lead, end },
    };
  }
}

