import { ScimError, isJsonObject, isUrn, type PatchOperation } from '@scim/schema';
import { locateReferences, type JsonPath } from './references.ts';

export interface DeferredSplit {
  /** The POST body without the values that reference not-yet-created resources. */
  data: Record<string, unknown>;
  /** PATCH `add` operations putting those values back; their references still unresolved. */
  later: PatchOperation[];
}

/**
 * Breaks a circle of references (RFC 7644 §3.7.1): the values of `data`
 * that reference a deferred bulkId are left out of the POST and added
 * afterwards by a PATCH `add`, as the RFC's example of two groups
 * containing each other describes. The unit left out is the smallest one a
 * PATCH can add back: an element of a multi-valued attribute
 * (`members[i]`), or a whole singular attribute (`manager` of the
 * enterprise extension, a string attribute). Deeper shapes are refused with
 * 409, which §3.7.1 allows after a failed attempt.
 */
export function deferReferences(
  data: Record<string, unknown>,
  isDeferred: (bulkId: string) => boolean,
): DeferredSplit {
  const attributes = new Map<
    string,
    { container: string[]; key: string; elements?: Set<number> }
  >();
  for (const { path, bulkId } of locateReferences(data)) {
    if (!isDeferred(bulkId)) continue;
    const unit = deferrableUnit(path);
    const id = JSON.stringify([...unit.container, unit.key]);
    const entry = attributes.get(id) ?? { container: unit.container, key: unit.key };
    if (unit.element !== undefined) (entry.elements ??= new Set()).add(unit.element);
    attributes.set(id, entry);
  }

  const kept = structuredClone(data);
  const later: PatchOperation[] = [];
  for (const { container, key, elements } of attributes.values()) {
    const source = objectAt(data, container);
    const target = objectAt(kept, container);
    const attributePath = [...container, key].join(':');
    const value = source[key];
    if (elements === undefined || !Array.isArray(value)) {
      delete target[key];
      later.push({ op: 'add', path: attributePath, value });
      continue;
    }
    later.push({
      op: 'add',
      path: attributePath,
      value: value.filter((_, i) => elements.has(i)),
    });
    target[key] = value.filter((_, i) => !elements.has(i));
  }
  return { data: kept, later };
}

/** `[urn?, attribute]`, `[urn?, attribute, sub]`, `[urn?, attribute, i]`, `[urn?, attribute, i, sub]`. */
function deferrableUnit(path: JsonPath): { container: string[]; key: string; element?: number } {
  const [head, ...tail] = path;
  const container = typeof head === 'string' && isUrn(head) && tail.length > 0 ? [head] : [];
  const [key, ...rest] = container.length > 0 ? tail : path;
  const [first, second, ...deeper] = rest;
  const shapeOk =
    deeper.length === 0 &&
    (first === undefined ||
      (typeof first === 'string' && second === undefined) ||
      (typeof first === 'number' && (second === undefined || typeof second === 'string')));
  if (typeof key !== 'string' || !shapeOk) {
    throw ScimError.status(
      409,
      `The circular bulkId reference at '${path.join('.')}' cannot be resolved`,
    );
  }
  return typeof first === 'number' ? { container, key, element: first } : { container, key };
}

function objectAt(root: Record<string, unknown>, container: string[]): Record<string, unknown> {
  let node: unknown = root;
  for (const key of container) node = isJsonObject(node) ? node[key] : undefined;
  if (!isJsonObject(node)) throw new Error('deferral: container vanished');
  return node;
}
