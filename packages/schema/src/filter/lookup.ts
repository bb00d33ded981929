import type { AttributePath } from './ast.ts';

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** RFC 7643 §2.1: attribute names are case-insensitive, so keys are matched that way. */
export function getCaseInsensitive(target: JsonObject, key: string): unknown {
  if (Object.hasOwn(target, key)) return target[key];
  const lower = key.toLowerCase();
  for (const candidate of Object.keys(target)) {
    if (candidate.toLowerCase() === lower) return target[candidate];
  }
  return undefined;
}

/**
 * The values `path` names in `target`, one entry per element of a multi-valued
 * attribute (RFC 7644 §3.4.2.2: a filter on one matches if any value matches).
 * Extension attributes live under their schema URN (RFC 7643 §3.3); when that key
 * is missing the URN is taken to be the core schema's and the top level is used.
 */
export function attributeValues(target: JsonObject, path: AttributePath): unknown[] {
  let base: unknown = target;
  if (path.urn !== undefined) {
    const extension = getCaseInsensitive(target, path.urn);
    if (extension !== undefined) base = extension;
  }
  if (!isObject(base)) return [];
  const items = asList(getCaseInsensitive(base, path.name));
  const sub = path.sub;
  if (sub === undefined) return items;
  return items.flatMap((item) => (isObject(item) ? asList(getCaseInsensitive(item, sub)) : []));
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? (value as unknown[]) : [value];
}

/** RFC 7644 §3.4.2.2 `pr`: has a non-empty value (null, "", [] and {} are unassigned, RFC 7643 §2.5). */
export function isPresent(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return false;
  if (Array.isArray(value)) return value.some(isPresent);
  if (isObject(value)) return Object.values(value).some(isPresent);
  return true;
}
