import { ScimError } from '@scim/schema';
import { complexChange, normalizeSimple, type ComplexChange } from '../values.ts';
import { mergeComplex, subAttributeChange } from '../complex.ts';
import {
  deleteAttribute,
  elementsOf,
  ensureContainer,
  findContainer,
  writeAttribute,
  type PatchContext,
} from '../document.ts';
import { elementFromFilter, elementsMatchingFilter } from '../multi-valued.ts';
import type { AttributeTarget } from '../resolve-path.ts';

/**
 * What add and replace share (RFC 7644 §3.5.2.1, §3.5.2.3): set a single-valued
 * attribute (Entra E-6: add on a single-valued attribute = set), merge into a
 * complex one, or write into the elements a value filter / sub-attribute selects.
 * null or "" removes (Entra manager removal).
 */
export function setValue(context: PatchContext, target: AttributeTarget, raw: unknown): void {
  if (target.definition.multiValued) setElements(context, target, raw);
  else if (target.definition.type === 'complex') setComplex(context, target, raw);
  else setSimple(context, target, raw);
}

function setSimple(context: PatchContext, target: AttributeTarget, raw: unknown): void {
  const { definition, text } = target;
  const value = normalizeSimple(definition, raw, text);
  if (value === null) {
    deleteAttribute(findContainer(context, target.extensionUrn), definition, text);
    return;
  }
  writeAttribute(ensureContainer(context, target.extensionUrn), definition, value, text);
}

/**
 * Complex single-valued (name, manager): the given sub-attributes are merged in,
 * the others stay, with or without a path. A path-less replace does NOT replace
 * the complex value wholly: RFC 7644 §3.5.2.3 leaves unspecified sub-attributes
 * unchanged, and SailPoint splits `name` over several ops expecting a merge.
 * To clear a sub-attribute, send it as null or "".
 */
function setComplex(context: PatchContext, target: AttributeTarget, raw: unknown): void {
  const { definition, sub, text } = target;
  const change = sub ? subAttributeChange(sub, raw, text) : complexChange(definition, raw, text);
  if (change === null) {
    deleteAttribute(findContainer(context, target.extensionUrn), definition, text);
    return;
  }
  const container = ensureContainer(context, target.extensionUrn);
  const merged = mergeComplex(definition, container[definition.name], change, text);
  if (merged === undefined) deleteAttribute(container, definition, text);
  else writeAttribute(container, definition, merged, text);
}

/**
 * `emails[type eq "work"]`, `emails[type eq "work"].value`, `emails.value`:
 * every selected element is updated. When none matches, a filter made of `eq`
 * comparisons creates the element (Entra E-5); anything else is noTarget.
 */
function setElements(context: PatchContext, target: AttributeTarget, raw: unknown): void {
  const { definition, filter, sub, text } = target;
  const container = findContainer(context, target.extensionUrn);
  const elements = elementsOf(container, definition.name);
  const selected = filter
    ? elementsMatchingFilter(definition, elements, filter, () =>
        context.indexes.of(definition, elements),
      )
    : new Set(elements);

  if (definition.type !== 'complex') {
    // A simple multi-valued attribute: the selected values are replaced.
    if (selected.size === 0 || !container) throw noTarget(text);
    const value = normalizeSimple(definition, raw, text);
    const next = elements.flatMap((element) =>
      !selected.has(element) ? [element] : value === null ? [] : [value],
    );
    writeAttribute(container, definition, next, text);
    return;
  }

  const change: ComplexChange | null = sub
    ? subAttributeChange(sub, raw, text)
    : complexChange(definition, raw, text);

  if (selected.size === 0 || !container) {
    const seed = filter ? elementFromFilter(definition, filter) : undefined;
    if (!seed) throw noTarget(text);
    if (change === null) return; // clearing a value that is not there
    const element = mergeComplex(definition, seed, change, text, false);
    if (element === undefined) return;
    const holder = ensureContainer(context, target.extensionUrn);
    writeAttribute(holder, definition, [...elements, element], text);
    context.written.push({ container: holder, name: definition.name, elements: [element] });
    return;
  }

  const next: unknown[] = [];
  const written: unknown[] = [];
  for (const element of elements) {
    if (!selected.has(element)) {
      next.push(element);
      continue;
    }
    // null/"" without a sub-attribute removes the selected elements.
    const updated = change === null ? undefined : mergeComplex(definition, element, change, text);
    if (updated !== undefined) {
      next.push(updated);
      written.push(updated);
    }
  }
  writeAttribute(container, definition, next, text);
  context.written.push({ container, name: definition.name, elements: written });
}

function noTarget(text: string): ScimError {
  return ScimError.of('noTarget', `No value matches the path '${text}'`);
}
