/**
 * `createScimClient`: a tenant's SCIM API (RFC 7644) with typed resources, typed
 * errors and auto-paginating lists, over the paths of the server's OpenAPI document.
 */
import type { paths } from './generated/openapi.ts';
import { searchBody, type ListQuery } from './list-query.ts';
import { items, pages } from './paging.ts';
import {
  readOnlyResourceClient,
  resourceClient,
  type ReadOnlyResourceClient,
  type ResourceClient,
} from './resource-client.ts';
import type {
  BulkOperation,
  BulkRequest,
  BulkResponse,
  ListResponse,
  ScimGroup,
  ScimGroupInput,
  ScimResource,
  ScimRole,
  ScimServiceAccount,
  ScimServiceAccountInput,
  ScimUser,
  ScimUserInput,
} from './resources.ts';
import { scimResult } from './scim-response.ts';
import { createHttp, fillPath } from './transport.ts';

/** RFC 7644 §3.1 */
const SCIM_MEDIA_TYPE = 'application/scim+json';

/** The document's paths this client calls: a renamed route is a compile error here. */
const PATHS = {
  users: '/scim/v2/{tenant}/Users',
  groups: '/scim/v2/{tenant}/Groups',
  serviceAccounts: '/scim/v2/{tenant}/ServiceAccounts',
  roles: '/scim/v2/{tenant}/Roles',
  search: '/scim/v2/{tenant}/.search',
  bulk: '/scim/v2/{tenant}/Bulk',
} as const satisfies Record<string, keyof paths>;

/** Compiles only when P is a path of the document. */
type Documented<P extends keyof paths> = P;
type _ItemAndSearchPaths = [
  Documented<`${typeof PATHS.users}/{id}`>,
  Documented<`${typeof PATHS.users}/.search`>,
  Documented<`${typeof PATHS.groups}/{id}`>,
  Documented<`${typeof PATHS.groups}/.search`>,
  Documented<`${typeof PATHS.serviceAccounts}/{id}`>,
  Documented<`${typeof PATHS.serviceAccounts}/.search`>,
  Documented<`${typeof PATHS.roles}/{id}`>,
];

export interface ScimClientOptions {
  /** The server's origin, e.g. `http://localhost:8080` (the client adds `/scim/v2/<tenant>`). */
  baseUrl: string;
  tenant: string;
  /** A bearer token of the tenant; or give `basic` instead. */
  token?: string;
  /** An HTTP Basic credential of the tenant. */
  basic?: { username: string; password: string };
  fetch?: typeof fetch;
}

export interface ScimClient {
  users: ResourceClient<ScimUser, ScimUserInput>;
  groups: ResourceClient<ScimGroup, ScimGroupInput>;
  serviceAccounts: ResourceClient<ScimServiceAccount, ScimServiceAccountInput>;
  /** The tenant's assignable roles (read-only; index paging). */
  roles: ReadOnlyResourceClient<ScimRole>;
  /** Queries across every resource type (`POST /.search`, RFC 7644 §3.4.3). */
  search: {
    list(query?: ListQuery): AsyncGenerator<ScimResource, void, undefined>;
    pages(query?: ListQuery): AsyncGenerator<ListResponse<ScimResource>, void, undefined>;
  };
  /** Many operations in one request (RFC 7644 §3.7); results carry their own statuses. */
  bulk: {
    submit(
      operations: BulkRequest | readonly BulkOperation[],
      options?: { failOnErrors?: number },
    ): Promise<BulkResponse>;
  };
}

export function createScimClient(options: ScimClientOptions): ScimClient {
  const http = createHttp({
    baseUrl: options.baseUrl,
    authorization: authorizationOf(options),
    mediaType: SCIM_MEDIA_TYPE,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const path = (template: string) => fillPath(template, { tenant: options.tenant });
  const searchPages = (query: ListQuery = {}) =>
    pages<ScimResource>(query, async (position) =>
      scimResult<ListResponse<ScimResource>>(
        await http({ method: 'POST', path: path(PATHS.search), body: searchBody(query, position) }),
        [200],
      ),
    );
  return {
    users: resourceClient(http, path(PATHS.users)),
    groups: resourceClient(http, path(PATHS.groups)),
    serviceAccounts: resourceClient(http, path(PATHS.serviceAccounts)),
    roles: readOnlyResourceClient(http, path(PATHS.roles)),
    search: { list: (query) => items(searchPages(query)), pages: searchPages },
    bulk: {
      async submit(operations, { failOnErrors } = {}) {
        const body: BulkRequest = isBulkRequest(operations)
          ? operations
          : {
              schemas: ['urn:ietf:params:scim:api:messages:2.0:BulkRequest'],
              Operations: [...operations],
              ...(failOnErrors !== undefined ? { failOnErrors } : {}),
            };
        return scimResult<BulkResponse>(
          await http({ method: 'POST', path: path(PATHS.bulk), body }),
          [200],
        );
      },
    },
  };
}

function authorizationOf({ token, basic }: ScimClientOptions): string {
  if (token !== undefined) return `Bearer ${token}`;
  if (basic !== undefined) {
    const bytes = new TextEncoder().encode(`${basic.username}:${basic.password}`);
    return `Basic ${btoa(String.fromCharCode(...bytes))}`;
  }
  throw new TypeError('createScimClient needs a token or a basic credential');
}

function isBulkRequest(value: BulkRequest | readonly BulkOperation[]): value is BulkRequest {
  return !Array.isArray(value);
}
