// An object property with a set of optional fields holds as many of them as Meta allows (catalogue
// `minFields`/`maxFields`): a NavigationList row's `end` add-on shows one or two of title, description
// and metadata. Meta: DUPLICATE_PROPETY_FOR_CONDITION (sic).
import type * as A from '../ast.js';
import type { PropertySpec } from '../catalog/types.js';
import type { Check } from './check.js';
import { writtenValues, type WrittenValue } from './written-values.js';

export const objectFieldCounts: Check = ({ flow, report }) => {
  // one visitor for the whole flow, not a closure per component; no closures inside it either (each
  // would make every call allocate a context)
  const visit = ({ spec, value, key, owner }: WrittenValue): void => {
    if (!spec.fields || value.kind !== 'Object') return;
    if (spec.minFields === undefined && spec.maxFields === undefined) return;
    const known = knownEntries(value, spec.fields);
    const count = known.length;
    const min = spec.minFields ?? 0;
    const max = spec.maxFields ?? Number.POSITIVE_INFINITY;
    if (count >= min && count <= max) return;
    const range = spec.maxFields === undefined ? `at least ${min}` : min === max ? `${min}` : `${min} to ${max}`;
    report('FLOW5046', count > max ? known[max]!.key.span : key?.span ?? value.span, {
      property: spec.name,
      owner,
      count,
      range,
      fields: spec.fields.map((f) => f.name).join(', '),
    });
  };
  for (const w of writtenValues(flow)) visit(w);
};

/** The entries of `object` that are among `fields`, in source order. */
function knownEntries(object: A.ObjectLiteral, fields: readonly PropertySpec[]): A.ObjectEntry[] {
  const known: A.ObjectEntry[] = [];
  for (const e of object.entries) if (fields.some((f) => f.name === e.key.name)) known.push(e);
  return known;
}
