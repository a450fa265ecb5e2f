// Rename a screen id, a data field or an input name everywhere it is written (see occurrences.ts for
// where that is). A new name is refused when it is no .flow name, when the screen already has one like
// it, or when the compiler rejects it where it lands (a screen id with a digit: FLOW2007; a data field
// with a dash: FLOW2032; a reserved id: FLOW2008): the renamed text is compiled once and every new
// error on a renamed name is the answer, so the rules stay in the checks that own them.
import type { TextEdit } from '../diagnostics/diagnostic.js';
import type { Span } from '../source.js';
import { WORD } from '../syntax/tokens.js';
import { analyze } from './analysis.js';
import { occurrenceAt, occurrencesOf, type FlowSymbol, type Occurrence } from './occurrences.js';
import type { Analysis, RenameResult } from './types.js';

export function prepareRenameAt(analysis: Analysis, offset: number): { span: Span; placeholder: string } | undefined {
  const target = renameTarget(analysis, offset);
  return target && { span: target.here.span, placeholder: nameOf(target.here.symbol) };
}

export function renameAt(analysis: Analysis, offset: number, newName: string): RenameResult {
  const target = renameTarget(analysis, offset);
  if (!target) return { error: 'Put the cursor on a screen id, a data field or an input name to rename it.' };
  const { here, all } = target;
  const { symbol } = here;
  const oldName = nameOf(symbol);
  if (newName === oldName) return { edits: [] };
  if (!WORD.test(newName)) {
    return { error: `'${newName}' is not a name: use letters, digits and underscores (dashes only inside), starting with a letter or an underscore.` };
  }
  const taken = alreadyExists(analysis, symbol, newName);
  if (taken) return { error: taken };
  const edits: TextEdit[] = all.map((o) => ({ span: o.span, newText: newName }));
  const refused = rejectedByCompiler(analysis, edits, symbol);
  return refused ? { error: refused } : { edits };
}

/** The occurrence under the cursor and all of its symbol's, when the symbol is declared in this flow. */
function renameTarget(analysis: Analysis, offset: number): { here: Occurrence; all: readonly Occurrence[] } | undefined {
  const here = occurrenceAt(analysis, offset);
  if (!here) return undefined;
  const all = occurrencesOf(analysis, here.symbol);
  // renaming what is declared nowhere would only move a mistake around
  return all.some((o) => o.declaration) ? { here, all } : undefined;
}

function nameOf(symbol: FlowSymbol): string {
  return symbol.kind === 'screen' ? symbol.screen : symbol.name;
}

function alreadyExists(analysis: Analysis, symbol: FlowSymbol, newName: string): string | undefined {
  const { flow } = analysis;
  if (symbol.kind === 'screen') return flow.screenById.has(newName) ? `There is already a screen '${newName}'.` : undefined;
  const screen = flow.screenById.get(symbol.screen);
  if (symbol.kind === 'dataField') {
    return screen?.dataFields.has(newName) ? `Screen '${symbol.screen}' already has a data field '${newName}'.` : undefined;
  }
  return screen?.inputs.has(newName) ? `Screen '${symbol.screen}' already has an input '${newName}'.` : undefined;
}

/**
 * Compiles the renamed text and returns the first error the compiler reports on a renamed name that
 * it did not report there before (in words), or undefined when the new name is accepted.
 */
function rejectedByCompiler(analysis: Analysis, edits: readonly TextEdit[], symbol: FlowSymbol): string | undefined {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start);
  let text = '';
  let at = 0;
  let shift = 0;
  const moved: Span[] = [];
  for (const e of sorted) {
    text += analysis.text.slice(at, e.span.start) + e.newText;
    at = e.span.end;
    const start = e.span.start + shift;
    moved.push({ start, end: start + e.newText.length });
    shift += e.newText.length - (e.span.end - e.span.start);
  }
  text += analysis.text.slice(at);

  const errorsAt = (diagnostics: Analysis['result']['diagnostics'], spans: readonly Span[]) =>
    diagnostics.filter((d) => d.severity === 'error').flatMap((d) => {
      const i = spans.findIndex((s) => d.span.start < s.end && s.start < d.span.end);
      return i < 0 ? [] : [{ index: i, code: d.code, message: d.message }];
    });
  const before = new Set(errorsAt(analysis.result.diagnostics, sorted.map((e) => e.span)).map((e) => `${e.index} ${e.code}`));
  const renamed = analyze(text, analysis.options);
  const fresh = errorsAt(renamed.result.diagnostics, moved).find((e) => !before.has(`${e.index} ${e.code}`));
  if (fresh) return `'${sorted[0]!.newText}' cannot be the ${kindWords(symbol)}: ${fresh.message}.`;
  // a name that breaks the syntax is caught by a new syntax error anywhere (FLOW1…)
  const syntaxBefore = analysis.result.diagnostics.filter((d) => d.code.startsWith('FLOW1')).length;
  const syntaxAfter = renamed.result.diagnostics.filter((d) => d.code.startsWith('FLOW1')).length;
  if (syntaxAfter > syntaxBefore) return `'${sorted[0]!.newText}' cannot be the ${kindWords(symbol)}: the renamed text no longer parses.`;
  return undefined;
}

function kindWords(symbol: FlowSymbol): string {
  if (symbol.kind === 'screen') return 'id of screen ' + `'${symbol.screen}'`;
  return symbol.kind === 'dataField' ? `name of data field '${symbol.name}'` : `name of input '${symbol.name}'`;
}
