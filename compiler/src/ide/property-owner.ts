// Which catalogue entries describe the properties written in a block: a component's properties, a
// screen's own ones, the fields of an item of a list property (data-source, list-items), the fields of an
// object-valued item property (main-content). Hover and completion ask it for the block around a word.
import { componentSpec, specNamed } from '../catalog/components.js';
import type { PropertySpec, Version } from '../catalog/types.js';
import { SCREEN_PROPERTIES } from '../checks/screen-properties.js';
import type { AnyNode } from './node-at.js';

export interface PropertyOwner {
  /** The properties this block may hold. */
  readonly specs: readonly PropertySpec[];
  /** How to name the block's owner in a sentence: 'TextInput', 'a screen', 'a data-source item'. */
  readonly owner: string;
  /** The version the owner needs: a property with the same since needs no note of its own. */
  readonly since?: Version;
}

/** The owner of the properties written directly in `path[index]` (a Screen, Component, Item or Object). */
export function propertyOwnerAt(path: readonly AnyNode[], index: number): PropertyOwner | undefined {
  const node = path[index];
  if (!node) return undefined;
  switch (node.kind) {
    case 'Screen':
      return { specs: SCREEN_PROPERTIES, owner: 'a screen' };
    case 'Component': {
      const spec = componentSpec(node.type.name);
      return spec ? { specs: spec.properties, owner: spec.type, since: spec.since } : undefined;
    }
    case 'Item': {
      // Component › Property (the list) › ItemList › Item
      const list = path[index - 2];
      if (path[index - 1]?.kind !== 'ItemList' || list?.kind !== 'Property') return undefined;
      const listSpec = propertyOfOwner(path, index - 3, list.name.name);
      return listSpec?.item ? { specs: listSpec.item, owner: `a \`${listSpec.name}\` item`, since: listSpec.since } : undefined;
    }
    case 'Object': {
      // an object-valued property of an item: Item › Property › Object
      const property = path[index - 1];
      if (property?.kind !== 'Property') return undefined;
      const spec = propertyOfOwner(path, index - 2, property.name.name);
      return spec?.fields ? { specs: spec.fields, owner: `\`${spec.name}\``, since: spec.since } : undefined;
    }
    default:
      return undefined;
  }
}

function propertyOfOwner(path: readonly AnyNode[], ownerIndex: number, name: string): PropertySpec | undefined {
  return specNamed(propertyOwnerAt(path, ownerIndex)?.specs, name);
}
