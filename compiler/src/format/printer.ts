// The one printer of .flow text: AST + comments → a Prettier Doc (prettier/doc's builders). The Prettier
// plugin, `flowc fmt` (through formatFlow) and the language server all print through it; the layout rules
// are in docs/language.md ("Formatting").
//
// How comments are kept: the printer walks the tree in source order and holds a cursor into
// `FlowFile.comments` (sorted by offset). Lists (blocks, objects, arrays, item lists, data blocks, the
// header, the file) place the comments around their items: a comment on the line of the item before it
// is *trailing* (it stays at the end of that line), one on a line of its own is *leading* (it stays on a
// line of its own before the next item) and one after the last item is *dangling* (before the closing
// brace). Any other comment — between two tokens of one construct, `TextInput /* here */ email` — is
// printed where it stands, before the token that follows it. Every printer first takes the comments that
// precede its first token, so a comment is printed exactly once, and in its order among the tokens.
//
// Strings, numbers, backtick expressions and comments are printed as written (from the source text).
import { builders } from 'prettier/doc';
import type * as A from '../ast.js';
import { BINARY_PRECEDENCE as PRECEDENCE, UNARY_PRECEDENCE } from '../ast.js';
import type { Span } from '../source.js';

export type Doc = builders.Doc;

const { breakParent, group, hardline, ifBreak, indent, join, line, lineSuffix, literalline, softline } = builders;

const EMPTY: Doc[] = [];


/** `// prettier-ignore` or `/* prettier-ignore *\/`: the next item is printed as written. */
const IGNORE_COMMENT = /^(?:\/\/\s*prettier-ignore\s*|\/\*\s*prettier-ignore\s*\*\/)$/;

/** The Doc of a parsed .flow file. `text` is the source the AST was parsed from (the spans point into it). */
export function printFlowDoc(file: A.FlowFile, text: string): Doc {
  return new FlowPrinter(text, file.comments).file(file);
}

interface ListOptions<T> {
  readonly open: string;
  readonly close: string;
  /** Offset just after the opening bracket. */
  readonly openEnd: number;
  /** Offset of the closing bracket. */
  readonly closeStart: number;
  readonly items: readonly T[];
  span(item: T): Span;
  print(item: T, index: number): Doc;
  /** One item per line, always (otherwise: on one line when it fits). */
  readonly hard?: boolean;
  /** `{ a, b }` rather than `[a, b]` on one line. */
  readonly padded?: boolean;
  /** Arrays: a `,` after every item when broken, a trailing one included. Otherwise `, ` on one line only. */
  readonly commas?: boolean;
  /** One item per line: a `;` after item `index`, without which the next item would be read as part of it. */
  needsSeparator?(index: number): boolean;
  /** `// prettier-ignore` before an item keeps it as written (only where item spans cover the item). */
  readonly ignorable?: boolean;
}

class FlowPrinter {
  /** The next comment to print. */
  private next = 0;

  constructor(
    private readonly text: string,
    private readonly comments: readonly A.Comment[],
  ) {}

  // ── The file ──────────────────────────────────────────────────────────────────────────────────────

  file(file: A.FlowFile): Doc {
    const items: (A.FlowHeader | A.Screen)[] = file.header ? [file.header, ...file.screens] : [...file.screens];
    const parts: Doc[] = [];
    let lastEnd = 0;
    items.forEach((item, i) => {
      const leading = this.take(item.span.start);
      // one blank line between the header and the screens, and between screens
      if (i > 0) parts.push(hardline, hardline);
      parts.push(this.leadingDoc(leading, item.span.start));
      parts.push(
        this.ignored(leading) ? this.verbatim(item.span) : item.kind === 'Header' ? this.header(item) : this.screen(item),
      );
      const next = items[i + 1]?.span.start ?? this.text.length;
      const trailing = this.sameLine(item.span.end, next);
      parts.push(trailing.doc);
      lastEnd = trailing.end;
    });
    const rest = this.take(Number.POSITIVE_INFINITY);
    if (rest.length > 0) {
      if (items.length > 0) {
        parts.push(hardline);
        if (this.hasBlankLine(lastEnd, rest[0]!.span.start)) parts.push(hardline);
      }
      parts.push(this.commentRun(rest));
    }
    if (parts.length > 0) parts.push(hardline);
    return parts;
  }

