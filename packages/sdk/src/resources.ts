/** The SCIM resources and messages, as the OpenAPI document describes them. */
import type { components } from './generated/openapi.ts';

type Schemas = components['schemas'];

/** A User as the server returns it (RFC 7643 §4.1). */
export type ScimUser = Schemas['User'];
/** A User as a client sends it (POST, PUT); `userName` is required. */
export type ScimUserInput = Schemas['UserInput'];
export type ScimGroup = Schemas['Group'];
export type ScimGroupInput = Schemas['GroupInput'];
export type ScimServiceAccount = Schemas['ServiceAccount'];
export type ScimServiceAccountInput = Schemas['ServiceAccountInput'];
/** An assignable role of the tenant (read-only, `GET /Roles`). */
export type ScimRole = Schemas['Role'];
/** A resource of any type (root `.search`). */
export type ScimResource = Schemas['ScimDocument'];

/** RFC 7644 §3.4.2: a page of resources. */
export type ListResponse<T> = Omit<Schemas['ListResponse'], 'Resources'> & { Resources: T[] };
export type SearchRequest = Schemas['SearchRequest'];
export type BulkRequest = Schemas['BulkRequest'];
export type BulkOperation = BulkRequest['Operations'][number];
export type BulkResponse = Schemas['BulkResponse'];
/** The RFC 7644 §3.12 error body. */
export type ScimErrorBody = Schemas['ScimError'];

/** The version (weak ETag) of a resource, for `ifMatch` and `ifNoneMatch`. */
export function versionOf(resource: { meta?: { version?: string } }): string | undefined {
  return resource.meta?.version;
}
