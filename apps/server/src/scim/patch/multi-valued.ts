import {
  matchesFilter,
  resolveSubAttribute,
  type AttributeDefinition,
  type AttributePath,
  type Filter,
} from '@scim/schema';
import {
  addToIndex,
  identityOf,
  pinnedKeys,
  sameValue,
  type ElementIndex,
} from './element-index.ts';
import { deepEqual, isObject, type JsonObject } from './json.ts';
import { normalizeSimple } from './values.ts';

/**
 * Same element: same identity and the same `type`, where an element without a
 * type matches any type (Entra/Okta send members without `type`).
 */
function sameElement(definition: AttributeDefinition, a: unknown, b: unknown): boolean {
  if (!isObject(a) || !isObject(b)) return true;
  if (a.type === undefined || b.type === undefined) return true;
  return sameValue(resolveSubAttribute(definition, 'type'), a.type, b.type);
}

/**
 * RFC 7644 §3.5.2.1: appends values to `elements` (in place, keeping `index`
 * current), skipping ones already present (same value and type). A re-sent
 * element updates the present one's other sub-attributes (e.g. a re-sent email
 * with `primary: true`). Returns the elements written.
 */
export function appendUnique(
  definition: AttributeDefinition,
  elements: unknown[],
  additions: unknown[],
  index: ElementIndex,
): unknown[] {
  const written: unknown[] = [];
  const keyOf = identityOf(definition);
  for (const addition of additions) {
    const key = keyOf(addition);
    const present = index
      .get(key)
      ?.find((candidate) => sameElement(definition, candidate, addition));
    if (present === undefined) {
      elements.push(addition);
      addToIndex(index, key, addition);
      written.push(addition);
    } else if (isObject(present) && isObject(addition)) {
      for (const [name, value] of Object.entries(addition)) {
        // The stored spelling of value/type stays (so does the index key); immutable ones stay as set.
        const sub = resolveSubAttribute(definition, name);
        const keep =
          sub?.name === 'value' || sub?.name === 'type' || sub?.mutability === 'immutable';
        if (keep && present[name] !== undefined) continue;
        present[name] = value;
      }
      written.push(present);
    }
  }
  return written;
}

/** Removes the given elements from `elements` in place, keeping `index` current. */
export function removeElements(
  definition: AttributeDefinition,
  elements: unknown[],
  doomed: Set<unknown>,
  index: ElementIndex,
): void {
  if (doomed.size === 0) return;
  const keyOf = identityOf(definition);
  for (const element of doomed) {
    const key = keyOf(element);
    const rest = index.get(key)?.filter((candidate) => candidate !== element) ?? [];
    if (rest.length === 0) index.delete(key);
    else index.set(key, rest);
  }
  let kept = 0;
  for (const element of elements) if (!doomed.has(element)) elements[kept++] = element;
  elements.length = kept;
}

/**
 * Entra default job: `{"op":"remove","path":"members","value":[{"value":"id"}]}`.
 * Selects the elements for which some given item's sub-attributes all equal the
 * element's. Looks items up by identity, so it is linear in the items.
 */
export function elementsMatchingValues(
  definition: AttributeDefinition,
  elements: unknown[],
  items: unknown[],
  index: ElementIndex,
): Set<unknown> {
  const selected = new Set<unknown>();
  if (definition.type === 'complex' && !resolveSubAttribute(definition, 'value')) {
    // No `value` to look up by (addresses): compare every given sub-attribute.
    for (const element of elements) {
      if (items.some((item) => itemMatches(definition, element, item))) selected.add(element);
    }
    return selected;
  }
  const keyOf = identityOf(definition);
  for (const item of items) {
    for (const candidate of index.get(keyOf(item)) ?? []) {
      if (itemMatches(definition, candidate, item)) selected.add(candidate);
    }
  }
  return selected;
}

function itemMatches(definition: AttributeDefinition, element: unknown, item: unknown): boolean {
  if (!isObject(item) || !isObject(element)) return sameValue(definition, element, item);
  return Object.entries(item).every(([name, value]) =>
    sameValue(resolveSubAttribute(definition, name), element[name], value),
  );
}

/**
 * RFC 7644 §3.5.2 valuePath: the elements the filter selects. A filter that pins
 * `value` (`members[value eq "x"]`) only checks the indexed candidates.
 */
export function elementsMatchingFilter(
  definition: AttributeDefinition,
  elements: unknown[],
  filter: Filter,
  index: () => ElementIndex,
): Set<unknown> {
  const describe = (path: AttributePath) => {
    const sub =
      definition.type === 'complex' ? resolveSubAttribute(definition, path.name) : undefined;
    if (sub) return { type: sub.type, caseExact: sub.caseExact };
    if (definition.type !== 'complex' && path.name.toLowerCase() === 'value') {
      return { type: definition.type, caseExact: definition.caseExact };
    }
    return undefined;
  };
  // A simple multi-valued attribute is filtered through `value` (RFC 7644 §3.4.2.2).
  const matches = (element: unknown) =>
    matchesFilter(filter, isObject(element) ? element : { value: element }, { describe });

  const keys = pinnedKeys(definition, filter);
  const candidates = keys ? keys.flatMap((key) => index().get(key) ?? []) : elements;
  return new Set(candidates.filter(matches));
}

/**
 * The element a filter describes, when it is a conjunction of `eq` comparisons on
 * writable sub-attributes (`type eq "work" and primary eq true`); else undefined.
 * Used to create the target of a filtered add/replace that matches nothing
 * (Entra E-5: `emails[type eq "work"].value` on a user without a work email).
 */
export function elementFromFilter(
  definition: AttributeDefinition,
  filter: Filter,
): JsonObject | undefined {
  if (definition.type !== 'complex') return undefined;
  const element: JsonObject = {};
  const visit = (node: Filter): boolean => {
    if (node.kind === 'and') return visit(node.left) && visit(node.right);
    if (node.kind !== 'compare' || node.op !== 'eq') return false;
    if (node.path.urn !== undefined || node.path.sub !== undefined) return false;
    const sub = resolveSubAttribute(definition, node.path.name);
    if (!sub || sub.mutability === 'readOnly') return false;
    const value = normalizeSimple(sub, node.value, `${definition.name}.${sub.name}`);
    if (value === null) return false;
    if (sub.name in element && !deepEqual(element[sub.name], value)) return false;
    element[sub.name] = value;
    return true;
  };
  return visit(filter) ? element : undefined;
}

/**
 * RFC 7643 §2.4: at most one `primary: true`. When the operation wrote a
 * primary element, the last written one wins and the others become false.
 */
export function enforceSinglePrimary(elements: unknown[], written: unknown[]): void {
  const isPrimary = (element: unknown) => isObject(element) && element.primary === true;
  if (!written.some(isPrimary)) return;
  const writtenSet = new Set(written);
  let winner: unknown;
  for (const element of elements) {
    if (writtenSet.has(element) && isPrimary(element)) winner = element;
  }
  if (winner === undefined) return;
  for (const element of elements) {
    if (element !== winner && isObject(element) && element.primary === true)
      element.primary = false;
  }
}
