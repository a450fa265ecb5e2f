// The ordered registry of checks. Each check is one file named for the invariant it keeps.
import { createDiagnostic, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
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
import { switchCaseKeys } from './switch-case-keys.js';
import { frozenVersions } from './frozen-versions.js';
import { reachableScreens } from './reachable-screens.js';
import { screensCanFinish } from './screens-can-finish.js';
import { sentAnswers } from './sent-answers.js';
import { usedDataFields } from './used-data-fields.js';
import { base64Images } from './base64-images.js';
import { completeUploadLimits } from './complete-upload-limits.js';
import { dateFormats } from './date-formats.js';
import { dateRanges } from './date-ranges.js';
import { expressionTypes } from './expression-types.js';
import { hexColors } from './hex-colors.js';
import { ifConditions } from './if-conditions.js';
import { literalBindings } from './literal-bindings.js';
import { mediaPayloads } from './media-payloads.js';
import { navigatePayloadTypes } from './navigate-payload-types.js';
import { referenceTypes } from './reference-types.js';
import { switchValues } from './switch-values.js';
import { updateDataPayloads } from './update-data-payloads.js';
import { validPatterns } from './valid-patterns.js';
import { validUrls } from './valid-urls.js';
import { actionLevel } from './action-level.js';
import { blankStrings } from './blank-strings.js';
import { calendarRangeMode } from './calendar-range-mode.js';
import { charLimits } from './char-limits.js';
import { dataFieldNames } from './data-field-names.js';
import { dependentProperties } from './dependent-properties.js';
import { exclusiveItemProperties } from './exclusive-item-properties.js';
import { exclusiveProperties } from './exclusive-properties.js';
import { formInitValues } from './form-init-values.js';
import { itemConditions } from './item-conditions.js';
import { itemCounts } from './item-counts.js';
import { itemsPerList } from './items-per-list.js';
import { minMaxPairs } from './min-max-pairs.js';
import { nonEmptyIf } from './non-empty-if.js';
import { numericBounds } from './numeric-bounds.js';
import { objectFieldCounts } from './object-field-counts.js';
import { outsideFormOnly } from './outside-form-only.js';
import { pairedProperties } from './paired-properties.js';
import { sensitiveFields } from './sensitive-fields.js';
import { switchCases } from './switch-cases.js';
import { uniqueItemIds } from './unique-item-ids.js';

export const CHECKS: readonly Check[] = [
  // names
  uniqueScreenIds,
  validScreenIds,
  uniqueInputNames,
  knownReferences,
  sensitiveFields,
  uniqueItemIds,
  // screens and data
  screenProperties,
  dataModel,
  dataFieldNames,
  // components and values
  knownComponents,
  knownProperties,
  propertyValues,
  placement,
  switchCaseKeys,
  footerBranches,
  exclusiveComponents,
  pairedProperties,
  exclusiveProperties,
  dependentProperties,
  calendarRangeMode,
  outsideFormOnly,
  formInitValues,
  actionLevel,
  minMaxPairs,
  exclusiveItemProperties,
  objectFieldCounts,
  itemConditions,
  itemsPerList,
  switchCases,
  nonEmptyIf,
  blankStrings,
  // types and formats
  referenceTypes,
  expressionTypes,
  ifConditions,
  switchValues,
  dateFormats,
  dateRanges,
  hexColors,
  validPatterns,
  base64Images,
  validUrls,
  literalBindings,
  // versions and endpoint
  frozenVersions,
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
  navigatePayloadTypes,
  mediaPayloads,
  completeUploadLimits,
  updateDataPayloads,
  // limits
  screenLimits,
  componentCaps,
  numericBounds,
  itemCounts,
  charLimits,
];

/**
 * Beyond Meta (FLOW8xxx warnings): Flows Meta accepts that lose answers or strand users. They run only
 * when nothing else found an error: on a broken flow they would mostly repeat the errors (a misspelt
 * data.x also leaves its field "unused", a misspelt navigate target a screen "unreachable").
 */
export const BEYOND_META: readonly Check[] = [reachableScreens, screensCanFinish, usedDataFields, sentAnswers];

export interface RunChecksOptions {
  /** The beyond-Meta rules; BEYOND_META by default. */
  readonly beyondMeta?: readonly Check[];
  /** Errors were found before the checks (syntax, settings): skip the beyond-Meta rules. */
  readonly priorErrors?: boolean;
}

export function runChecks(flow: BoundFlow, checks: readonly Check[] = CHECKS, options: RunChecksOptions = {}): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const context: CheckContext = {
    flow,
    report: (code, span, args, extras) => diagnostics.push(createDiagnostic(code, span, args, extras)),
  };
  for (const check of checks) check(context);
  if (!options.priorErrors && !hasErrors(diagnostics)) for (const check of options.beyondMeta ?? BEYOND_META) check(context);
  return diagnostics;
}
