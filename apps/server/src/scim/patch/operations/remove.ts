import { mergeComplex } from '../complex.ts';
import {
  deleteAttribute,
  elementsOf,
  findContainer,
  writeAttribute,
  type PatchContext,
} from '../document.ts';
import { elementsMatchingFilter, elementsMatchingValues, removeElements } from '../multi-valued.ts';
import type { AttributeTarget } from '../resolve-path.ts';
import { assertSetMutable } from '../rules.ts';
import { normalizeElements } from '../values.ts';

/**
 * RFC 7644 §3.5.2.2 remove: a whole attribute, a sub-attribute, the elements a
 * filter selects, or a sub-attribute of those. Removing what is not there is
 * not an error.
 */
export function removeValue(context: PatchContext, target: AttributeTarget, raw: unknown): void {
  const { definition, filter, sub, text } = target;
  const container = findContainer(context, target.extensionUrn);

  if (!definition.multiValued) {
    if (!sub) {
      deleteAttribute(container, definition, text);
      return;
    }
    if (container?.[definition.name] === undefined) return;
    const change = { set: {}, clear: [sub.name] };
    const merged = mergeComplex(definition, container[definition.name], change, text);
    if (merged === undefined) deleteAttribute(container, definition, text);
    else writeAttribute(container, definition, merged, text);
    return;
  }

  // Entra default job (E-17): remove with a path and a value list removes those values.
  const byValues = !filter && !sub && raw !== undefined && raw !== null;
  if (!filter && !sub && !byValues) {
    deleteAttribute(container, definition, text);
    return;
  }

  const elements = elementsOf(container, definition.name);
  if (!container || elements.length === 0) return;
  const index = () => context.indexes.of(definition, elements);
  const selected = filter
    ? elementsMatchingFilter(definition, elements, filter, index)
    : byValues
      ? elementsMatchingValues(
          definition,
          elements,
          normalizeElements(definition, raw, text),
          index(),
        )
      : new Set(elements);
  if (selected.size === 0) return;
  assertSetMutable(definition, true, text);

  if (!sub) {
    removeElements(definition, elements, selected, index());
    writeAttribute(container, definition, elements, text);
    return;
  }
  const next: unknown[] = [];
  for (const element of elements) {
    if (!selected.has(element)) next.push(element);
    else {
      const updated = mergeComplex(definition, element, { set: {}, clear: [sub.name] }, text);
      if (updated !== undefined) next.push(updated);
    }
  }
  writeAttribute(container, definition, next, text);
}
