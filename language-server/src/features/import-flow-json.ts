// `whatsappFlow/importFlowJson`: Flow JSON text (exported from Meta's Flow Builder, or written by hand)
// as a .flow text, as `flowc import` writes it — for the editor's "Import Flow JSON" command. When the
// import cannot be lossless, the answer is the reasons instead, each with its line and column in the JSON.
import { importFlowJson, SourceFile } from 'flowc';
import { guarded, type ServerContext } from '../context.js';

export const IMPORT_FLOW_JSON_REQUEST = 'whatsappFlow/importFlowJson';

export interface ImportFlowJsonParams {
  /** The Flow JSON text. */
  readonly json: string;
  /** The flow's name (`flow <name> { … }`), e.g. the JSON file's base name, as for `flowc import`. */
  readonly name?: string;
}

export type ImportFlowJsonResult =
  /** The .flow text; `errors`: how many of the checks' errors it still has, to fix in the .flow. */
  | { readonly text: string; readonly errors: number; readonly problems?: undefined }
  /** Why there is no .flow text: the first few problems, as "line:column message". */
  | { readonly text?: undefined; readonly problems: readonly string[] };

const SHOWN = 5;

export function registerImportFlowJson({ connection }: ServerContext): void {
  connection.onRequest(
    IMPORT_FLOW_JSON_REQUEST,
    guarded(connection, IMPORT_FLOW_JSON_REQUEST, { problems: ['the import failed inside flowc (see the output channel)'] }, (params: ImportFlowJsonParams): ImportFlowJsonResult => {
      const result = importFlowJson(params.json, params.name ? { name: params.name } : {});
      const errors = result.diagnostics.filter((d) => d.severity === 'error');
      if (result.text !== undefined) return { text: result.text, errors: errors.length };
      const source = new SourceFile(params.json);
      return {
        problems: errors.slice(0, SHOWN).map((d) => {
          const { line, column } = source.position(d.span.start);
          return `${line}:${column} ${d.message}`;
        }),
      };
    }),
  );
}
