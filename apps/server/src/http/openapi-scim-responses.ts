/**
 * The responses and headers of the SCIM wire API as the edge and listener write
 * them (scim-edge.ts, scim-listener.ts): `application/scim+json`, the RFC 7644 §3.12
 * error body, and the headers each status carries.
 */
import type { Components } from './openapi-components.ts';
import { scimErrorRef } from './openapi-message-schemas.ts';
import type { ReferenceObject } from './openapi-types.ts';
import { SCIM_MEDIA_TYPE } from './scim-edge.ts';

export type ScimHeader = 'ETag' | 'Location' | 'Retry-After' | 'X-Request-Id';

const HEADERS: Record<ScimHeader, { description: string; pattern?: string }> = {
  ETag: {
    description:
      "The resource's version as a weak entity tag, equal to meta.version (RFC 7644 §3.14).",
    pattern: '^W/"[^"]*"$',
  },
  Location: { description: 'The URL of the created resource (RFC 7644 §3.3).' },
  'Retry-After': {
    description: 'Seconds to wait before retrying, an integer (RFC 6585 §4).',
    pattern: '^[0-9]+$',
  },
  'X-Request-Id': { description: "This request's id, as in the server's log." },
};

export function headerRef(components: Components, name: ScimHeader): ReferenceObject {
  return components.ref('headers', name.replaceAll('-', ''), () => {
    const { description, pattern } = HEADERS[name];
    return {
      description,
      required: true,
      schema: { type: 'string', ...(pattern ? { pattern } : {}) },
    };
  });
}

/** Why each error status happens (RFC 7644 §3.12 Table 8, and this server's own reasons). */
export const SCIM_ERROR_STATUSES = {
  400: 'The request is invalid; `scimType` says how (invalidFilter, invalidValue, invalidSyntax, …).',
  401: 'Credentials are missing or invalid (also for an unknown tenant).',
  403: 'SCIM provisioning is turned off for this tenant.',
  404: 'No such resource.',
  409: 'A unique attribute is already taken (`scimType` uniqueness).',
  412: 'If-Match does not name the current version (RFC 7644 §3.14).',
  413: 'The body is over 1 MiB, or a Bulk request has more than 1,000 operations.',
  415: 'The Content-Type is neither application/scim+json nor application/json.',
  429: 'Too many requests for this credential; retry after `Retry-After` seconds.',
  500: 'The server failed.',
} as const;

export type ScimErrorStatus = keyof typeof SCIM_ERROR_STATUSES;

/** One shared response per error status: the SCIM error body, with Retry-After on 429. */
export function errorResponseRef(components: Components, status: ScimErrorStatus): ReferenceObject {
  return components.ref('responses', `ScimError${status}`, () => ({
    description: SCIM_ERROR_STATUSES[status],
    headers: {
      'X-Request-Id': headerRef(components, 'X-Request-Id'),
      ...(status === 429 ? { 'Retry-After': headerRef(components, 'Retry-After') } : {}),
    },
    content: { [SCIM_MEDIA_TYPE]: { schema: scimErrorRef(components) } },
  }));
}
