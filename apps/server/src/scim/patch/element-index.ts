import { resolveSubAttribute, type AttributeDefinition, type Filter } from '@scim/schema';
import { deepEqual, isObject } from './json.ts';

/** A comparison key for one simple value; strings fold case unless caseExact (RFC 7643 §2.2). */
export function scalarKey(definition: AttributeDefinition | undefined, value: unknown): string {
  if (typeof value === 'string') return `s:${definition?.caseExact ? value : value.toLowerCase()}`;
  return `${typeof value}:${JSON.stringify(value) ?? ''}`;
}

/** Equality under the attribute's case rule; objects structurally. */
export function sameValue(
  definition: AttributeDefinition | undefined,
  a: unknown,
  b: unknown,
): boolean {
  if (typeof a === 'object' || typeof b === 'object') return deepEqual(a, b);
  return scalarKey(definition, a) === scalarKey(definition, b);
}

/** Sorted-key JSON, for elements without a `value` sub-attribute (addresses). */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isObject(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * The identity of an element, for de-duplication and lookup: its `value`
 * (emails, members, roles), else the whole element (addresses).
 */
export function identityOf(definition: AttributeDefinition): (element: unknown) => string {
  const valueSub = resolveSubAttribute(definition, 'value');
  return (element) => {
    if (!isObject(element)) return scalarKey(definition, element);
    return valueSub ? scalarKey(valueSub, element.value) : canonicalJson(element);
  };
}

/** Elements of one multi-valued array by identity key. */
export type ElementIndex = Map<string, unknown[]>;

export function buildIndex(elements: unknown[], keyOf: (element: unknown) => string): ElementIndex {
  const index: ElementIndex = new Map();
  for (const element of elements) addToIndex(index, keyOf(element), element);
  return index;
}

export function addToIndex(index: ElementIndex, key: string, element: unknown): void {
  const bucket = index.get(key);
  if (bucket) bucket.push(element);
  else index.set(key, [element]);
}

/**
 * Identity indexes of the stored arrays, kept for the whole request so that many
 * operations on one large member list (Okta sends one remove per member) do not
 * re-key it each time. An index belongs to one array object: code that changes
 * an array in place keeps its index current (appendUnique, removeElements);
 * every other change writes a new array, which gets a new index when needed.
 */
export class ElementIndexes {
  private readonly byArray = new WeakMap<unknown[], ElementIndex>();

  of(definition: AttributeDefinition, elements: unknown[]): ElementIndex {
    let index = this.byArray.get(elements);
    if (!index) {
      index = buildIndex(elements, identityOf(definition));
      this.byArray.set(elements, index);
    }
    return index;
  }
}

/**
 * The identity keys a filter restricts the selection to, when it pins `value`
 * with `eq` (`members[value eq "x"]`, or several of those joined by `or`);
 * undefined when any element may match. Candidates are still checked with the
 * full filter.
 */
export function pinnedKeys(definition: AttributeDefinition, filter: Filter): string[] | undefined {
  const valueSub = resolveSubAttribute(definition, 'value');
  if (!valueSub || valueSub.type !== 'string') return undefined;
  const visit = (node: Filter): string[] | undefined => {
    switch (node.kind) {
      case 'compare':
        return node.op === 'eq' &&
          typeof node.value === 'string' &&
          node.path.urn === undefined &&
          node.path.sub === undefined &&
          node.path.name.toLowerCase() === 'value'
          ? [scalarKey(valueSub, node.value)]
          : undefined;
      case 'or': {
        const left = visit(node.left);
        const right = left && visit(node.right);
        return left && right ? [...left, ...right] : undefined;
      }
      case 'and':
        return visit(node.left) ?? visit(node.right);
      default:
        return undefined;
    }
  };
  return visit(filter);
}
