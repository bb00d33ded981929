import { appendUnique } from '../multi-valued.ts';
import { elementsOf, ensureContainer, writeAttribute, type PatchContext } from '../document.ts';
import type { AttributeTarget } from '../resolve-path.ts';
import { assertSetMutable } from '../rules.ts';
import { normalizeElements } from '../values.ts';
import { setValue } from './set.ts';

/**
 * RFC 7644 §3.5.2.1 add. On a multi-valued attribute (no filter) the values are
 * appended, skipping ones already present; everything else is a set/merge.
 */
export function addValue(context: PatchContext, target: AttributeTarget, raw: unknown): void {
  const { definition, text } = target;
  if (!definition.multiValued || target.filter || target.sub) {
    setValue(context, target, raw);
    return;
  }
  const additions = normalizeElements(definition, raw, text);
  if (additions.length === 0) return;
  const container = ensureContainer(context, target.extensionUrn);
  const elements = elementsOf(container, definition.name);
  assertSetMutable(definition, elements.length > 0, text);
  const index = context.indexes.of(definition, elements);
  const written = appendUnique(definition, elements, additions, index);
  writeAttribute(container, definition, elements, text);
  context.written.push({ container, name: definition.name, elements: written });
}
