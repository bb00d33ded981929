import {
  normalizeAttributeValue,
  resolveSubAttribute,
  ScimError,
  type AttributeDefinition,
} from '@scim/schema';
import { isEmpty, isObject, type JsonObject } from './json.ts';

/** `null` or `""` given to add/replace means "remove" (Entra clears a manager with ""). */
export function isClearValue(raw: unknown): boolean {
  return raw === null || raw === undefined || raw === '';
}

/** A single (non-complex) value, coerced to its definition; null means "remove". */
export function normalizeSimple(
  definition: AttributeDefinition,
  raw: unknown,
  where: string,
): unknown {
  if (isClearValue(raw)) return null;
  const value = normalizeAttributeValue({ ...definition, multiValued: false }, raw, where);
  return isClearValue(value) ? null : value;
}

/**
 * The elements of a multi-valued value: coerced (a lone object becomes a list,
 * "False" becomes false), readOnly sub-attributes dropped (Okta O-13 sends
 * `members[].display`), empty sub-attributes and empty elements dropped.
 */
export function normalizeElements(
  definition: AttributeDefinition,
  raw: unknown,
  where: string,
): unknown[] {
  if (raw === undefined || raw === null) return [];
  const normalized = normalizeAttributeValue(definition, raw, where);
  if (!Array.isArray(normalized)) return [];
  const result: unknown[] = [];
  for (const element of normalized as unknown[]) {
    const cleaned = isObject(element) ? cleanElement(definition, element) : element;
    if (!isEmpty(cleaned) && cleaned !== '') result.push(cleaned);
  }
  return result;
}

function cleanElement(definition: AttributeDefinition, element: JsonObject): JsonObject {
  const result: JsonObject = {};
  for (const [key, value] of Object.entries(element)) {
    if (value === '' || value === null) continue;
    if (resolveSubAttribute(definition, key)?.mutability === 'readOnly') continue;
    result[key] = value;
  }
  return result;
}

/**
 * A complex value as a change: sub-attributes to set and sub-attributes to clear.
 * RFC 7644 §3.5.2.3: sub-attributes not given are left unchanged. null means
 * "remove the whole value" (null, "", [] or a bare "").
 */
export interface ComplexChange {
  set: JsonObject;
  clear: string[];
}

export function complexChange(
  definition: AttributeDefinition,
  raw: unknown,
  where: string,
): ComplexChange | null {
  let value = raw;
  if (Array.isArray(value)) {
    // Old Microsoft sample: manager as [{"$ref", "value"}].
    if (value.length > 1) {
      throw ScimError.of('invalidValue', `Attribute '${where}' takes a single value, not a list`);
    }
    value = value[0];
  }
  if (isClearValue(value)) return null;
  if (!isObject(value)) {
    // A bare string becomes {value} (Entra manager, Okta roles).
    const coerced = normalizeAttributeValue({ ...definition, multiValued: false }, value, where);
    return isObject(coerced) ? { set: cleanElement(definition, coerced), clear: [] } : null;
  }
  const change: ComplexChange = { set: {}, clear: [] };
  for (const [key, rawSub] of Object.entries(value)) {
    const sub = resolveSubAttribute(definition, key);
    if (!sub) {
      // Unknown sub-attributes are kept, as the normaliser does; null/"" clears them.
      if (isClearValue(rawSub)) change.clear.push(key);
      else change.set[key] = rawSub;
      continue;
    }
    if (sub.mutability === 'readOnly') continue; // ignored inside a value (manager.displayName)
    const normalized = normalizeSimple(sub, rawSub, `${where}.${sub.name}`);
    if (normalized === null) change.clear.push(sub.name);
    else change.set[sub.name] = normalized;
  }
  return change;
}
