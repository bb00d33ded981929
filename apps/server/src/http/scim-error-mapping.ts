import { TRPCError } from '@trpc/server';
import { ScimError, type ScimErrorStatus } from '@scim/schema';

const TRPC_CODE_STATUS: Partial<Record<TRPCError['code'], ScimErrorStatus>> = {
  NOT_FOUND: 404,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  METHOD_NOT_SUPPORTED: 405,
  CONFLICT: 409,
  PRECONDITION_FAILED: 412,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  TOO_MANY_REQUESTS: 429,
  NOT_IMPLEMENTED: 501,
};

/**
 * Any error thrown inside a SCIM procedure, as a ScimError:
 * - a ScimError thrown by our code (tRPC wraps it; it is the cause);
 * - a zod input error (query parameters) → 400 invalidValue;
 * - tRPC's own errors (no route → 404, bad JSON → 400 invalidSyntax);
 * - anything else → 500 with no internals in the detail.
 */
export function toScimError(error: unknown): ScimError {
  if (error instanceof ScimError) return error;
  if (error instanceof TRPCError) {
    if (error.cause instanceof ScimError) return error.cause;
    if (error.code === 'PARSE_ERROR')
      return ScimError.of('invalidSyntax', 'The request body is not valid JSON');
    if (error.code === 'BAD_REQUEST') {
      const zodIssues = (
        error.cause as { issues?: { path: PropertyKey[]; message: string }[] } | undefined
      )?.issues;
      const issue = zodIssues?.[0];
      const detail = issue
        ? `${issue.path.map(String).join('.') || 'input'}: ${issue.message}`
        : error.message;
      return ScimError.of('invalidValue', detail);
    }
    const status = TRPC_CODE_STATUS[error.code];
    if (status === 404) return ScimError.notFound('No such endpoint');
    if (status) return ScimError.status(status, error.message);
  }
  return ScimError.status(500, 'Internal server error');
}
