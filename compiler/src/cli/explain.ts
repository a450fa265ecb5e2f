// flowc explain [code…]: what a diagnostic code means, with a wrong example, what flowc reports for it,
// and the example fixed; without a code, the list of every code. The text comes from the catalogue
// (diagnostics/codes.ts), the same source as docs/diagnostics.md.
import { closest } from './args.js';
import { HELP_OPTION, type Command } from './command.js';
import { EXIT } from './io.js';

export const explain: Command = {
  name: 'explain',
  summary: 'Explain a diagnostic code, with an example and its fix (without a code: list them all)',
  usage: 'explain [FLOWnnnn…]',
  description: [
    'Prints what a diagnostic code means, a .flow file that has the problem with the diagnostics flowc',
    'reports for it, and the same file fixed. The code may be written FLOW2003, flow2003 or 2003.',
    'Without a code, lists every code with its title, by band. The same text is in docs/diagnostics.md.',
  ].join('\n'),
  options: [HELP_OPTION],
  examples: ['flowc explain FLOW2003', 'flowc explain            # every code with its title'],
  async run(args, io) {
    const { DIAGNOSTIC_CODES, isDiagnosticCode } = await import('../diagnostics/codes.js');
    const known = Object.keys(DIAGNOSTIC_CODES);
    const codes: (keyof typeof DIAGNOSTIC_CODES)[] = [];
    let bad = false;
    for (const arg of args.positionals) {
      const code = normalize(arg);
      if (isDiagnosticCode(code)) {
        codes.push(code);
        continue;
      }
      const guess = closest(code, known);
      io.stderr(`flowc explain: unknown code '${arg}'${guess ? ` (did you mean '${guess}'?)` : ''}\n`);
      bad = true;
    }
    if (bad) {
      io.stderr("Run 'flowc explain' for the list of codes.\n");
      return EXIT.usage;
    }
    // Loaded only now: explaining compiles the examples, which builds the parser.
    const { renderCodeIndex, renderExplanation } = await import('../diagnostics/render-doc.js');
    if (codes.length === 0) {
      io.stdout(renderCodeIndex());
      return EXIT.ok;
    }
    io.stdout(codes.map((c) => renderExplanation(c)).join('\n'));
    return EXIT.ok;
  },
};

/** 'flow2003', ' FLOW2003 ', '2003' → 'FLOW2003'. */
function normalize(arg: string): string {
  const text = arg.trim().toUpperCase();
  return /^\d{4}$/.test(text) ? `FLOW${text}` : text;
}
