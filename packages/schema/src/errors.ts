/**
 * One error type for the whole SCIM surface, with the status ↔ scimType table
 * of RFC 7644 §3.12 (Table 9), in the style of tRPC's code tables.
 */

/** RFC 7644 §3.12 Table 9, plus `sensitive` (§7.5.2) and RFC 9865 §2.3's cursor errors. */
export const SCIM_TYPE_STATUS = {
  invalidFilter: 400,
  tooMany: 400,
  uniqueness: 409,
  mutability: 400,
  invalidSyntax: 400,
  invalidPath: 400,
  noTarget: 400,
  invalidValue: 400,
  invalidVers: 400,
  sensitive: 400,
  invalidCursor: 400,
  expiredCursor: 400,
  invalidCount: 400,
} as const;

export type ScimType = keyof typeof SCIM_TYPE_STATUS;

/** Statuses the server answers with a SCIM error body (RFC 7644 §3.12 Table 8). */
export const SCIM_ERROR_STATUSES = [
  307, 308, 400, 401, 403, 404, 405, 406, 409, 412, 413, 415, 429, 500, 501,
] as const;

export type ScimErrorStatus = (typeof SCIM_ERROR_STATUSES)[number];

export const SCIM_ERROR_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:Error';

/** The RFC 7644 §3.12 JSON body. `status` is a string on the wire. */
export interface ScimErrorBody {
  schemas: [typeof SCIM_ERROR_SCHEMA];
  status: string;
  scimType?: ScimType;
  detail: string;
}

export class ScimError extends Error {
  override readonly name = 'ScimError';
  readonly status: ScimErrorStatus;
  readonly scimType: ScimType | undefined;

  private constructor(status: ScimErrorStatus, detail: string, scimType?: ScimType) {
    super(detail);
    this.status = status;
    this.scimType = scimType;
  }

  /** A 4xx with a scimType; the status comes from the table. */
  static of(scimType: ScimType, detail: string): ScimError {
    return new ScimError(SCIM_TYPE_STATUS[scimType], detail, scimType);
  }

  /** An error with no scimType (401, 404, 412, 413, 415, 500, …). */
  static status(status: ScimErrorStatus, detail: string): ScimError {
    return new ScimError(status, detail);
  }

  static notFound(detail = 'Resource not found'): ScimError {
    return new ScimError(404, detail);
  }

  static unauthorized(detail = 'Authentication required'): ScimError {
    return new ScimError(401, detail);
  }

  /** RFC 7644 §3.14: a failed If-Match precondition. */
  static preconditionFailed(detail = 'Resource version does not match If-Match'): ScimError {
    return new ScimError(412, detail);
  }

  toBody(): ScimErrorBody {
    const body: ScimErrorBody = {
      schemas: [SCIM_ERROR_SCHEMA],
      status: String(this.status),
      detail: this.message,
    };
    if (this.scimType) body.scimType = this.scimType;
    return body;
  }

  static isScimError(value: unknown): value is ScimError {
    return value instanceof ScimError;
  }
}
