// Code actions: every fix a diagnostic carries becomes a quick fix with that diagnostic attached; "Fix all"
// (source.fixAll.flowc) applies, in one edit, each diagnostic's fix where it has exactly one and it does
// not overlap another's.
import type { Diagnostic as FlowDiagnostic, Fix, Span } from 'flowc';
import { CodeActionKind, type CodeAction, type CodeActionParams } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { toDiagnostic, toSpan, toTextEdit } from '../convert.js';
import { guarded, type ServerContext } from '../context.js';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.flowc`;

export function registerCodeActions(context: ServerContext): void {
  const { connection, documents } = context;
  connection.onCodeAction(
    guarded(connection, 'textDocument/codeAction', [], async (params: CodeActionParams): Promise<CodeAction[]> => {
      const analysed = await documents.analysed(params.textDocument.uri);
      if (!analysed?.analysis) return [];
      const { document } = analysed;
      const diagnostics = analysed.analysis.result.diagnostics;
      const only = params.context.only;
      const actions: CodeAction[] = [];
      if (wanted(CodeActionKind.QuickFix, only)) {
        const range = toSpan(document, params.range);
        for (const diagnostic of diagnostics) {
          if (!diagnostic.fixes?.length || !touches(diagnostic.span, range)) continue;
          for (const fix of diagnostic.fixes) {
            actions.push({
              title: fix.title,
              kind: CodeActionKind.QuickFix,
              diagnostics: [toDiagnostic(document, diagnostic, { relatedInformation: context.client.relatedInformation })],
              isPreferred: diagnostic.fixes.length === 1,
              edit: { changes: { [document.uri]: fix.edits.map((e) => toTextEdit(document, e)) } },
            });
          }
        }
      }
      // unasked, "Fix all" is offered only when there is more than one thing to fix
      if (wanted(FIX_ALL_KIND, only)) {
        const fixAll = fixAllAction(document, diagnostics, only ? 1 : 2);
        if (fixAll) actions.push(fixAll);
      }
      return actions;
    }),
  );
}

function fixAllAction(document: TextDocument, diagnostics: readonly FlowDiagnostic[], atLeast: number): CodeAction | undefined {
  const chosen: Fix[] = [];
  const taken: Span[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.fixes?.length !== 1) continue;
    const fix = diagnostic.fixes[0]!;
    if (fix.edits.some((e) => taken.some((t) => conflict(e.span, t)))) continue;
    chosen.push(fix);
    taken.push(...fix.edits.map((e) => e.span));
  }
  if (chosen.length < atLeast) return undefined;
  return {
    title: 'Fix all auto-fixable problems',
    kind: FIX_ALL_KIND,
    edit: { changes: { [document.uri]: chosen.flatMap((f) => f.edits.map((e) => toTextEdit(document, e))) } },
  };
}

/** A kind is wanted when `only` is absent or lists it or one of its parents ('source' wants 'source.fixAll…'). */
function wanted(kind: string, only: readonly string[] | undefined): boolean {
  return !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

/** The diagnostic's span meets the requested range (a cursor at either end counts). */
function touches(span: Span, range: Span): boolean {
  return span.start <= range.end && range.start <= span.end;
}

/** Two edits that overlap, or that both start at one offset (their order would be undefined). */
function conflict(a: Span, b: Span): boolean {
  return (a.start < b.end && b.start < a.end) || a.start === b.start;
}
