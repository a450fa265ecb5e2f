// The ordered registry of checks. Each check is one file named for the invariant it keeps.
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { BoundFlow } from '../semantics/bind.js';
import type { Check, CheckContext } from './check.js';
import { dataModel } from './data-model.js';
import { endpointFeatures } from './endpoint-features.js';
import { expressionVersions } from './expression-versions.js';
import { knownComponents } from './known-components.js';
import { knownProperties } from './known-properties.js';
import { knownReferences } from './known-references.js';
import { propertyValues } from './property-values.js';
import { screenProperties } from './screen-properties.js';
import { uniqueInputNames } from './unique-input-names.js';
import { uniqueScreenIds } from './unique-screen-ids.js';
import { validScreenIds } from './valid-screen-ids.js';
import { completeOnTerminalScreens } from './complete-on-terminal-screens.js';
import { componentCaps } from './component-caps.js';
import { connectedScreens } from './connected-screens.js';
import { entryScreen } from './entry-screen.js';
import { maxBranches } from './max-branches.js';
import { navigatePayloads } from './navigate-payloads.js';
import { noBackRoutes } from './no-back-routes.js';
import { noSelfNavigation } from './no-self-navigation.js';
import { routingCycles } from './routing-cycles.js';
import { screenLimits } from './screen-limits.js';
import { terminalScreens } from './terminal-screens.js';
import { exclusiveComponents } from './exclusive-components.js';
import { footerBranches } from './footer-branches.js';
import { placement } from './placement.js';

export const CHECKS: readonly Check[] = [
  // names
  uniqueScreenIds,
  validScreenIds,
  uniqueInputNames,
  knownReferences,
  // screens and data
  screenProperties,
  dataModel,
  // components and values
  knownComponents,
  knownProperties,
  propertyValues,
  placement,
  footerBranches,
  exclusiveComponents,
  // versions and endpoint
  expressionVersions,
  endpointFeatures,
  // routing
  noSelfNavigation,
  noBackRoutes,
  routingCycles,
  entryScreen,
  connectedScreens,
  maxBranches,
  // terminal screens and actions
  terminalScreens,
  completeOnTerminalScreens,
  navigatePayloads,
  // limits
  screenLimits,
  componentCaps,
];

export function runChecks(flow: BoundFlow, checks: readonly Check[] = CHECKS): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const context: CheckContext = {
    flow,
    report: (code, span, args, extras) => diagnostics.push(createDiagnostic(code, span, args, extras)),
  };
  for (const check of checks) check(context);
  return diagnostics;
}
