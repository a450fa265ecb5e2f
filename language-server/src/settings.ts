// The `whatsappFlow` settings: read per document with workspace/configuration when the client supports
// it, else from initializationOptions (and from didChangeConfiguration's payload, for clients that push).
import type { LimitsProfile } from 'flowc';
import type { Connection } from 'vscode-languageserver/node';
import { logError } from './context.js';

export interface FlowServerSettings {
  /** compile's `defaultLimits`: the limits of a file without a `limits` line in its header. */
  readonly limits: LimitsProfile;
}

export const SECTION = 'whatsappFlow';
const DEFAULTS: FlowServerSettings = { limits: 'default' };

export class Settings {
  /** Per document, while the client's answer is pending or after it came. */
  private readonly byDocument = new Map<string, Promise<FlowServerSettings>>();
  private global: FlowServerSettings;
  private pull = false;

  constructor(private readonly connection: Connection) {
    this.global = DEFAULTS;
  }

  /** From `initialize`: whether to ask the client, and the initializationOptions to use otherwise. */
  initialize(canPull: boolean, initializationOptions: unknown): void {
    this.pull = canPull;
    this.global = readSettings(initializationOptions, DEFAULTS);
  }

  forDocument(uri: string): Promise<FlowServerSettings> {
    if (!this.pull) return Promise.resolve(this.global);
    let settings = this.byDocument.get(uri);
    if (!settings) {
      settings = this.connection.workspace.getConfiguration({ scopeUri: uri, section: SECTION }).then(
        (value: unknown) => readSection(value, this.global),
        (error: unknown) => {
          logError(this.connection, 'workspace/configuration', error);
          return this.global;
        },
      );
      this.byDocument.set(uri, settings);
    }
    return settings;
  }

  /** didChangeConfiguration: forget what was read; a pushing client sends the new settings along. */
  changed(payload: unknown): void {
    this.byDocument.clear();
    if (!this.pull && isObject(payload) && SECTION in payload) this.global = readSection(payload[SECTION], this.global);
  }

  forget(uri: string): void {
    this.byDocument.delete(uri);
  }
}

/** initializationOptions: `{ "whatsappFlow": { "limits": "meta" } }`, or the section itself `{ "limits": "meta" }`. */
function readSettings(options: unknown, fallback: FlowServerSettings): FlowServerSettings {
  if (isObject(options) && SECTION in options) return readSection(options[SECTION], fallback);
  return readSection(options, fallback);
}

function readSection(section: unknown, fallback: FlowServerSettings): FlowServerSettings {
  if (!isObject(section)) return fallback;
  const limits = section['limits'];
  return { limits: limits === 'meta' || limits === 'default' ? limits : fallback.limits };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
