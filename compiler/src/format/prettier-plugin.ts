// The Prettier plugin for .flow files (`flowc/prettier`): language `whatsapp-flow` for *.flow, a parser of
// the same name (Prettier's own `flow` parser is for Facebook's Flow), and a printer that hands Prettier
// the Doc of printer.ts — the layout `flowc fmt` prints too. Prettier applies printWidth, tabWidth and
// useTabs when it prints that Doc.
//
//   npx prettier --plugin flowc/prettier --write "**/*.flow"
//   .prettierrc: { "plugins": ["flowc/prettier"] }
//
// Comments are placed by printer.ts, not by Prettier: the root node has no `comments` property, so
// Prettier neither attaches them nor checks that it printed them.
import type { AstPath, Parser, Printer, SupportLanguage } from 'prettier';
import type * as A from '../ast.js';
import { parseForFormat, type FormatError } from './format.js';
import { printFlowDoc } from './printer.js';

/** What the parser gives Prettier: the file's AST and the text its spans point into. */
export interface FlowRoot {
  readonly kind: 'FlowRoot';
  readonly ast: A.FlowFile;
  /** The text parsed: Prettier's, with line endings \n and no byte order mark. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** The error Prettier reports for a file that does not parse: message, place and code frame. */
export class FlowSyntaxError extends SyntaxError {
  override readonly name = 'SyntaxError';
  readonly loc: { readonly start: { readonly line: number; readonly column: number } };
  readonly error: FormatError;

  constructor(error: FormatError) {
    super(error.message);
    this.loc = { start: { line: error.line, column: error.column } };
    this.error = error;
  }
}

const NAME = 'whatsapp-flow';

export const languages: SupportLanguage[] = [
  {
    name: 'WhatsApp Flow',
    parsers: [NAME],
    extensions: ['.flow'],
    vscodeLanguageIds: [NAME],
  },
];

const locStart = (node: FlowRoot | { span: { start: number } }): number => ('span' in node ? node.span.start : node.start);
const locEnd = (node: FlowRoot | { span: { end: number } }): number => ('span' in node ? node.span.end : node.end);

/** The comments at the top of a file (where pragmas are looked for). */
function topComments(text: string): string {
  return /^(?:\s*(?:\/\/[^\n]*|\/\*[\s\S]*?\*\/))*/.exec(text.replace(/^\uFEFF/, ''))![0];
}

export const parsers: Record<string, Parser<FlowRoot>> = {
  [NAME]: {
    astFormat: NAME,
    // --require-pragma formats only files that start with a comment holding @format or @prettier;
    // --check-ignore-pragma skips those holding @noformat or @noprettier
    hasPragma: (text: string) => /@(?:format|prettier)\b/.test(topComments(text)),
    hasIgnorePragma: (text: string) => /@(?:noformat|noprettier)\b/.test(topComments(text)),
    parse(text: string): FlowRoot {
      const parsed = parseForFormat(text);
      if ('error' in parsed) throw new FlowSyntaxError(parsed.error);
      return { kind: 'FlowRoot', ast: parsed.ast, text: parsed.text, start: 0, end: parsed.text.length };
    },
    locStart,
    locEnd,
  },
};

export const printers: Record<string, Printer<FlowRoot>> = {
  [NAME]: {
    print(path: AstPath<FlowRoot>) {
      const root = path.node;
      return printFlowDoc(root.ast, root.text);
    },
    // the whole file is one node to Prettier: nothing for it to walk, no comment for it to attach
    getVisitorKeys: () => [],
    canAttachComment: () => false,
    insertPragma: (text: string) => `// @format\n\n${text}`,
  },
};

const plugin = { languages, parsers, printers };
export default plugin;
