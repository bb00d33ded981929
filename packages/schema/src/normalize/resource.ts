import { ScimError } from '../errors.ts';
import type { AttributeDefinition, SchemaDefinition } from '../discovery/attribute.ts';
import {
  findSchema,
  resolveAttribute,
  type ResourceTypeDefinition,
} from '../discovery/resource-types.ts';
import { isUrn } from '../discovery/urns.ts';
import { normalizeAttributeValue } from './attribute-value.ts';

export type JsonObject = Record<string, unknown>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Normalises a resource body from POST or PUT into the stored shape:
 * canonical attribute names (RFC 7643 §2.1: case-insensitive), coerced
 * values, extension attributes under their canonical URN key.
 *
 * - readOnly attributes (id, meta, groups) are ignored, as RFC 7644 §3.5.1
 *   says for PUT; Okta echoes back everything GET returned.
 * - `schemas` is dropped; the server derives it from the content.
 * - An object keyed by the core URN is folded into the top level (Okta KB
 *   illustration of core-namespace custom attributes).
 * - Unknown attributes and unknown extension objects are kept verbatim.
 */
export function normalizeResource(raw: unknown, resourceType: ResourceTypeDefinition): JsonObject {
  if (!isJsonObject(raw)) {
    throw ScimError.of('invalidSyntax', 'The request body must be a JSON object');
  }
  const result: JsonObject = {};
  normalizeInto(result, raw, resourceType);
  return result;
}

function normalizeInto(
  result: JsonObject,
  raw: JsonObject,
  resourceType: ResourceTypeDefinition,
): void {
  for (const [key, value] of Object.entries(raw)) {
    if (key.toLowerCase() === 'schemas') continue;
    if (isUrn(key)) {
      normalizeUrnKey(result, key, value, resourceType);
      continue;
    }
    const resolved = resolveAttribute(resourceType, key);
    if (resolved) {
      setAttribute(result, resolved.definition, value, resolved.definition.name);
      continue;
    }
    const owner = soleExtensionWith(resourceType, key);
    if (owner) {
      // Entra E-3: `department` / `manager` sent at the top level instead of under the extension URN.
      result[owner.id] = normalizeExtension(owner, { [key]: value }, result[owner.id]);
      if (Object.keys(result[owner.id] as JsonObject).length === 0) delete result[owner.id];
      continue;
    }
    // Unknown attributes are kept verbatim; an explicit null is no value.
    if (value !== null) result[key] = value;
  }
}

function normalizeUrnKey(
  result: JsonObject,
  key: string,
  value: unknown,
  resourceType: ResourceTypeDefinition,
): void {
  const schema = findSchema(resourceType, key);
  if (schema && !schema.isExtension) {
    if (isJsonObject(value)) normalizeInto(result, value, resourceType);
    return;
  }
  if (schema) {
    if (value === null) return;
    if (!isJsonObject(value)) {
      throw ScimError.of('invalidValue', `Extension '${schema.schema.id}' must be an object`);
    }
    const extension = normalizeExtension(schema.schema, value, result[schema.schema.id]);
    if (Object.keys(extension).length > 0) result[schema.schema.id] = extension;
    return;
  }
  // A URN-qualified attribute name used as a key, e.g. "urn:…:enterprise:2.0:User:department".
  const qualified = splitQualifiedName(key, resourceType);
  if (qualified) {
    if (!qualified.isExtension) {
      normalizeInto(result, { [qualified.attribute]: value }, resourceType);
      return;
    }
    const current = isJsonObject(result[qualified.schema.id]) ? result[qualified.schema.id] : {};
    const extension = normalizeExtension(
      qualified.schema,
      { [qualified.attribute]: value },
      current,
    );
    result[qualified.schema.id] = extension;
    return;
  }
  result[key] = value;
}

function normalizeExtension(
  schema: SchemaDefinition,
  raw: JsonObject,
  existing: unknown,
): JsonObject {
  const result: JsonObject = isJsonObject(existing) ? { ...existing } : {};
  for (const [key, value] of Object.entries(raw)) {
    const definition = schema.attributes.find((a) => a.name.toLowerCase() === key.toLowerCase());
    if (!definition) {
      result[key] = value;
      continue;
    }
    setAttribute(result, definition, value, `${schema.id}:${definition.name}`);
  }
  return result;
}

function setAttribute(
  result: JsonObject,
  definition: AttributeDefinition,
  value: unknown,
  where: string,
): void {
  if (definition.mutability === 'readOnly') return;
  const normalized = normalizeAttributeValue(definition, value, where);
  if (normalized === null || (Array.isArray(normalized) && normalized.length === 0)) {
    delete result[definition.name];
    return;
  }
  result[definition.name] = normalized;
}

/** The one extension of this resource type that defines `name`, if exactly one does. */
function soleExtensionWith(
  resourceType: ResourceTypeDefinition,
  name: string,
): SchemaDefinition | undefined {
  const owners = resourceType.extensions.filter((e) =>
    e.schema.attributes.some((a) => a.name.toLowerCase() === name.toLowerCase()),
  );
  return owners.length === 1 ? owners[0]?.schema : undefined;
}

/**
 * Splits "urn:…:User:attr" into its schema and attribute when the prefix is
 * one of the resource type's schemas.
 */
export function splitQualifiedName(
  key: string,
  resourceType: ResourceTypeDefinition,
): { schema: SchemaDefinition; isExtension: boolean; attribute: string } | undefined {
  const at = key.lastIndexOf(':');
  if (at <= 0) return undefined;
  const found = findSchema(resourceType, key.slice(0, at));
  if (!found) return undefined;
  return { ...found, attribute: key.slice(at + 1) };
}
