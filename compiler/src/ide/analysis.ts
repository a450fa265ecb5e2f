// One compile per text, shared by every editor query: the language server analyses a document once per
// change and answers hover, completion, navigation and symbols from the same result. compile() never
// throws on user input; if a bug breaks that, the error reaches the caller (the language server reports
// it), rather than an empty analysis that would look like a clean file.
import { compileBound, type CompileOptions } from '../compile.js';
import type { Analysis } from './types.js';

export function analyze(text: string, options: CompileOptions = {}): Analysis {
  const { result, flow } = compileBound(text, options);
  return { text, options, result, flow };
}
