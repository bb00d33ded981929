/**
 * The SCIM operations of one resource type (RFC 7644 §3.3–3.6), the same for
 * Users, Groups and Service Accounts; Roles get the read-only half.
 */
import type { PatchOperationBody, PatchRequestBody } from '@scim/schema/builders';
import { patchRequest } from '@scim/schema/builders';
import {
  listParams,
  projectionParams,
  searchBody,
  type ListQuery,
  type Projection,
} from './list-query.ts';
import { items, pages } from './paging.ts';
import type { ListResponse } from './resources.ts';
import { scimResult } from './scim-response.ts';
import type { Http } from './transport.ts';

export interface GetOptions extends Projection {
  /** A version (ETag) the caller has: the server answers 304 and `get` returns undefined if it is current. */
  ifNoneMatch?: string;
}

export interface WriteOptions extends Projection {
  /** Write only if the resource is still at this version (ETag); else 412 (RFC 7644 §3.14). */
  ifMatch?: string | undefined;
}

export interface PatchOptions extends WriteOptions {
  /** Ask for 204 with no body (RFC 7240 `Prefer: return=minimal`). */
  minimal?: boolean;
}

export interface ReadOnlyResourceClient<T> {
  /** One resource. Throws ScimApiError (404 when there is none). */
  get(id: string, options?: Projection): Promise<T>;
  /** One resource, or undefined when `ifNoneMatch` names its current version (304). */
  get(id: string, options: GetOptions & { ifNoneMatch: string }): Promise<T | undefined>;
  /** Every matching resource, fetching pages as iteration reaches them. */
  list(query?: ListQuery): AsyncGenerator<T, void, undefined>;
  /** Every page of the query. */
  pages(query?: ListQuery): AsyncGenerator<ListResponse<T>, void, undefined>;
}

export interface ResourceClient<T, TInput> extends ReadOnlyResourceClient<T> {
  /** POST: the created resource (201); 409 uniqueness when a unique attribute is taken. */
  create(resource: TInput, options?: Projection): Promise<T>;
  /** PUT: replaces every writable attribute; what `get` returned can be sent back as it is. */
  replace(id: string, resource: TInput | T, options?: WriteOptions): Promise<T>;
  /**
   * PATCH (RFC 7644 §3.5.2): the operations apply together or not at all. Returns the
   * resource, or undefined when the server answers 204 (asked with `minimal`, or a
   * large group whose members it did not read).
   */
  patch(
    id: string,
    operations: PatchRequestBody | readonly PatchOperationBody[],
    options?: PatchOptions,
  ): Promise<T | undefined>;
  delete(id: string, options?: { ifMatch?: string | undefined }): Promise<void>;
  /** Like `list`, with the query sent as a SearchRequest body (`POST .search`, RFC 7644 §3.4.3). */
  search(query?: ListQuery): AsyncGenerator<T, void, undefined>;
}

export function readOnlyResourceClient<T>(
  http: Http,
  collection: string,
): ReadOnlyResourceClient<T> {
  const item = (id: string) => `${collection}/${encodeURIComponent(id)}`;
  const fetchPages = (query: ListQuery = {}) =>
    pages<T>(query, async (position) =>
      scimResult<ListResponse<T>>(
        await http({ method: 'GET', path: collection, query: listParams(query, position) }),
        [200],
      ),
    );
  async function get(id: string, options: GetOptions = {}): Promise<T | undefined> {
    const response = await http({
      method: 'GET',
      path: item(id),
      query: projectionParams(options),
      headers: { 'if-none-match': options.ifNoneMatch },
    });
    if (response.status === 304 && options.ifNoneMatch !== undefined) return undefined;
    return scimResult<T>(response, [200]);
  }
  return {
    get: get as ReadOnlyResourceClient<T>['get'],
    list: (query) => items(fetchPages(query)),
    pages: fetchPages,
  };
}

export function resourceClient<T, TInput>(
  http: Http,
  collection: string,
): ResourceClient<T, TInput> {
  const item = (id: string) => `${collection}/${encodeURIComponent(id)}`;
  const conditional = (ifMatch: string | undefined) => ({ 'if-match': ifMatch });
  return {
    ...readOnlyResourceClient<T>(http, collection),
    async create(resource, options) {
      const response = await http({
        method: 'POST',
        path: collection,
        query: projectionParams(options),
        body: resource,
      });
      return scimResult<T>(response, [201]);
    },
    async replace(id, resource, options = {}) {
      const response = await http({
        method: 'PUT',
        path: item(id),
        query: projectionParams(options),
        headers: conditional(options.ifMatch),
        body: resource,
      });
      return scimResult<T>(response, [200]);
    },
    async patch(id, operations, options = {}) {
      const body = isPatchRequest(operations) ? operations : patchRequest(...operations);
      const response = await http({
        method: 'PATCH',
        path: item(id),
        query: projectionParams(options),
        headers: {
          ...conditional(options.ifMatch),
          prefer: options.minimal ? 'return=minimal' : undefined,
        },
        body,
      });
      if (response.status === 204) return undefined;
      return scimResult<T>(response, [200]);
    },
    async delete(id, options = {}) {
      scimResult(
        await http({ method: 'DELETE', path: item(id), headers: conditional(options.ifMatch) }),
        [204],
      );
    },
    search: (query = {}) =>
      items(
        pages<T>(query, async (position) =>
          scimResult<ListResponse<T>>(
            await http({
              method: 'POST',
              path: `${collection}/.search`,
              body: searchBody(query, position),
            }),
            [200],
          ),
        ),
      ),
  };
}

function isPatchRequest(
  value: PatchRequestBody | readonly PatchOperationBody[],
): value is PatchRequestBody {
  return !Array.isArray(value);
}