  private header(h: A.FlowHeader): Doc {
    const parts: Doc[] = ['flow'];
    if (h.name) parts.push(' ', this.flush(h.name.span.start), this.src(h.name.span));
    const open = this.openBrace(h.name?.span.end ?? h.span.start + 'flow'.length);
    parts.push(
      ' ',
      this.flush(open),
      this.list({
        open: '{',
        close: '}',
        openEnd: open + 1,
        closeStart: h.span.end - 1,
        items: h.settings,
        span: (s) => s.span,
        print: (s) => this.setting(s),
        padded: true,
        ignorable: true,
      }),
    );
    return parts;
  }

  private setting(s: A.Setting): Doc {
    if (!s.value) return this.src(s.name.span);
    return [this.src(s.name.span), ' ', this.flush(s.value.span.start), this.src(s.value.span)];
  }

  private screen(s: A.Screen): Doc {
    const parts: Doc[] = ['screen ', this.flush(s.id.span.start), this.src(s.id.span)];
    if (s.title) parts.push(' ', this.flush(s.title.span.start), this.src(s.title.span));
    const open = this.openBrace((s.title ?? s.id).span.end);
    parts.push(' ', this.flush(open), this.block(s.members, open, s.span.end - 1, true));
    return parts;
  }

  // ── Blocks and their members ──────────────────────────────────────────────────────────────────────

  /** `{ members }` from the `{` at `open` to the `}` at `closeStart`. */
  private block(members: readonly A.Member[], open: number, closeStart: number, hard: boolean): Doc {
    return this.list({
      open: '{',
      close: '}',
      openEnd: open + 1,
      closeStart,
      items: members,
      span: (m) => m.span,
      print: (m) => this.member(m),
      hard,
      padded: true,
      ignorable: true,
      needsSeparator: (i) => swallowsNext(members[i]!, members[i + 1]),
    });
  }

  private member(m: A.Member): Doc {
    switch (m.kind) {
      case 'Property':
        return this.property(m);
      case 'Component':
        return this.component(m);
      case 'If':
        return this.ifNode(m);
      case 'Switch':
        return this.switchNode(m);
      case 'DataBlock':
        return this.dataBlock(m);
      case 'Routes':
        return this.routes(m);
    }
  }

  private property(p: A.Property): Doc {
    const name = this.src(p.name.span);
    if (!p.value) return name;
    if (p.value.kind === 'ItemList') return [name, ' ', this.itemList(p.value)];
    return [name, ': ', this.value(p.value)];
  }

  private component(c: A.Component): Doc {
    const parts: Doc[] = [this.src(c.type.span)];
    if (c.name) parts.push(' ', this.flush(c.name.span.start), this.src(c.name.span));
    if (c.text) parts.push(' ', this.expression(c.text));
    if (c.block) {
      parts.push(' ', this.flush(c.block.start), this.block(c.members, c.block.start, c.block.end - 1, !onlyProperties(c.members)));
    }
    if (c.action) parts.push(' -> ', this.action(c.action));
    return parts;
  }

  private ifNode(n: A.IfNode): Doc {
    // a broken condition is indented twice, so that it stands apart from the block under it
    const parts: Doc[] = ['If ', indent(this.expression(n.condition))];
    const open = this.openBrace(n.condition.span.end);
    const thenEnd = n.then.length > 0 ? n.then[n.then.length - 1]!.span.end : open + 1;
    const thenClose = n.elseKeyword ? this.closeBrace(thenEnd) : n.span.end - 1;
    parts.push(' ', this.flush(open), this.block(n.then, open, thenClose, true));
    if (n.elseKeyword) {
      parts.push(' ', this.flush(n.elseKeyword.start), 'else');
      const elseOpen = this.openBrace(n.elseKeyword.end);
      parts.push(' ', this.flush(elseOpen), this.block(n.else ?? [], elseOpen, n.span.end - 1, true));
    }
    return parts;
  }

