/**
 * JSON Schemas of the SCIM messages (RFC 7644 §3): errors, list responses,
 * PatchOp, SearchRequest, Bulk; and discovery documents as plain objects.
 */
import {
  SCIM_ERROR_SCHEMA,
  SCIM_TYPE_STATUS,
  URN,
  type ResourceTypeDefinition,
} from '@scim/schema';
import type { Components } from './openapi-components.ts';
import { resourceRef } from './openapi-resource-schemas.ts';
import type { ReferenceObject, SchemaObject } from './openapi-types.ts';

/** The message's `schemas`; requests may leave it out (the server tolerates it, like IdPs expect). */
const schemasOf = (urn: string): SchemaObject => ({
  type: 'array',
  items: { type: 'string' },
  description: `Contains ${urn}.`,
});

/** RFC 7644 §3.12: exactly the body the edge writes for every error. */
export function scimErrorRef(components: Components): ReferenceObject {
  return components.ref('schemas', 'ScimError', () => ({
    type: 'object',
    description: 'A SCIM error (RFC 7644 §3.12).',
    properties: {
      schemas: { type: 'array', items: { const: SCIM_ERROR_SCHEMA }, minItems: 1, maxItems: 1 },
      status: {
        type: 'string',
        pattern: '^[0-9]{3}$',
        description: 'The HTTP status, as a string.',
      },
      scimType: {
        type: 'string',
        enum: Object.keys(SCIM_TYPE_STATUS),
        description: 'The detail error keyword (RFC 7644 §3.12 Table 9; RFC 9865 for cursors).',
      },
      detail: { type: 'string', description: 'A human-readable explanation.' },
    },
    required: ['schemas', 'status', 'detail'],
    additionalProperties: false,
  }));
}

/** RFC 7644 §3.4.2: a page of resources of one type, or of any type (root `.search`, discovery). */
export function listResponseRef(
  components: Components,
  type: ResourceTypeDefinition | undefined,
): ReferenceObject {
  const name = type ? `${type.name}ListResponse` : 'ListResponse';
  return components.ref('schemas', name, () => ({
    type: 'object',
    description: type ? `A page of ${type.endpoint.slice(1)}.` : 'A page of resources.',
    properties: {
      schemas: schemasOf(URN.listResponse),
      totalResults: { type: 'integer', minimum: 0 },
      startIndex: { type: 'integer', minimum: 1, description: 'Absent with cursor paging.' },
      itemsPerPage: { type: 'integer', minimum: 0 },
      Resources: {
        type: 'array',
        items: type ? resourceRef(components, type, 'response') : documentRef(components),
      },
      nextCursor: {
        type: 'string',
        description: 'RFC 9865: the cursor of the next page; absent on the last page.',
      },
    },
    required: ['schemas', 'totalResults', 'itemsPerPage', 'Resources'],
  }));
}

/** Any JSON object: discovery documents (RFC 7644 §4) and resources of any type. */
export function documentRef(components: Components): ReferenceObject {
  return components.ref('schemas', 'ScimDocument', () => ({
    type: 'object',
    description: 'A SCIM JSON object (a resource or a discovery document).',
    additionalProperties: true,
  }));
}

/** RFC 7644 §3.5.2, in the canonical form; the server also takes `op` in any case. */
export function patchOpRef(components: Components): ReferenceObject {
  return components.ref('schemas', 'PatchOp', () => ({
    type: 'object',
    description: 'A PATCH request (RFC 7644 §3.5.2); all operations apply, or none.',
    properties: {
      schemas: schemasOf(URN.patchOp),
      Operations: {
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          properties: {
            op: { type: 'string', enum: ['add', 'remove', 'replace'] },
            path: { type: 'string', description: 'An attribute path, e.g. members[value eq "…"].' },
            value: {
              description: 'The value to add or replace; with no path, an object of attributes.',
            },
          },
          required: ['op'],
        },
      },
    },
    required: ['Operations'],
  }));
}

/** RFC 7644 §3.4.3 */
export function searchRequestRef(components: Components): ReferenceObject {
  const names: SchemaObject = { type: 'array', items: { type: 'string' } };
  return components.ref('schemas', 'SearchRequest', () => ({
    type: 'object',
    description:
      'A query in the body (RFC 7644 §3.4.3), answered like GET with the same parameters.',
    properties: {
      schemas: schemasOf(URN.searchRequest),
      attributes: names,
      excludedAttributes: names,
      filter: { type: 'string' },
      sortBy: { type: 'string' },
      sortOrder: { type: 'string', enum: ['ascending', 'descending'] },
      startIndex: { type: 'integer', minimum: 1 },
      count: { type: 'integer', minimum: 0 },
      cursor: { type: 'string', description: 'RFC 9865: empty for the first page.' },
    },
  }));
}

/** RFC 7644 §3.7 */
export function bulkRequestRef(components: Components): ReferenceObject {
  return components.ref('schemas', 'BulkRequest', () => ({
    type: 'object',
    description:
      'Many operations in one request (RFC 7644 §3.7); `bulkId:<id>` refers to a resource created in it.',
    properties: {
      schemas: schemasOf(URN.bulkRequest),
      failOnErrors: { type: 'integer', minimum: 1 },
      Operations: {
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          properties: {
            method: { type: 'string', enum: ['POST', 'PUT', 'PATCH', 'DELETE'] },
            bulkId: { type: 'string', description: 'Required for POST (RFC 7644 §3.7).' },
            version: { type: 'string', description: 'An ETag, as If-Match.' },
            path: { type: 'string', description: 'e.g. /Users or /Groups/{id}' },
            data: { type: 'object', description: 'The resource, or a PatchOp for PATCH.' },
          },
          required: ['method', 'path'],
        },
      },
    },
    required: ['Operations'],
  }));
}

/** RFC 7644 §3.7: one result per operation, each with the status it would have had alone. */
export function bulkResponseRef(components: Components): ReferenceObject {
  return components.ref('schemas', 'BulkResponse', () => ({
    type: 'object',
    description: 'The result of each operation of a BulkRequest, in order.',
    properties: {
      schemas: schemasOf(URN.bulkResponse),
      Operations: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            method: { type: 'string' },
            bulkId: { type: 'string' },
            version: { type: 'string' },
            location: { type: 'string' },
            status: { type: 'string', pattern: '^[0-9]{3}$' },
            response: scimErrorRef(components),
          },
          required: ['method', 'status'],
        },
      },
    },
    required: ['schemas', 'Operations'],
  }));
}
