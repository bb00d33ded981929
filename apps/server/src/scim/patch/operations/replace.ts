import { buildIndex, identityOf } from '../element-index.ts';
import { appendUnique } from '../multi-valued.ts';
import {
  deleteAttribute,
  ensureContainer,
  findContainer,
  writeAttribute,
  type PatchContext,
} from '../document.ts';
import type { AttributeTarget } from '../resolve-path.ts';
import { normalizeElements } from '../values.ts';
import { setValue } from './set.ts';

/**
 * RFC 7644 §3.5.2.3 replace. A multi-valued attribute without a filter gets the
 * given set (Okta Push Now, also `[]`); everything else is a set/merge.
 */
export function replaceValue(context: PatchContext, target: AttributeTarget, raw: unknown): void {
  const { definition, text } = target;
  if (!definition.multiValued || target.filter || target.sub) {
    setValue(context, target, raw);
    return;
  }
  const elements: unknown[] = [];
  const given = normalizeElements(definition, raw, text);
  appendUnique(definition, elements, given, buildIndex([], identityOf(definition)));
  if (elements.length === 0) {
    deleteAttribute(findContainer(context, target.extensionUrn), definition, text);
    return;
  }
  const container = ensureContainer(context, target.extensionUrn);
  writeAttribute(container, definition, elements, text);
  context.written.push({ container, name: definition.name, elements });
}