  private switchNode(n: A.SwitchNode): Doc {
    const open = this.openBrace(n.value.span.end);
    const value = indent(this.expression(n.value));
    return [
      'Switch ',
      value,
      ' ',
      this.flush(open),
      this.list({
        open: '{',
        close: '}',
        openEnd: open + 1,
        closeStart: n.span.end - 1,
        items: n.cases,
        span: (c) => c.span,
        print: (c) => this.switchCase(c),
        hard: true,
        padded: true,
        ignorable: true,
      }),
    ];
  }

  private switchCase(c: A.SwitchCase): Doc {
    const open = this.openBrace(c.key.span.end);
    return [
      'case ',
      this.flush(c.key.span.start),
      this.src(c.key.span),
      ' ',
      this.flush(open),
      // a case with one member may stay on one line: case basic { TextBody "Basic plan" }
      this.block(c.members, open, c.span.end - 1, c.members.length > 1),
    ];
  }

  private dataBlock(d: A.DataBlock): Doc {
    const open = this.openBrace(d.span.start + 'data'.length);
    return [
      'data ',
      this.flush(open),
      this.list({
        open: '{',
        close: '}',
        openEnd: open + 1,
        closeStart: d.span.end - 1,
        items: d.fields,
        span: (f) => f.span,
        print: (f) => this.dataField(f),
        hard: true,
        padded: true,
        ignorable: true,
        needsSeparator: (i) => swallowingName(d.fields[i]!.example),
      }),
    ];
  }

  private dataField(f: A.DataField): Doc {
    // A type the AST holds only in part (see dropsObject): the field as written, so that nothing is lost.
    if (f.type && this.dropsObject(f.type)) return this.verbatim(f.span);
    const parts: Doc[] = [this.src(f.name.span)];
    if (f.type) parts.push(': ', this.type(f.type));
    if (f.example) parts.push(' = ', this.value(f.example));
    return parts;
  }

  /**
   * `string { … }`: the grammar reads an object after any type word, but the AST keeps it only after
   * `schema` (a PrimitiveType's span is its word alone). True when a type holds such a dropped object.
   */
  private dropsObject(t: A.TypeExpression): boolean {
    switch (t.kind) {
      case 'PrimitiveType':
        return this.text.charCodeAt(this.skipTrivia(t.span.end)) === 123; // '{'
      case 'ArrayType':
        return this.dropsObject(t.element);
      case 'ObjectType':
        return t.fields.some((f) => this.dropsObject(f.type));
      case 'SchemaType':
        return false;
    }
  }

  private type(t: A.TypeExpression): Doc {
    switch (t.kind) {
      case 'PrimitiveType':
        return [this.flush(t.span.start), this.src(t.span)];
      case 'ArrayType':
        return [this.flush(t.span.start), '[', this.type(t.element), this.flush(t.span.end - 1), ']'];
      case 'ObjectType':
        return [
          this.flush(t.span.start),
          this.list({
            open: '{',
            close: '}',
            openEnd: t.span.start + 1,
            closeStart: t.span.end - 1,
            items: t.fields,
            span: (f) => ({ start: f.name.span.start, end: f.type.span.end }),
            print: (f) => [this.src(f.name.span), ': ', this.type(f.type)],
            padded: true,
          }),
        ];
      case 'SchemaType':
        return [this.flush(t.span.start), 'schema ', this.object(t.schema)];
    }
  }

  private routes(r: A.RoutesDecl): Doc {
    return ['routes ', join(', ', r.targets.map((t) => [this.flush(t.span.start), this.src(t.span)]))];
  }

