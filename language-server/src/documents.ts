// The open documents (incrementally synced by TextDocuments) and the analysis of each one's current
// version: several requests on one version (diagnostics, code actions, hover …) compile the text once.
import { analyze, type Analysis, type LimitsProfile } from 'flowc';
import { TextDocuments, type Connection, type Position } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { logError } from './context.js';
import { toOffset } from './convert.js';
import type { ProjectConfigs } from './project-config.js';
import type { Settings } from './settings.js';

/** One document version analysed; `analysis` is missing only when the compiler threw (a compiler bug). */
export interface Analysed {
  readonly document: TextDocument;
  readonly analysis?: Analysis;
  /** What the compiler threw, when it did. */
  readonly failure?: string;
  /** Why the document's project config could not be used (then the editor setting's limits apply). */
  readonly configError?: string;
}

interface CacheEntry {
  readonly version: number;
  readonly limits: LimitsProfile;
  readonly analysed: Analysed;
}

export class FlowDocuments {
  readonly documents = new TextDocuments(TextDocument);
  private readonly cache = new Map<string, CacheEntry>();

  constructor(
    private readonly connection: Connection,
    private readonly settings: Settings,
    private readonly projects: ProjectConfigs,
  ) {
    this.documents.onDidClose(({ document }) => {
      this.cache.delete(document.uri);
      settings.forget(document.uri);
    });
  }

  listen(): void {
    this.documents.listen(this.connection);
  }

  get(uri: string): TextDocument | undefined {
    return this.documents.get(uri);
  }

  all(): TextDocument[] {
    return this.documents.all();
  }

  /** The analysis of the document's current version (cached), or undefined when it is not open. */
  async analysed(uri: string): Promise<Analysed | undefined> {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    const { limits: editorLimits } = await this.settings.forDocument(uri);
    // the document may have changed while the settings were read: analyse what is open now
    const current = this.documents.get(uri);
    if (!current) return undefined;
    // as for `flowc build`: the file's own `limits` line, else its project's config, else the editor setting
    const project = this.projects.forDocument(uri);
    return this.analyse(current, project.limits ?? editorLimits, project.error);
  }

  /** For a request at a position: the document, its analysis, and the position as an offset (clamped). */
  async at(uri: string, position: Position): Promise<{ document: TextDocument; analysis: Analysis; offset: number } | undefined> {
    const analysed = await this.analysed(uri);
    if (!analysed?.analysis) return undefined;
    return { document: analysed.document, analysis: analysed.analysis, offset: toOffset(analysed.document, position) };
  }

  /** Drops every cached analysis (the settings or a project config changed). */
  invalidate(): void {
    this.cache.clear();
  }

  private analyse(document: TextDocument, limits: LimitsProfile, configError: string | undefined): Analysed {
    const cached = this.cache.get(document.uri);
    if (cached && cached.version === document.version && cached.limits === limits) return cached.analysed;
    let analysed: Analysed;
    try {
      const analysis = analyze(document.getText(), { fileName: document.uri, defaultLimits: limits });
      analysed = { document, analysis, ...(configError ? { configError } : {}) };
    } catch (error) {
      // compile promises never to throw; should it, the server reports it and carries on
      logError(this.connection, `analysing ${document.uri}`, error);
      analysed = { document, failure: error instanceof Error ? error.message : String(error) };
    }
    this.cache.set(document.uri, { version: document.version, limits, analysed });
    return analysed;
  }
}
