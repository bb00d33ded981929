/**
 * @scim/sdk: a typed client for the SCIM server. `createScimClient` for a tenant's
 * SCIM API, `createAdminClient` for the admin API, and typed builders for filters,
 * PATCH operations and role assignments.
 */
export { createScimClient, type ScimClient, type ScimClientOptions } from './scim-client.ts';
export {
  createAdminClient,
  type AdminApi,
  type AdminClient,
  type AdminClientOptions,
  type AdminInput,
  type AdminOperationName,
  type AdminOutput,
} from './admin-client.ts';
export type {
  GetOptions,
  PatchOptions,
  ReadOnlyResourceClient,
  ResourceClient,
  WriteOptions,
} from './resource-client.ts';
export type { ListQuery, Projection } from './list-query.ts';
export { AdminApiError, isScimApiError, ScimApiError } from './errors.ts';
export {
  versionOf,
  type BulkOperation,
  type BulkRequest,
  type BulkResponse,
  type ListResponse,
  type ScimErrorBody,
  type ScimGroup,
  type ScimGroupInput,
  type ScimResource,
  type ScimRole,
  type ScimServiceAccount,
  type ScimServiceAccountInput,
  type ScimUser,
  type ScimUserInput,
  type SearchRequest,
} from './resources.ts';
export type { components, operations, paths } from './generated/openapi.ts';
export * from '@scim/schema/builders';
