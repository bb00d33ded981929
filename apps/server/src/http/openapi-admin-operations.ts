/**
 * The admin API's operations as served under /api (app.ts): trpc-to-openapi's
 * description of them is right about bodies and parameters; this moves them under
 * /api, names them apart from SCIM operations, sets the admin credential, and
 * documents the errors tRPC's REST adapter answers with.
 */
import type { OpenApiMeta } from 'trpc-to-openapi';
import type { Components } from './openapi-components.ts';
import type { OperationObject, ReferenceObject, ResponseObject } from './openapi-types.ts';

export const ADMIN_PREFIX = '/api';
export const ADMIN_OPERATION_PREFIX = 'admin-';
export const ADMIN_TAG_PREFIX = 'Admin: ';
export const ADMIN_SECURITY: Record<string, string[]>[] = [{ adminBearer: [] }];

const ADMIN_ERRORS: Record<number, string> = {
  400: 'The input is invalid.',
  401: 'The admin credential is missing or wrong.',
  403: 'Forbidden.',
  404: 'The tenant (or the resource named in the path) does not exist.',
  409: 'It already exists.',
  412: 'Precondition failed.',
  415: 'The body is not sent as application/json.',
  429: 'Too many requests.',
  500: 'The server failed.',
};

export function adminOperation(
  raw: OperationObject,
  method: string,
  path: string,
  meta: OpenApiMeta,
  components: Components,
): OperationObject {
  const success = raw.responses?.['200'] as ResponseObject | undefined;
  const responses: Record<string, ResponseObject | ReferenceObject> = success
    ? { 200: success }
    : {};
  for (const status of errorStatuses(raw, method, path, meta)) {
    responses[status] = adminErrorRef(components, status);
  }
  return {
    ...raw,
    ...(raw.operationId ? { operationId: `${ADMIN_OPERATION_PREFIX}${raw.operationId}` } : {}),
    ...(raw.tags ? { tags: raw.tags.map((tag) => `${ADMIN_TAG_PREFIX}${tag}`) } : {}),
    security: ADMIN_SECURITY,
    responses,
  };
}

/**
 * The statuses a procedure declares in `meta.openapi.errorResponses`, else: 400 for
 * invalid input, 401 without the admin credential, 404 for an unknown tenant or id in
 * the path, 409 when a POST creates something that exists, 500; and 415 for any body.
 */
function errorStatuses(
  raw: OperationObject,
  method: string,
  path: string,
  meta: OpenApiMeta,
): number[] {
  // tRPC's REST adapter refuses a body without Content-Type: application/json before the procedure runs.
  const mediaType = raw.requestBody !== undefined ? [415] : [];
  const declared = meta.openapi?.errorResponses;
  if (declared !== undefined) {
    const statuses = Array.isArray(declared) ? declared : Object.keys(declared).map(Number);
    return [...new Set([...statuses.filter((s) => s >= 400), ...mediaType])].sort((a, b) => a - b);
  }
  const hasInput = (raw.parameters?.length ?? 0) > 0 || raw.requestBody !== undefined;
  const statuses: number[] = [];
  if (hasInput) statuses.push(400);
  statuses.push(401);
  if (path.includes('{')) statuses.push(404);
  if (method === 'post') statuses.push(409);
  statuses.push(...mediaType, 500);
  return statuses;
}

/** tRPC's error body on its REST adapter: `{ message, code, issues? }` as plain JSON. */
function adminErrorRef(components: Components, status: number): ReferenceObject {
  return components.ref('responses', `AdminError${status}`, () => ({
    description: ADMIN_ERRORS[status] ?? `HTTP ${status}.`,
    content: {
      'application/json': {
        schema: components.ref('schemas', 'AdminError', () => ({
          type: 'object',
          description: 'An admin API error (tRPC error, REST form).',
          properties: {
            message: { type: 'string' },
            code: { type: 'string', description: 'The tRPC error code, e.g. NOT_FOUND.' },
            data: {
              type: 'object',
              properties: {
                code: { type: 'string' },
                httpStatus: { type: 'integer' },
                path: { type: 'string', description: 'The procedure, e.g. tenants.create.' },
              },
            },
            issues: {
              type: 'array',
              items: { type: 'object' },
              description: 'Input validation issues.',
            },
          },
          required: ['message', 'code', 'data'],
        })),
      },
    },
  }));
}
