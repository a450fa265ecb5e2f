// What every feature gets: the connection, the open documents with their analyses, the settings, what the
// client can do, and `guarded`, which keeps a failing handler from taking the server down.
import { ResponseError, type Connection } from 'vscode-languageserver/node';
import type { FlowDocuments } from './documents.js';
import type { Settings } from './settings.js';

/** The client capabilities the features look at, read once in `initialize`. */
export interface ClientSupport {
  readonly configuration: boolean;
  readonly dynamicConfigurationChange: boolean;
  /** The client watches files for us when we register globs (project config files). */
  readonly dynamicFileWatching: boolean;
  readonly relatedInformation: boolean;
  readonly snippets: boolean;
  readonly markdownHover: boolean;
  readonly markdownCompletion: boolean;
  readonly hierarchicalSymbols: boolean;
  readonly prepareRename: boolean;
}

export interface ServerContext {
  readonly connection: Connection;
  readonly documents: FlowDocuments;
  readonly settings: Settings;
  /** Set in `initialize`, before any feature handler runs. */
  readonly client: ClientSupport;
}

/**
 * Wraps a request handler: an exception (or a rejected promise) is logged with the handler's name and the
 * request is answered with `fallback` (null or an empty list) instead of an error. A ResponseError is a
 * deliberate answer (rename's "cannot rename this"), so it goes to the client as it is.
 */
export function guarded<P, R>(
  connection: Connection,
  name: string,
  fallback: R,
  handler: (params: P) => R | Promise<R>,
): (params: P) => Promise<R> {
  return async (params: P) => {
    try {
      return await handler(params);
    } catch (error) {
      if (error instanceof ResponseError) throw error;
      logError(connection, name, error);
      return fallback;
    }
  };
}

export function logError(connection: Connection, where: string, error: unknown): void {
  const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
  connection.console.error(`${where} failed: ${text}`);
}
