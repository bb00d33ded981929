import type { ScimType } from '@scim/schema/builders';
import { ScimApiError } from './errors.ts';
import type { HttpResponse } from './transport.ts';

/** The body of an expected status; any other status is thrown as a ScimApiError (RFC 7644 §3.12). */
export function scimResult<T>(response: HttpResponse, expected: readonly number[]): T {
  if (expected.includes(response.status)) return response.body as T;
  const body = (
    typeof response.body === 'object' && response.body !== null ? response.body : {}
  ) as {
    scimType?: ScimType;
    detail?: string;
  };
  const detail =
    typeof body.detail === 'string'
      ? body.detail
      : typeof response.body === 'string'
        ? response.body
        : `HTTP ${response.status}`;
  throw new ScimApiError(response.status, body.scimType, detail, response.headers);
}
