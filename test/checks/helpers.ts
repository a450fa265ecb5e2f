// Test helpers for checks: compile inline sources and look at codes and the text each span covers.
import { compile, type Diagnostic } from '../../compiler/src/index.js';

export interface Found {
  readonly code: string;
  /** The source text the diagnostic's span covers. */
  readonly at: string;
  readonly message: string;
  readonly help?: string;
  readonly meta?: string;
}

/** A terminal screen wrapper, so tests only write what they are about. */
export function screen(body: string, header = 'flow t { version "7.3" }'): string {
  return `${header}\nscreen MAIN "Main" {\n  terminal\n${body}\n  Footer "Done" -> complete\n}\n`;
}

export function diagnose(source: string): Found[] {
  const result = compile(source, { fileName: 'test.flow' });
  return result.diagnostics.map((d: Diagnostic) => ({
    code: d.code,
    at: source.slice(d.span.start, d.span.end),
    message: d.message,
    ...(d.help ? { help: d.help } : {}),
    ...(d.meta ? { meta: d.meta } : {}),
  }));
}

export function codes(source: string): string[] {
  return diagnose(source).map((d) => d.code);
}
