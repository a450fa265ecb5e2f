// One compile per text, shared by every editor query: the language server analyses a document once per
// change and answers hover, completion, navigation and symbols from the same result.
import type * as A from '../ast.js';
import { compile, type CompileOptions, type CompileResult } from '../compile.js';
import { bind } from '../semantics/bind.js';
import { readSettings } from '../semantics/settings.js';
import { SourceFile } from '../source.js';
import type { Analysis } from './types.js';

export function analyze(text: string, options: CompileOptions = {}): Analysis {
  const result = compileSafely(text, options);
  // compile() binds internally but does not return the bound flow; binding again is cheap (one walk)
  const flow = bind(result.ast, result.settings);
  return { text, options, result, flow };
}

/**
 * compile() promises never to throw on user input; an editor must not lose every feature if a bug
 * breaks that promise on some half-typed text, so a failure degrades to an empty file.
 */
function compileSafely(text: string, options: CompileOptions): CompileResult {
  try {
    return compile(text, options);
  } catch {
    const ast: A.FlowFile = { kind: 'File', screens: [], comments: [], span: { start: 0, end: text.length } };
    const { settings } = readSettings(undefined, options.limits, options.defaultLimits);
    return { diagnostics: [], ast, settings, source: new SourceFile(text, options.fileName) };
  }
}
