/**
 * The SCIM wire edge over the tRPC procedures that trpc-to-openapi
 * documents. trpc-to-openapi speaks plain JSON; SCIM needs more. Every
 * workaround lives here, each with a test in scim-edge.test.ts
 * (stack-and-style §1.4):
 *
 * 1. Request media types: `application/scim+json` (with or without
 *    `; charset=utf-8`) is accepted as well as `application/json`; the
 *    adapter only accepts the latter (trpc-to-openapi#142). Bodies are
 *    bounded and parsed here, so malformed JSON is a SCIM 400
 *    invalidSyntax, and the parsed body reaches procedures untouched
 *    through the context, never merged with parameters.
 * 2. Per-request status and headers: procedures write `ctx.response`
 *    (201, 204, 304, ETag, Location).
 * 3. Error bodies: RFC 7644 §3.12 bodies built from the ScimError, never
 *    the adapter's `message`/`code`/`issues` shape.
 * 4. Responses are `application/scim+json`; 204 and 304 carry no body.
 * 5. Dispatch: trpc-to-openapi's node adapter builds a caller proxy,
 *    re-walks the input schema and parses the URL again on every request,
 *    which cost a fifth of a GET. Routes are matched here, the way the
 *    adapter does (the document's paths, case-insensitive, first match in
 *    router order), and procedures are called with tRPC's own
 *    `callTRPCProcedure`, so middlewares and input/output validation run
 *    as they would through the adapter.
 */
import { ScimError } from '@scim/schema';
import { callTRPCProcedure, getTRPCErrorFromUnknown } from '@trpc/server';
import type { HeaderReader, ResponseControl, ScimContext } from '../scim/context.ts';
import { MAX_REQUEST_BODY_BYTES } from '../scim/request-limits.ts';
import type { ScimRouter } from '../scim/router.ts';
import { toScimError } from './scim-error-mapping.ts';
import { scimRouteTable } from './scim-route-table.ts';

export const SCIM_MEDIA_TYPE = 'application/scim+json';

/** Bodies larger than this are refused with 413 (RFC 7644 §3.12). */
export const MAX_BODY_BYTES = MAX_REQUEST_BODY_BYTES;

/** A request as the edge sees it, whatever server received it. */
export interface EdgeRequest {
  method: string;
  url: URL;
  headers: HeaderReader;
  /** The raw body, already read within MAX_BODY_BYTES (undefined for GET/DELETE). */
  body: Uint8Array | undefined;
}

export interface EdgeResponse {
  status: number;
  headers: Record<string, string>;
  body: string | undefined;
}

/** What the edge needs to build a procedure context for one request. */
export type ContextFactory = (
  body: Record<string, unknown> | undefined,
  response: ResponseControl,
) => ScimContext;

export type ScimEdge = (
  request: EdgeRequest,
  buildContext: ContextFactory,
) => Promise<EdgeResponse>;

export function createScimEdge(router: ScimRouter, onError?: (error: unknown) => void): ScimEdge {
  const routes = scimRouteTable(router);

  return async (request, buildContext) => {
    const route = routes.match(request.method, request.url.pathname);
    if (!route) return errorResponse(ScimError.notFound('No such endpoint'));
    const parsed = parseBody(request);
    if (parsed instanceof ScimError) return errorResponse(parsed);
    const control: ResponseControl = { headers: {} };
    const ctx = buildContext(parsed.body, control);
    // Query parameters (first value; a repeated one stays a list, which validation refuses) and path parameters.
    const input = { ...queryInput(request.url.searchParams), ...route.params };
    try {
      const data: unknown = await callTRPCProcedure({
        router,
        path: route.procedure,
        type: route.type,
        ctx,
        getRawInput: () => Promise.resolve(input),
        signal: undefined,
        batchIndex: 0,
      });
      return finish(control.status ?? 200, control.headers, data);
    } catch (cause) {
      const error = toScimError(getTRPCErrorFromUnknown(cause));
      if (error.status >= 500) onError?.(cause);
      return errorResponse(error);
    }
  };
}

function queryInput(query: URLSearchParams): Record<string, string | string[]> {
  const input: Record<string, string | string[]> = {};
  for (const [key, value] of query) {
    const seen = input[key];
    if (seen === undefined) input[key] = value;
    else input[key] = Array.isArray(seen) ? [...seen, value] : [seen, value];
  }
  return input;
}

type ParsedBody = { body: Record<string, unknown> | undefined };

function parseBody(request: EdgeRequest): ParsedBody | ScimError {
  if (request.body === undefined) return { body: undefined };
  const contentType = request.headers.get('content-type');
  // Okta's spec tests post application/json; RFC 7644 §3.1 says scim+json. Both, any parameters.
  if (contentType && !/^application\/(scim\+)?json\s*(;|$)/i.test(contentType)) {
    return ScimError.status(
      415,
      `Unsupported content type '${contentType}'; use ${SCIM_MEDIA_TYPE}`,
    );
  }
  const text = new TextDecoder('utf-8').decode(request.body);
  if (text.trim() === '') return ScimError.of('invalidSyntax', 'The request body is empty');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return ScimError.of('invalidSyntax', 'The request body is not valid JSON');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return ScimError.of('invalidSyntax', 'The request body must be a JSON object');
  }
  return { body: body as Record<string, unknown> };
}

/** The 413 answer for a body over MAX_BODY_BYTES (the server stops reading there). */
export function bodyTooLarge(): EdgeResponse {
  return errorResponse(ScimError.status(413, `The request body exceeds ${MAX_BODY_BYTES} bytes`));
}

/** Workaround 4: the SCIM media type, and no body on 204/304. */
function finish(status: number, headers: Record<string, string>, data: unknown): EdgeResponse {
  if (status === 204 || status === 304) return { status, headers, body: undefined };
  headers['content-type'] = SCIM_MEDIA_TYPE;
  return { status, headers, body: data === undefined ? undefined : JSON.stringify(data) };
}

export function errorResponse(error: ScimError): EdgeResponse {
  return {
    status: error.status,
    headers: { 'content-type': SCIM_MEDIA_TYPE },
    body: JSON.stringify(error.toBody()),
  };
}
