// `whatsappFlow/flowJson`: the Flow JSON of an open document, as `flowc build` would write it, for the
// editor's "Show Flow JSON" and "Copy Flow JSON" (what a user pastes into Meta's Flow Builder). A flow with
// errors has none: the answer says how many errors stand in the way.
import { guarded, type ServerContext } from '../context.js';

export const FLOW_JSON_REQUEST = 'whatsappFlow/flowJson';

export interface FlowJsonParams {
  readonly uri: string;
}

export type FlowJsonResult =
  | { readonly json: string; readonly errors?: undefined }
  | { readonly json?: undefined; readonly errors: number }
  /** The document is not open. */
  | null;

export function registerFlowJson({ connection, documents }: ServerContext): void {
  connection.onRequest(
    FLOW_JSON_REQUEST,
    guarded(connection, FLOW_JSON_REQUEST, null, async (params: FlowJsonParams): Promise<FlowJsonResult> => {
      const analysed = await documents.analysed(params.uri);
      if (!analysed) return null;
      const result = analysed.analysis?.result;
      if (result?.json !== undefined) return { json: result.json };
      return { errors: result ? result.diagnostics.filter((d) => d.severity === 'error').length : 1 };
    }),
  );
}
