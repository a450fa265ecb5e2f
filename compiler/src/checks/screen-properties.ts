// A screen's own properties are terminal, success, refresh_on_back and sensitive, each once and of
// its type. Meta: INVALID_PROPERTY_KEY.
import type { PropertySpec } from '../catalog/types.js';
import { FEATURE_SINCE, atLeast } from '../catalog/versions.js';
import { didYouMean } from '../diagnostics/suggest.js';
import type { Check } from './check.js';
import { checkValue } from './value-types.js';

export const SCREEN_PROPERTIES: readonly PropertySpec[] = [
  { name: 'terminal', type: 'boolean', doc: 'The screen ends a path of the Flow; it needs a Footer.' },
  { name: 'success', type: 'boolean', doc: 'Whether finishing on this terminal screen counts as success (default true).' },
  { name: 'refresh_on_back', type: 'boolean', doc: 'Going back from this screen asks the endpoint for fresh data.' },
  { name: 'sensitive', type: 'string-array', since: FEATURE_SINCE.sensitive, doc: 'Inputs whose answers are masked in the summary after completion.' },
];

const NAMES = SCREEN_PROPERTIES.map((p) => p.name);

export const screenProperties: Check = (ctx) => {
  const { version } = ctx.flow.settings;
  for (const screen of ctx.flow.screens) {
    for (const m of screen.node.members) {
      if (m.kind !== 'Property') continue;
      const spec = screenProperty(m.name.name);
      if (!spec) {
        ctx.report('FLOW5010', m.name.span, { name: m.name.name }, didYouMean(m.name.name, NAMES, m.name.span));
        continue;
      }
      const first = screen.properties.get(spec.name);
      if (first !== m) {
        ctx.report('FLOW2006', m.name.span, { name: spec.name }, {
          related: first ? [{ span: first.name.span, message: 'first given here' }] : [],
        });
        continue;
      }
      if (!atLeast(version, spec.since)) {
        ctx.report('FLOW7003', m.name.span, { name: spec.name, component: 'a screen', since: spec.since!, version });
      }
      // sensitive lists input names: bare names are the natural spelling
      if (spec.name === 'sensitive' && m.value?.kind === 'Array' && m.value.elements.every((e) => e.kind === 'Name' || e.kind === 'String')) continue;
      checkValue(ctx, m.value, spec, 'a screen', m.name);
    }
  }
};

// a loop rather than SCREEN_PROPERTIES.find(…): a closure over the member would cost every member a context
function screenProperty(name: string): PropertySpec | undefined {
  for (const p of SCREEN_PROPERTIES) if (p.name === name) return p;
  return undefined;
}
