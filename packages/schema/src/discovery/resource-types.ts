import type { AttributeDefinition, SchemaDefinition } from './attribute.ts';
import { commonAttributes } from './common-attributes.ts';
import { enterpriseUserSchema } from './enterprise-user-schema.ts';
import { groupSchema } from './group-schema.ts';
import { roleSchema } from './role-schema.ts';
import { serviceAccountSchema } from './service-account-schema.ts';
import { userSchema } from './user-schema.ts';

/** A resource type with its core schema and extensions (RFC 7643 §6). */
export interface ResourceTypeDefinition {
  id: string;
  name: string;
  endpoint: string;
  description: string;
  schema: SchemaDefinition;
  extensions: { schema: SchemaDefinition; required: boolean }[];
}

export const userResourceType: ResourceTypeDefinition = {
  id: 'User',
  name: 'User',
  endpoint: '/Users',
  description: 'User Account',
  schema: userSchema,
  extensions: [{ schema: enterpriseUserSchema, required: false }],
};

export const groupResourceType: ResourceTypeDefinition = {
  id: 'Group',
  name: 'Group',
  endpoint: '/Groups',
  description: 'Group',
  schema: groupSchema,
  extensions: [],
};

export const roleResourceType: ResourceTypeDefinition = {
  id: 'Role',
  name: 'Role',
  endpoint: '/Roles',
  description: 'Assignable roles (read-only)',
  schema: roleSchema,
  extensions: [],
};

export const serviceAccountResourceType: ResourceTypeDefinition = {
  id: 'ServiceAccount',
  name: 'ServiceAccount',
  endpoint: '/ServiceAccounts',
  description: 'Non-human account (automation, CI, integrations)',
  schema: serviceAccountSchema,
  extensions: [],
};

export const resourceTypes: ResourceTypeDefinition[] = [
  userResourceType,
  groupResourceType,
  roleResourceType,
  serviceAccountResourceType,
];

export const schemaDefinitions: SchemaDefinition[] = [
  userSchema,
  enterpriseUserSchema,
  groupSchema,
  roleSchema,
  serviceAccountSchema,
];

/** Where a (possibly URN-qualified) attribute name lives in a resource type. */
export interface ResolvedAttribute {
  /** The schema URN that owns the attribute; undefined for common attributes (id, externalId, meta). */
  schemaUrn: string | undefined;
  /** True when the attribute sits under the extension's URN key in the resource JSON. */
  inExtension: boolean;
  definition: AttributeDefinition;
}

const lower = (s: string) => s.toLowerCase();

/** Each (immutable) attribute list by lower-cased name: filters, projections and PATCH paths all resolve names. */
const byLowerName = new WeakMap<readonly AttributeDefinition[], Map<string, AttributeDefinition>>();

/** The first attribute of the list with this name, case-insensitively (RFC 7643 §2.1). */
function findByName(
  attributes: readonly AttributeDefinition[] | undefined,
  name: string,
): AttributeDefinition | undefined {
  if (!attributes) return undefined;
  let index = byLowerName.get(attributes);
  if (!index) {
    index = new Map();
    for (const attribute of attributes) {
      const key = lower(attribute.name);
      if (!index.has(key)) index.set(key, attribute);
    }
    byLowerName.set(attributes, index);
  }
  return index.get(lower(name));
}

/** Finds a schema of this resource type by URN, case-insensitively. */
export function findSchema(
  resourceType: ResourceTypeDefinition,
  urn: string,
): { schema: SchemaDefinition; isExtension: boolean } | undefined {
  if (lower(urn) === lower(resourceType.schema.id))
    return { schema: resourceType.schema, isExtension: false };
  const extension = resourceType.extensions.find((e) => lower(e.schema.id) === lower(urn));
  return extension ? { schema: extension.schema, isExtension: true } : undefined;
}

/** Finds a top-level attribute, case-insensitively (RFC 7643 §2.1). */
export function resolveAttribute(
  resourceType: ResourceTypeDefinition,
  name: string,
  urn?: string,
): ResolvedAttribute | undefined {
  if (urn !== undefined) {
    const found = findSchema(resourceType, urn);
    if (!found) return undefined;
    const definition = findByName(found.schema.attributes, name);
    if (definition)
      return { schemaUrn: found.schema.id, inExtension: found.isExtension, definition };
    if (!found.isExtension) {
      const common = findByName(commonAttributes, name);
      if (common) return { schemaUrn: undefined, inExtension: false, definition: common };
    }
    return undefined;
  }
  const common = findByName(commonAttributes, name);
  if (common) return { schemaUrn: undefined, inExtension: false, definition: common };
  const core = findByName(resourceType.schema.attributes, name);
  if (core) return { schemaUrn: resourceType.schema.id, inExtension: false, definition: core };
  return undefined;
}

/** Finds a sub-attribute of a complex attribute, case-insensitively. */
export function resolveSubAttribute(
  parent: AttributeDefinition,
  name: string,
): AttributeDefinition | undefined {
  return findByName(parent.subAttributes, name);
}
