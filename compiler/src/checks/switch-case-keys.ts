// A Switch on an input whose options are written out only has cases for those options: a case key that
// is no option id can never match (usually a typo). Warning; Meta accepts it.
import { propertySpec } from '../catalog/components.js';
import { didYouMean } from '../diagnostics/suggest.js';
import type { Check } from './check.js';
import { staticItems } from './written-values.js';

export const switchCaseKeys: Check = ({ flow, report }) => {
  for (const screen of flow.screens) {
    for (const use of screen.components) {
      const node = use.node;
      if (node.kind !== 'Switch' || node.value.kind !== 'Reference' || node.value.root !== 'form') continue;
      const ref = node.value;
      const owner = ref.screen ? flow.screenById.get(ref.screen.name) : screen;
      const input = owner?.inputs.get(ref.path[0]?.name ?? '')?.[0];
      if (!input?.spec || ref.path.length !== 1) continue;
      const source = input.properties.get('data-source');
      if (!source?.value || !propertySpec(input.spec, 'data-source')) continue;
      const items = staticItems(source.value);
      const ids = items.map((i) => i.id);
      if (items.length === 0 || ids.some((id) => id === undefined)) continue; // not all known
      for (const c of node.cases) {
        if (ids.includes(c.key.name)) continue;
        report('FLOW2034', c.key.span, { key: c.key.name, input: ref.path[0]!.name, options: ids.join(', ') }, {
          ...didYouMean(c.key.name, ids as string[], c.key.span),
          related: [{ span: source.span, message: `the options of '${ref.path[0]!.name}'` }],
        });
      }
    }
  }
};