  private itemList(l: A.ItemList): Doc {
    const opens = l.items.map((item) => this.itemBlockOpen(item));
    return [
      this.flush(l.span.start),
      this.list({
        open: '{',
        close: '}',
        openEnd: l.span.start + 1,
        closeStart: l.span.end - 1,
        items: l.items,
        span: (item) => item.span,
        print: (item, i) => this.item(item, opens[i]),
        hard: true,
        padded: true,
        ignorable: true,
        // `yes` then `"no" "No"`: without a `;` the second id would be read as the title of the first
        needsSeparator: (i) => !l.items[i]!.title && opens[i] === undefined && l.items[i + 1]?.idStyle === 'string',
      }),
    ];
  }

  /** Where an item's `{ … }` starts, if it has one (an empty block leaves no trace in the AST). */
  private itemBlockOpen(item: A.Item): number | undefined {
    const at = this.skipTrivia((item.title ?? item.id).span.end);
    return at < item.span.end && this.text.charCodeAt(at) === 123 ? at : undefined;
  }

  private item(item: A.Item, open: number | undefined): Doc {
    const parts: Doc[] = [this.src(item.id.span)];
    if (item.title) parts.push(' ', this.flush(item.title.span.start), this.src(item.title.span));
    if (open !== undefined) {
      parts.push(' ', this.flush(open), this.block(item.members, open, item.span.end - 1, !onlyProperties(item.members)));
    }
    return parts;
  }

  // ── Values ────────────────────────────────────────────────────────────────────────────────────────

  private value(v: A.Value): Doc {
    switch (v.kind) {
      case 'Action':
        return this.action(v);
      case 'ItemList':
        return this.itemList(v);
      default:
        return this.expression(v);
    }
  }

  private action(a: A.Action): Doc {
    const parts: Doc[] = [this.flush(a.keyword.start), this.src(a.keyword)];
    if (a.target) parts.push(' ', this.flush(a.target.span.start), this.src(a.target.span));
    if (a.payload) parts.push(' ', this.object(a.payload));
    if (a.url) parts.push(' ', this.expression(a.url));
    return parts;
  }

  /**
   * An expression, with the parentheses its place needs: those of precedence and associativity (the AST
   * keeps none), plus `(a && b) || c` for clarity, as Prettier prints JavaScript.
   */
  private expression(e: A.Expression, parent = 0, right = false, parentOperator?: A.BinaryOperator): Doc {
    switch (e.kind) {
      case 'String':
        return [this.flush(e.span.start), this.src(e.span)];
      case 'Number':
        return [this.flush(e.span.start), e.raw];
      case 'Boolean':
      case 'Name':
        return [this.flush(e.span.start), this.src(e.span)];
      case 'Backtick':
        return [this.flush(e.span.start), this.multiline(this.src(e.span))];
      case 'Reference':
        return this.reference(e);
      case 'Array':
        return this.array(e);
      case 'Object':
        return this.object(e);
      case 'Unary': {
        const operator = [this.flush(e.span.start), e.operator];
        return [operator, this.expression(e.operand, UNARY_PRECEDENCE)];
      }
      case 'Binary': {
        const precedence = PRECEDENCE[e.operator];
        const parens =
          precedence < parent || (precedence === parent && right) || (e.operator === '&&' && parentOperator === '||');
        const doc = this.binary(e, precedence);
        return parens ? ['(', doc, ')'] : doc;
      }
    }
  }

  private binary(e: A.BinaryExpression, precedence: number): Doc {
    if (e.operator !== '&&' && e.operator !== '||') {
      return [
        this.expression(e.left, precedence, false, e.operator),
        ` ${e.operator} `,
        this.expression(e.right, precedence, true, e.operator),
      ];
    }
    // a chain of one logical operator: a && b && c, breaking after the operators when it is too long
    const operands: A.Expression[] = [e.right];
    let left: A.Expression = e.left;
    while (left.kind === 'Binary' && left.operator === e.operator) {
      operands.push(left.right);
      left = left.left;
    }
    operands.push(left);
    operands.reverse();
    const parts: Doc[] = [this.expression(operands[0]!, precedence, false, e.operator)];
    for (let i = 1; i < operands.length; i++) {
      const operand = operands[i]!;
      parts.push(` ${e.operator}`, line, this.flush(operand.span.start, true), this.expression(operand, precedence, true, e.operator));
    }
    return group(indent(parts));
  }

