// A Flow targets a version Meta still publishes: Flows at a frozen version (2.1–5.0) run, but cannot be
// published or updated. Warning. Meta: UNSUPPORTED_FLOW_JSON_VERSION.
import { DEFAULT_VERSION, OLDEST_PUBLISHABLE_VERSION, atLeast } from '../catalog/versions.js';
import type { Check } from './check.js';

export const frozenVersions: Check = ({ flow, report }) => {
  const { version } = flow.settings;
  const written = flow.settings.spans.get('version')?.value;
  if (!written || atLeast(version, OLDEST_PUBLISHABLE_VERSION)) return;
  report('FLOW7006', written.span, { version, latest: DEFAULT_VERSION }, {
    fixes: [{ title: `Target Flow JSON ${DEFAULT_VERSION}`, edits: [{ span: written.span, newText: `"${DEFAULT_VERSION}"` }] }],
  });
};
