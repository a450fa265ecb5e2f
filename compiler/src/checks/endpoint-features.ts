// data_exchange, `routes` and refresh_on_back exist only in flows that declare an endpoint (data_api_version).
// Meta: MISSING_REQUIRED_PROPERTY ("data_api_version is required for data_exchange action").
import type { Check } from './check.js';

export const endpointFeatures: Check = ({ flow, report }) => {
  if (flow.settings.dataApiVersion) return;
  for (const screen of flow.screens) {
    for (const a of screen.actions) if (a.action.name === 'data_exchange') report('FLOW4002', a.action.keyword);
    for (const r of screen.routes) report('FLOW4003', r.span);
    const refresh = screen.properties.get('refresh_on_back');
    if (refresh && (refresh.value === undefined || (refresh.value.kind === 'Boolean' && refresh.value.value))) {
      report('FLOW4026', refresh.name.span);
    }
  }
};