  private reference(r: A.Reference): Doc {
    const parts: Doc[] = [this.flush(r.span.start)];
    if (r.screen) parts.push('screen.', this.flush(r.screen.span.start), this.src(r.screen.span), '.');
    parts.push(r.root);
    for (const p of r.path) parts.push('.', this.flush(p.span.start), this.src(p.span));
    return parts;
  }

  private array(a: A.ArrayLiteral): Doc {
    return [
      this.flush(a.span.start),
      this.list({
        open: '[',
        close: ']',
        openEnd: a.span.start + 1,
        closeStart: a.span.end - 1,
        items: a.elements,
        span: (v) => v.span,
        print: (v) => this.value(v),
        commas: true,
      }),
    ];
  }

  private object(o: A.ObjectLiteral): Doc {
    return [
      this.flush(o.span.start),
      this.list({
        open: '{',
        close: '}',
        openEnd: o.span.start + 1,
        closeStart: o.span.end - 1,
        items: o.entries,
        span: (e) => e.span,
        print: (e) => [this.src(e.key.span), ': ', this.value(e.value)],
        padded: true,
        ignorable: true,
        needsSeparator: (i) => swallowingName(o.entries[i]!.value),
      }),
    ];
  }

  // ── Lists and their comments ──────────────────────────────────────────────────────────────────────

  private list<T>(o: ListOptions<T>): Doc {
    const { items } = o;
    const parts: Doc[] = [];
    const head = this.sameLine(o.openEnd, items.length > 0 ? o.span(items[0]!).start : o.closeStart);
    let lastEnd = head.end;
    items.forEach((item, i) => {
      const span = o.span(item);
      const leading = this.take(span.start);
      if (i === 0) parts.push(o.padded || head.doc.length > 0 ? line : softline);
      else {
        parts.push(line);
        if (this.hasBlankLine(lastEnd, leading[0]?.span.start ?? span.start)) parts.push(softline);
      }
      parts.push(this.leadingDoc(leading, span.start));
      parts.push(o.ignorable && this.ignored(leading) ? this.verbatim(span) : o.print(item, i));
      if (i < items.length - 1) parts.push(o.commas ? ',' : ifBreak(o.needsSeparator?.(i) ? ';' : '', ','));
      else if (o.commas) parts.push(ifBreak(','));
      const trailing = this.sameLine(span.end, i < items.length - 1 ? o.span(items[i + 1]!).start : o.closeStart);
      parts.push(trailing.doc);
      lastEnd = trailing.end;
    });
    const dangling = this.take(o.closeStart);
    if (dangling.length > 0) {
      parts.push(items.length > 0 || o.padded ? line : softline);
      if (items.length > 0 && this.hasBlankLine(lastEnd, dangling[0]!.span.start)) parts.push(softline);
      parts.push(breakParent, this.commentRun(dangling));
    }
    if (parts.length === 0 && head.doc.length === 0) return [o.open, o.close];
    // `[/* nothing yet */]`: an empty list without padding holds its comments without spaces
    if (parts.length === 0 && !o.padded && head.comments.every((c) => c.block)) {
      return [o.open, join(' ', head.comments.map((c) => this.commentDoc(c))), o.close];
    }
    const doc = [o.open, head.doc, indent(parts), o.padded ? line : softline, o.close];
    return group(doc, { shouldBreak: o.hard === true && items.length + dangling.length > 0 });
  }

  /** Comments not printed yet that start before `offset`. */
  private take(offset: number): A.Comment[] {
    const taken: A.Comment[] = [];
    for (let c = this.comments[this.next]; c && c.span.start < offset; c = this.comments[++this.next]) taken.push(c);
    return taken;
  }

