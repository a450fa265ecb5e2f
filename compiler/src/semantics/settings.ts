// Reads the flow header into settings: the target version, the endpoint, the limits profile.
import type * as A from '../ast.js';
import { DATA_API_VERSIONS, DEFAULT_VERSION, FLOW_JSON_VERSIONS, atLeast, isKnownVersion } from '../catalog/versions.js';
import type { Version } from '../catalog/types.js';
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';

export type LimitsProfile = 'default' | 'meta';

/** How `routing_model` lists the screens: "all" (every screen a key) or "sparse" (screens with routes). */
export type RoutingModelStyle = 'all' | 'sparse';

export interface FlowSettings {
  readonly version: Version;
  /** data_api_version, when the flow has an endpoint. */
  readonly dataApiVersion?: string;
  readonly limits: LimitsProfile;
  readonly dataChannelUri?: string;
  /** `routing_model`: written even without an endpoint; "sparse" leaves out screens without routes. */
  readonly routingModel?: RoutingModelStyle;
  /** Where each setting was written, for diagnostics. */
  readonly spans: ReadonlyMap<string, A.Setting>;
}

export const LIMIT_PROFILES: Readonly<Record<LimitsProfile, { screens: number; componentsPerScreen: number }>> = {
  default: { screens: 8, componentsPerScreen: 30 },
  meta: { screens: 100, componentsPerScreen: 50 },
};

/** The settings a flow header takes. */
export const SETTING_NAMES = ['version', 'endpoint', 'limits', 'data_channel_uri', 'routing_model'] as const;
export type SettingName = (typeof SETTING_NAMES)[number];

/**
 * `limitsOverride` (from the command line) wins over the file's `limits`; `defaultLimits` (from a project
 * config) applies to a file without a `limits` setting.
 */
export function readSettings(
  header: A.FlowHeader | undefined,
  limitsOverride?: LimitsProfile,
  defaultLimits?: LimitsProfile,
): { settings: FlowSettings; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const spans = new Map<string, A.Setting>();
  let version: Version = DEFAULT_VERSION;
  let dataApiVersion: string | undefined;
  let limits: LimitsProfile = defaultLimits ?? 'default';
  let dataChannelUri: string | undefined;
  let routingModel: RoutingModelStyle | undefined;

  for (const s of header?.settings ?? []) {
    const name = s.name.name;
    if (!(SETTING_NAMES as readonly string[]).includes(name)) {
      diagnostics.push(createDiagnostic('FLOW1010', s.name.span, { name }));
      continue;
    }
    if (spans.has(name)) {
      diagnostics.push(
        createDiagnostic('FLOW1012', s.name.span, { name }, {
          related: [{ span: spans.get(name)!.name.span, message: 'first set here' }],
        }),
      );
      continue;
    }
    spans.set(name, s);
    const text = s.value?.kind === 'String' ? s.value.value : undefined;
    const bad = (reason: string) =>
      diagnostics.push(createDiagnostic('FLOW1011', s.value?.span ?? s.name.span, { name, reason }));
    switch (name) {
      case 'version':
        if (text === undefined) bad('write the version as a string, e.g. version "7.3"');
        else if (!isKnownVersion(text)) {
          diagnostics.push(
            createDiagnostic('FLOW7001', s.value!.span, { version: text, versions: FLOW_JSON_VERSIONS.join(', ') }),
          );
        } else version = text;
        break;
      case 'endpoint':
        if (!s.value) dataApiVersion = '3.0';
        else if (text !== undefined && text in DATA_API_VERSIONS) dataApiVersion = text;
        else bad(`the data API version is "3.0" or "4.0"`);
        break;
      case 'limits':
        if (text === 'meta' || text === 'default') limits = text;
        else bad('limits is "default" (8 screens, 30 components per screen) or "meta" (100 and 50)');
        break;
      case 'data_channel_uri':
        if (text === undefined) bad('write the endpoint URL as a string');
        else dataChannelUri = text;
        break;
      case 'routing_model':
        if (!s.value) routingModel = 'all';
        else if (text === 'all' || text === 'sparse') routingModel = text;
        else bad('routing_model is "all" (every screen, the default) or "sparse" (only screens with routes)');
        break;
    }
  }

  const endpointSetting = spans.get('endpoint');
  if (dataApiVersion && endpointSetting?.value && !atLeast(version, DATA_API_VERSIONS[dataApiVersion])) {
    diagnostics.push(
      createDiagnostic('FLOW7005', endpointSetting.value.span, {
        what: `data_api_version "${dataApiVersion}"`,
        since: DATA_API_VERSIONS[dataApiVersion]!,
        version,
      }),
    );
  }
  const uriSetting = spans.get('data_channel_uri');
  if (uriSetting && atLeast(version, '3.0')) {
    diagnostics.push(
      createDiagnostic('FLOW1011', uriSetting.name.span, {
        name: 'data_channel_uri',
        reason: `it exists only before Flow JSON 3.0 (this flow targets ${version}); set the endpoint URL in Meta's Flow settings instead`,
      }),
    );
  }

  return {
    settings: {
      version,
      ...(dataApiVersion ? { dataApiVersion } : {}),
      limits: limitsOverride ?? limits,
      ...(dataChannelUri ? { dataChannelUri } : {}),
      ...(routingModel ? { routingModel } : {}),
      spans,
    },
    diagnostics,
  };
}
