import { z } from 'zod';
import type { SchemaDefinition } from './attribute.ts';
import type { ResourceTypeDefinition } from './resource-types.ts';
import { URN } from './urns.ts';

/** What the server supports today; ServiceProviderConfig must be truthful. */
export interface ServiceProviderFeatures {
  patch: boolean;
  bulk: { supported: boolean; maxOperations: number; maxPayloadSize: number };
  filter: { supported: boolean; maxResults: number };
  changePassword: boolean;
  sort: boolean;
  etag: boolean;
  /** RFC 9865 §4 */
  pagination: {
    cursor: boolean;
    index: boolean;
    defaultPaginationMethod: 'index' | 'cursor';
    defaultPageSize: number;
    maxPageSize: number;
  };
  documentationUri?: string;
}

const MetaDocument = z.object({
  resourceType: z.string(),
  location: z.string(),
});

/** RFC 7643 §5 */
export const ServiceProviderConfigDocument = z.object({
  schemas: z.array(z.string()),
  documentationUri: z.string().optional(),
  patch: z.object({ supported: z.boolean() }),
  bulk: z.object({
    supported: z.boolean(),
    maxOperations: z.number().int(),
    maxPayloadSize: z.number().int(),
  }),
  filter: z.object({ supported: z.boolean(), maxResults: z.number().int() }),
  changePassword: z.object({ supported: z.boolean() }),
  sort: z.object({ supported: z.boolean() }),
  etag: z.object({ supported: z.boolean() }),
  pagination: z
    .object({
      cursor: z.boolean(),
      index: z.boolean(),
      defaultPaginationMethod: z.enum(['index', 'cursor']),
      defaultPageSize: z.number().int(),
      maxPageSize: z.number().int(),
      cursorTimeout: z.number().int().optional(),
    })
    .optional(),
  authenticationSchemes: z.array(
    z.object({
      type: z.string(),
      name: z.string(),
      description: z.string(),
      specUri: z.string().optional(),
      documentationUri: z.string().optional(),
      primary: z.boolean().optional(),
    }),
  ),
  meta: MetaDocument,
});
export type ServiceProviderConfigDocument = z.infer<typeof ServiceProviderConfigDocument>;

export function serviceProviderConfigDocument(
  features: ServiceProviderFeatures,
  baseUrl: string,
): ServiceProviderConfigDocument {
  return {
    schemas: [URN.serviceProviderConfig],
    ...(features.documentationUri ? { documentationUri: features.documentationUri } : {}),
    patch: { supported: features.patch },
    bulk: features.bulk,
    filter: features.filter,
    changePassword: { supported: features.changePassword },
    sort: { supported: features.sort },
    etag: { supported: features.etag },
    pagination: features.pagination,
    authenticationSchemes: [
      {
        type: 'oauthbearertoken',
        name: 'OAuth Bearer Token',
        description: 'Authentication with a bearer token issued for this tenant.',
        specUri: 'https://www.rfc-editor.org/info/rfc6750',
        primary: true,
      },
    ],
    meta: { resourceType: 'ServiceProviderConfig', location: `${baseUrl}/ServiceProviderConfig` },
  };
}

/** RFC 7643 §6 */
export const ResourceTypeDocument = z.object({
  schemas: z.array(z.string()),
  id: z.string(),
  name: z.string(),
  endpoint: z.string(),
  description: z.string(),
  schema: z.string(),
  schemaExtensions: z.array(z.object({ schema: z.string(), required: z.boolean() })),
  meta: MetaDocument,
});
export type ResourceTypeDocument = z.infer<typeof ResourceTypeDocument>;

export function resourceTypeDocument(
  resourceType: ResourceTypeDefinition,
  baseUrl: string,
): ResourceTypeDocument {
  return {
    schemas: [URN.resourceType],
    id: resourceType.id,
    name: resourceType.name,
    endpoint: resourceType.endpoint,
    description: resourceType.description,
    schema: resourceType.schema.id,
    schemaExtensions: resourceType.extensions.map((e) => ({
      schema: e.schema.id,
      required: e.required,
    })),
    meta: { resourceType: 'ResourceType', location: `${baseUrl}/ResourceTypes/${resourceType.id}` },
  };
}

/** RFC 7643 §7 (attribute definitions are recursive). */
export const SchemaDocument = z.object({
  schemas: z.array(z.string()),
  id: z.string(),
  name: z.string(),
  description: z.string(),
  attributes: z.array(z.looseObject({ name: z.string(), type: z.string() })),
  meta: MetaDocument,
});
export type SchemaDocument = z.infer<typeof SchemaDocument>;

export function schemaDocument(schema: SchemaDefinition, baseUrl: string): SchemaDocument {
  return {
    schemas: [URN.schema],
    id: schema.id,
    name: schema.name,
    description: schema.description,
    attributes: schema.attributes.map((a) => ({ ...a })),
    meta: { resourceType: 'Schema', location: `${baseUrl}/Schemas/${schema.id}` },
  };
}