  /** Comments on the line that `from` is on (after it, before `limit`): ` /* a *\/ // b` at its end. */
  private sameLine(from: number, limit: number): { doc: Doc[]; end: number; comments: A.Comment[] } {
    const doc: Doc[] = [];
    const comments: A.Comment[] = [];
    let end = from;
    for (let c = this.comments[this.next]; c && c.span.start < limit && !this.hasNewline(end, c.span.start); ) {
      comments.push(c);
      // a // comment ends the line: printed after everything else on it, and not counted in its width
      doc.push(c.block ? [' ', this.commentDoc(c)] : [lineSuffix([' ', this.commentDoc(c)]), breakParent]);
      end = c.span.end;
      c = this.comments[++this.next];
    }
    return { doc, end, comments };
  }

  /** Comments on lines of their own before an item: each on its line, blank lines between them kept. */
  private leadingDoc(comments: readonly A.Comment[], before: number): Doc {
    if (comments.length === 0) return EMPTY;
    const parts: Doc[] = [breakParent, this.commentRun(comments)];
    const last = comments[comments.length - 1]!;
    if (!last.block || this.hasNewline(last.span.end, before)) {
      parts.push(hardline);
      if (this.hasBlankLine(last.span.end, before)) parts.push(hardline);
    } else {
      parts.push(' ');
    }
    return parts;
  }

  /** Consecutive comments, separated as in the source: a space, a line break or a blank line. */
  private commentRun(comments: readonly A.Comment[]): Doc {
    const parts: Doc[] = [];
    comments.forEach((c, k) => {
      if (k > 0) {
        const previous = comments[k - 1]!;
        if (!previous.block || this.hasNewline(previous.span.end, c.span.start)) {
          parts.push(hardline);
          if (this.hasBlankLine(previous.span.end, c.span.start)) parts.push(hardline);
        } else {
          parts.push(' ');
        }
      }
      parts.push(this.commentDoc(c));
    });
    return parts;
  }

  /**
   * Comments before `offset` inside one construct (between two of its tokens): each where it stands,
   * before the token at `offset`; on a line of its own if it was, and a // comment ends its line.
   */
  private flush(offset: number, afterLine = false): Doc[] {
    const first = this.comments[this.next];
    if (!first || first.span.start >= offset) return EMPTY;
    const parts: Doc[] = [];
    // after a `line` of the Doc, a comment on a line of its own needs no line break of its own
    let lineEnded = afterLine;
    let space = false;
    for (const c of this.take(offset)) {
      if (!lineEnded && this.startsLine(c.span.start)) parts.push(hardline);
      else if (space) parts.push(' ');
      parts.push(this.commentDoc(c));
      lineEnded = !c.block || this.newlineAfter(c.span.end);
      if (lineEnded) parts.push(hardline);
      space = !lineEnded;
    }
    if (space) parts.push(' ');
    return parts;
  }

  private commentDoc(c: A.Comment): Doc {
    if (!c.block) return c.text.trimEnd();
    const lines = c.text.split('\n');
    // a comment whose every further line starts with `*` is re-indented with its first line, as Prettier
    // does for JavaScript; any other keeps its lines as written
    if (lines.length > 1 && lines.slice(1).every((l) => l.trimStart().startsWith('*'))) {
      return join(
        hardline,
        lines.map((l, i) => (i === 0 ? l.trimEnd() : ` ${i < lines.length - 1 ? l.trim() : l.trimStart()}`)),
      );
    }
    return this.multiline(c.text);
  }

  /** A text as written; its line breaks keep the indentation written after them. */
  private multiline(text: string): Doc {
    return text.includes('\n') ? join(literalline, text.split('\n')) : text;
  }

  /** Whether `leading` ends with a `prettier-ignore` comment. */
  private ignored(leading: readonly A.Comment[]): boolean {
    const last = leading[leading.length - 1];
    return last !== undefined && IGNORE_COMMENT.test(last.text);
  }

  /** A node as written (`// prettier-ignore`); the comments inside it are part of that text. */
  private verbatim(span: Span): Doc {
    this.take(span.end);
    return this.multiline(this.src(span));
  }

  // ── The source text ───────────────────────────────────────────────────────────────────────────────

  private src(span: Span): string {
    return this.text.slice(span.start, span.end);
  }

