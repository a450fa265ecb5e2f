// A source text with its file name, and the one mapping between offsets and line/column.
// Everything inside the compiler speaks in offsets; line/column exist only at the edges.

export interface Span {
  /** Offset of the first character. */
  readonly start: number;
  /** Offset just past the last character (exclusive). */
  readonly end: number;
}

/** 1-based line and column, as editors and `file:line:col` show them. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

export class SourceFile {
  private lineStarts: number[] | undefined;

  constructor(readonly text: string, readonly fileName = '<input>') {}

  /** 1-based line/column of an offset (clamped to the text). Columns count UTF-16 units. */
  position(offset: number): Position {
    const starts = this.starts();
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: clamped - starts[lo]! + 1 };
  }

  /** Offset of a 1-based line/column (clamped). */
  offset(position: Position): number {
    const starts = this.starts();
    const line = Math.max(1, Math.min(position.line, starts.length));
    const start = starts[line - 1]!;
    const lineEnd = line < starts.length ? starts[line]! : this.text.length;
    return Math.min(start + Math.max(0, position.column - 1), lineEnd);
  }

  /** The text of a 1-based line, without its line break. */
  lineText(line: number): string {
    const starts = this.starts();
    if (line < 1 || line > starts.length) return '';
    const start = starts[line - 1]!;
    const end = line < starts.length ? starts[line]! : this.text.length;
    return this.text.slice(start, end).replace(/\r?\n$/, '');
  }

  get lineCount(): number {
    return this.starts().length;
  }

  private starts(): number[] {
    if (!this.lineStarts) {
      const starts = [0];
      const text = this.text;
      for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
      this.lineStarts = starts;
    }
    return this.lineStarts;
  }
}

export function span(start: number, end: number): Span {
  return { start, end };
}

/** The smallest span covering both. */
export function cover(a: Span, b: Span): Span {
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}
