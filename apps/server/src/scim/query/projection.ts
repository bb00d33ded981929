import {
  ScimError,
  isUrn,
  parseFilter,
  resolveAttribute,
  type AttributeDefinition,
  type ResourceTypeDefinition,
} from '@scim/schema';

type JsonObject = Record<string, unknown>;

/**
 * `attributes` / `excludedAttributes` (RFC 7644 §3.4.2.5, §3.9) with the
 * schema's `returned` rules (RFC 7643 §7): `always` is always there (id,
 * schemas), `never` never is, `request` only when asked for by name.
 */
export interface Projection {
  /** Only these (plus `always`), when the client listed attributes. */
  attributes: Map<string, Set<string> | 'whole'> | undefined;
  /** Everything by default but these. */
  excluded: Map<string, Set<string> | 'whole'>;
}

export const DEFAULT_PROJECTION: Projection = { attributes: undefined, excluded: new Map() };

const MAX_ENTRIES = 100;

export function parseProjection(
  params: { attributes?: string | undefined; excludedAttributes?: string | undefined },
  resourceType: ResourceTypeDefinition,
): Projection {
  const attributes = params.attributes?.trim()
    ? parseList(params.attributes, resourceType)
    : undefined;
  const excluded = params.excludedAttributes?.trim()
    ? parseList(params.excludedAttributes, resourceType)
    : new Map<string, Set<string> | 'whole'>();
  return { attributes, excluded };
}

/** Does the projection keep any part of this top-level attribute? (Lets callers skip loading members or groups.) */
export function includesAttribute(projection: Projection, name: string, urn?: string): boolean {
  const key = attributeKey(urn, name);
  if (projection.attributes)
    return projection.attributes.has(key) || projection.attributes.has(attributeKey(urn, ''));
  return projection.excluded.get(key) !== 'whole';
}

export function project(
  resource: JsonObject,
  projection: Projection,
  resourceType: ResourceTypeDefinition,
): JsonObject {
  if (!projection.attributes && projection.excluded.size === 0) return resource;
  const result: JsonObject = {};
  for (const [key, value] of Object.entries(resource)) {
    if (key === 'schemas') continue;
    if (isUrn(key) && isObject(value)) {
      const kept: JsonObject = {};
      for (const [name, inner] of Object.entries(value)) {
        const picked = pick(inner, decide(projection, resourceType, key, name));
        if (picked !== undefined) kept[name] = picked;
      }
      if (Object.keys(kept).length > 0) result[key] = kept;
      continue;
    }
    const picked = pick(value, decide(projection, resourceType, undefined, key));
    if (picked !== undefined) result[key] = picked;
  }
  const schemas = Array.isArray(resource.schemas) ? (resource.schemas as string[]) : [];
  return {
    schemas: schemas.filter((s) => !isUrn(s) || s === schemas[0] || s in result),
    ...result,
  };
}

type Decision = 'all' | 'none' | { only: Set<string> } | { without: Set<string> };

function decide(
  projection: Projection,
  resourceType: ResourceTypeDefinition,
  urn: string | undefined,
  name: string,
): Decision {
  const definition = resolveAttribute(resourceType, name, urn)?.definition;
  const returned = definition?.returned ?? 'default';
  if (returned === 'always') return 'all';
  if (returned === 'never') return 'none';
  const key = attributeKey(urn, name);
  if (projection.attributes) {
    const wanted =
      projection.attributes.get(key) ?? (urn && projection.attributes.get(attributeKey(urn, '')));
    if (!wanted) return 'none';
    return wanted === 'whole' ? 'all' : { only: wanted };
  }
  if (returned === 'request') return 'none';
  const excluded = projection.excluded.get(key);
  if (!excluded) return 'all';
  return excluded === 'whole' ? 'none' : { without: excluded };
}

function pick(value: unknown, decision: Decision): unknown {
  if (decision === 'all') return value;
  if (decision === 'none') return undefined;
  const keep = (element: unknown) => {
    if (!isObject(element)) return 'only' in decision ? undefined : element;
    const entries = Object.entries(element).filter(([k]) =>
      'only' in decision
        ? decision.only.has(k.toLowerCase())
        : !decision.without.has(k.toLowerCase()),
    );
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
  };
  if (Array.isArray(value)) {
    const kept = value.map(keep).filter((v) => v !== undefined);
    return kept.length > 0 ? kept : undefined;
  }
  return keep(value);
}

function parseList(
  list: string,
  resourceType: ResourceTypeDefinition,
): Map<string, Set<string> | 'whole'> {
  const result = new Map<string, Set<string> | 'whole'>();
  const items = list
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (items.length > MAX_ENTRIES)
    throw ScimError.of('invalidValue', `At most ${MAX_ENTRIES} attributes may be listed`);
  for (const item of items) {
    // A bare extension URN names the whole extension.
    if (resourceType.extensions.some((e) => e.schema.id.toLowerCase() === item.toLowerCase())) {
      result.set(attributeKey(item, ''), 'whole');
      continue;
    }
    let path;
    try {
      const parsed = parseFilter(`${item} pr`);
      if (parsed.kind !== 'present') throw new Error('not a path');
      path = parsed.path;
    } catch {
      throw ScimError.of('invalidValue', `'${item}' is not an attribute name`);
    }
    const resolved = resolveAttribute(resourceType, path.name, path.urn);
    // Unknown names are kept as written: stored data may hold attributes no schema describes.
    const name = resolved?.definition.name ?? path.name;
    const urn = resolved?.inExtension
      ? resolved.schemaUrn
      : path.urn && !resolved
        ? path.urn
        : undefined;
    const key = attributeKey(urn, name);
    const sub = path.sub ? subName(resolved?.definition, path.sub) : undefined;
    const current = result.get(key);
    if (sub === undefined || current === 'whole') result.set(key, 'whole');
    else result.set(key, new Set([...(current ?? []), sub.toLowerCase()]));
  }
  return result;
}

function subName(definition: AttributeDefinition | undefined, sub: string): string {
  return (
    definition?.subAttributes?.find((s) => s.name.toLowerCase() === sub.toLowerCase())?.name ?? sub
  );
}

function attributeKey(urn: string | undefined, name: string): string {
  return `${(urn ?? '').toLowerCase()}|${name.toLowerCase()}`;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