  private hasNewline(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (this.text.charCodeAt(i) === 10) return true;
    return false;
  }

  /** Whether a line holding nothing but white space lies between `from` and `to`. */
  private hasBlankLine(from: number, to: number): boolean {
    let lineBreak = false;
    for (let i = from; i < to; i++) {
      const c = this.text.charCodeAt(i);
      if (c === 10) {
        if (lineBreak) return true;
        lineBreak = true;
      } else if (!isSpace(c)) {
        lineBreak = false;
      }
    }
    return false;
  }

  /** Whether only spaces stand between the start of its line and `offset`. */
  private startsLine(offset: number): boolean {
    for (let i = offset - 1; i >= 0; i--) {
      const c = this.text.charCodeAt(i);
      if (c === 10) return true;
      if (!isSpace(c)) return false;
    }
    return true;
  }

  /** Whether a line break follows `offset` before anything but spaces. */
  private newlineAfter(offset: number): boolean {
    for (let i = offset; i < this.text.length; i++) {
      const c = this.text.charCodeAt(i);
      if (c === 10) return true;
      if (!isSpace(c)) return false;
    }
    return false;
  }

  /** The offset of the next token at or after `offset`: white space and comments skipped. */
  private skipTrivia(offset: number): number {
    const t = this.text;
    let i = offset;
    while (i < t.length) {
      const c = t.charCodeAt(i);
      if (c === 10 || isSpace(c)) i++;
      else if (c === 47 && t.charCodeAt(i + 1) === 47) {
        const end = t.indexOf('\n', i);
        i = end < 0 ? t.length : end;
      } else if (c === 47 && t.charCodeAt(i + 1) === 42) {
        const end = t.indexOf('*/', i + 2);
        i = end < 0 ? t.length : end + 2;
      } else break;
    }
    return i;
  }

  /** The `{` of a block after `offset` (past comments, and the `)` of a parenthesized expression). */
  private openBrace(offset: number): number {
    let i = this.skipTrivia(offset);
    while (this.text.charCodeAt(i) === 41) i = this.skipTrivia(i + 1); // ')'
    if (this.text.charCodeAt(i) !== 123) throw new Error(`flowc format: expected '{' at offset ${i}`);
    return i;
  }

  /** The `}` that closes a block whose last member ends at `offset` (past separators and `)`). */
  private closeBrace(offset: number): number {
    let i = this.skipTrivia(offset);
    for (let c = this.text.charCodeAt(i); c === 59 || c === 44 || c === 41; c = this.text.charCodeAt(i)) {
      i = this.skipTrivia(i + 1); // ';' ',' ')'
    }
    if (this.text.charCodeAt(i) !== 125) throw new Error(`flowc format: expected '}' at offset ${i}`);
    return i;
  }
}

/** Space, tab, carriage return, form feed, byte order mark: the white space of the lexer but line feeds. */
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 12 || c === 0xfeff;
}

function onlyProperties(members: readonly A.Member[]): boolean {
  return members.every((m) => m.kind === 'Property');
}

/**
 * Whether a block member would read the next member as part of itself if no separator stood between
 * them: a component that is a type alone (`Image` then `TextBody "Hi"` reads as an Image named TextBody
 * with the text "Hi"), a component that ends at its name before a data block (`TextInput email` then
 * `data { … }`: `data` starts a reference to the parser), or a property whose value is the bare word
 * `navigate` or `open_url` (which the next member's name or string would turn into an action).
 */
function swallowsNext(m: A.Member, next: A.Member | undefined): boolean {
  if (m.kind === 'Component') {
    if (m.text || m.block || m.action) return false;
    return !m.name || next?.kind === 'DataBlock';
  }
  return m.kind === 'Property' && swallowingName(m.value);
}

/** A bare `navigate` or `open_url` value: followed by a name or a string, it would start an action. */
function swallowingName(v: A.Value | undefined): boolean {
  return v?.kind === 'Name' && (v.name === 'navigate' || v.name === 'open_url');
}
