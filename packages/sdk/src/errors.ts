import type { ScimType } from '@scim/schema/builders';

/**
 * A SCIM error answer (RFC 7644 §3.12): every method of a SCIM client throws
 * this for any status it does not return a value for, so `status` and
 * `scimType` can be checked in one place.
 */
export class ScimApiError extends Error {
  override readonly name = 'ScimApiError';

  constructor(
    /** The HTTP status, e.g. 409. */
    readonly status: number,
    /** The detail keyword of a 400 or 409, e.g. `uniqueness`, `invalidFilter`. */
    readonly scimType: ScimType | undefined,
    /** The server's explanation. */
    readonly detail: string,
    /** The response headers (e.g. `Retry-After` on 429, `X-Request-Id`). */
    readonly headers: Headers,
  ) {
    super(`SCIM ${status}${scimType ? ` ${scimType}` : ''}: ${detail}`);
  }

  /** Seconds to wait before retrying, from `Retry-After` (429). */
  get retryAfter(): number | undefined {
    const value = Number(this.headers.get('retry-after') ?? Number.NaN);
    return Number.isFinite(value) ? value : undefined;
  }
}

/** An admin API error answer (tRPC's REST form: `{ message, code, issues? }`). */
export class AdminApiError extends Error {
  override readonly name = 'AdminApiError';

  constructor(
    readonly status: number,
    /** tRPC's error code, e.g. `NOT_FOUND`, `CONFLICT`. */
    readonly code: string,
    message: string,
    /** Input validation issues, for 400. */
    readonly issues: unknown[] | undefined,
  ) {
    super(`Admin API ${status} ${code}: ${message}`);
  }
}

/** Whether `error` is a SCIM error answer, with this status if one is given. */
export function isScimApiError(error: unknown, status?: number): error is ScimApiError {
  return error instanceof ScimApiError && (status === undefined || error.status === status);
}
