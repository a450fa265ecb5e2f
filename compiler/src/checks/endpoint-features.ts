// data_exchange and `routes` exist only in flows that declare an endpoint (data_api_version).
// Meta: MISSING_REQUIRED_PROPERTY ("data_api_version is required for data_exchange action").
import type { Check } from './check.js';

export const endpointFeatures: Check = ({ flow, report }) => {
  if (flow.settings.dataApiVersion) return;
  for (const screen of flow.screens) {
    for (const a of screen.actions) if (a.action.name === 'data_exchange') report('FLOW4002', a.action.keyword);
    for (const r of screen.routes) report('FLOW4003', r.span);
  }
};
