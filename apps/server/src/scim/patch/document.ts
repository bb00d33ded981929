import type { AttributeDefinition, ResourceTypeDefinition } from '@scim/schema';
import type { ElementIndexes } from './element-index.ts';
import { isEmpty, isObject, type JsonObject } from './json.ts';
import { assertMutable, assertRemovable } from './rules.ts';

/** The working copy one PATCH request mutates, and what each operation wrote. */
export interface PatchContext {
  document: JsonObject;
  resourceType: ResourceTypeDefinition;
  /** Multi-valued elements written by the current operation (for the single-primary rule). */
  written: WrittenElements[];
  indexes: ElementIndexes;
}

export interface WrittenElements {
  container: JsonObject;
  name: string;
  elements: unknown[];
}

/** The object holding an attribute: the document, or the object under the extension's URN key. */
export function findContainer(
  context: PatchContext,
  extensionUrn: string | undefined,
): JsonObject | undefined {
  if (extensionUrn === undefined) return context.document;
  const existing = context.document[extensionUrn];
  return isObject(existing) ? existing : undefined;
}

/** As findContainer, creating the extension object if needed (empty ones are dropped after each op). */
export function ensureContainer(
  context: PatchContext,
  extensionUrn: string | undefined,
): JsonObject {
  if (extensionUrn === undefined) return context.document;
  const existing = context.document[extensionUrn];
  if (isObject(existing)) return existing;
  const created: JsonObject = {};
  context.document[extensionUrn] = created;
  return created;
}

/** The elements of a multi-valued attribute, tolerating a stored lone value. */
export function elementsOf(container: JsonObject | undefined, name: string): unknown[] {
  const value = container?.[name];
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** Removes an attribute: refused for required and set immutable attributes; absent is fine. */
export function deleteAttribute(
  container: JsonObject | undefined,
  definition: AttributeDefinition,
  where: string,
): void {
  assertRemovable(definition, where);
  if (!container) return;
  assertMutable(definition, container[definition.name], undefined, where);
  delete container[definition.name];
}

/** Stores an attribute value; an empty array or object removes the attribute instead. */
export function writeAttribute(
  container: JsonObject,
  definition: AttributeDefinition,
  value: unknown,
  where: string,
): void {
  if (isEmpty(value)) {
    deleteAttribute(container, definition, where);
    return;
  }
  assertMutable(definition, container[definition.name], value, where);
  container[definition.name] = value;
}
