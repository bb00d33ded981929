/**
 * The few SCIM message shapes the console needs to recognise (RFC 7644 §3.4.2, §3.12).
 * Kept local until @scim/schema exposes a package entry point.
 */
export const LIST_RESPONSE_URN = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
export const ERROR_URN = 'urn:ietf:params:scim:api:messages:2.0:Error';

export interface ListResponse {
  schemas: string[];
  totalResults: number;
  startIndex: number;
  itemsPerPage: number;
  Resources?: unknown[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Why `body` is not a usable ListResponse, or undefined when it is one. */
export function listResponseProblem(body: unknown): string | undefined {
  if (!isRecord(body)) return 'Body is not a JSON object';
  const { schemas, Resources } = body;
  if (!Array.isArray(schemas) || !schemas.includes(LIST_RESPONSE_URN)) {
    return `schemas does not contain ${LIST_RESPONSE_URN}`;
  }
  // Okta pages with these numbers, so they must be real integers, not strings.
  for (const key of ['totalResults', 'startIndex', 'itemsPerPage'] as const) {
    if (!Number.isInteger(body[key])) return `${key} is not an integer`;
  }
  if (Resources !== undefined && !Array.isArray(Resources)) return 'Resources is not an array';
  return undefined;
}

export function isListResponse(body: unknown): body is ListResponse {
  return listResponseProblem(body) === undefined;
}

/** A readable line from a SCIM Error body, or undefined when the body is not one. */
export function scimErrorText(body: unknown): string | undefined {
  if (!isRecord(body) || !Array.isArray(body.schemas) || !body.schemas.includes(ERROR_URN)) {
    return undefined;
  }
  const parts = [body.scimType, body.detail].filter((part) => typeof part === 'string');
  return parts.length > 0 ? parts.join(': ') : 'SCIM error without detail';
}
