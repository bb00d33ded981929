/**
 * The SCIM wire edge over trpc-to-openapi. trpc-to-openapi speaks plain
 * JSON; SCIM needs more. Every workaround lives here, each with a test in
 * scim-edge.test.ts (stack-and-style §1.4):
 *
 * 1. Request media types: `application/scim+json` (with or without
 *    `; charset=utf-8`) is accepted as well as `application/json`; the
 *    adapter only accepts the latter (trpc-to-openapi#142), so it is shown
 *    plain JSON. Bodies are bounded and parsed here, so malformed JSON is a
 *    SCIM 400 invalidSyntax, and the parsed body reaches procedures untouched.
 * 2. Per-request status and headers: procedures write `ctx.response`
 *    (201, 204, 304, ETag, Location); `responseMeta` hands them to the adapter.
 * 3. Error bodies: the adapter merges `message`, `code` and `issues` into
 *    every error; we rebuild the RFC 7644 §3.12 body from the SCIM fields.
 * 4. Responses are `application/scim+json`; 204 and 304 carry no body.
 * 5. trpc-to-openapi's fetch adapter rebuilds its handler (and, outside
 *    production, validates the whole router) on every request, and its node
 *    adapter converts every request into a Fetch Request for its abort
 *    signal; we build the handler once and hand it a minimal request object.
 */
import { SCIM_ERROR_SCHEMA, ScimError, type ScimErrorBody } from '@scim/schema';
import { createOpenApiNodeHttpHandler } from 'trpc-to-openapi';
import type { HeaderReader, ResponseControl, ScimContext } from '../scim/context.ts';
import { MAX_REQUEST_BODY_BYTES } from '../scim/request-limits.ts';
import type { ScimRouter } from '../scim/router.ts';
import { toScimError } from './scim-error-mapping.ts';

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

interface AdapterResponse {
  statusCode: number;
  setHeader(key: string, value: string | string[]): void;
  end(body?: string): void;
}

export function createScimEdge(router: ScimRouter, onError?: (error: unknown) => void): ScimEdge {
  const handler = createOpenApiNodeHttpHandler({
    router,
    createContext: ({ req }: { req: unknown }) => (req as AdapterRequest).scimContext,
    responseMeta: ({ ctx, errors }) => {
      const response = ctx?.response;
      const error = errors[0];
      return {
        status: error ? toScimError(error).status : (response?.status ?? 200),
        headers: { ...(error ? {} : response?.headers), 'content-type': SCIM_MEDIA_TYPE },
      };
    },
    onError: ({ error }) => {
      if (toScimError(error).status >= 500) onError?.(error);
    },
  }) as unknown as (req: AdapterRequest, res: AdapterResponse) => Promise<void>;

  return async (request, buildContext) => {
    const parsed = parseBody(request);
    if (parsed instanceof ScimError) return errorResponse(parsed);
    const control: ResponseControl = { headers: {} };
    const scimContext = buildContext(parsed.body, control);
    return new Promise<EdgeResponse>((resolve) => {
      const headers: Record<string, string> = {};
      const res: AdapterResponse = {
        statusCode: 200,
        setHeader: (key, value) => {
          headers[key.toLowerCase()] = typeof value === 'string' ? value : value.join(', ');
        },
        end: (body) => resolve(finish(res.statusCode, headers, body)),
      };
      void handler(adapterRequest(request, parsed.body, scimContext), res);
    });
  };
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

/**
 * The request as trpc-to-openapi reads it. Being an `instanceof Request`
 * makes the adapter read headers, body and signal from it directly instead
 * of building a Fetch Request from the node request (workaround 5); the
 * content type is plain JSON (workaround 1) and the body is already parsed.
 */
interface AdapterRequest {
  method: string;
  url: string;
  headers: HeaderReader;
  body: Record<string, unknown> | undefined;
  signal: AbortSignal;
  scimContext: ScimContext;
}

const NEVER_ABORTED = new AbortController().signal;

function adapterRequest(
  request: EdgeRequest,
  body: Record<string, unknown> | undefined,
  scimContext: ScimContext,
): AdapterRequest {
  const own: AdapterRequest = {
    method: request.method,
    url: request.url.href,
    headers:
      body === undefined
        ? request.headers
        : {
            get: (name) =>
              name.toLowerCase() === 'content-type'
                ? 'application/json'
                : request.headers.get(name),
          },
    body,
    signal: NEVER_ABORTED,
    scimContext,
  };
  const adapted = Object.create(Request.prototype) as AdapterRequest;
  for (const [key, value] of Object.entries(own)) {
    Object.defineProperty(adapted, key, { value, writable: true, enumerable: true });
  }
  return adapted;
}

/** Workarounds 3 and 4: SCIM error bodies, SCIM media type, no body on 204/304. */
function finish(
  status: number,
  headers: Record<string, string>,
  body: string | undefined,
): EdgeResponse {
  if (status === 204 || status === 304) {
    delete headers['content-type'];
    return { status, headers, body: undefined };
  }
  headers['content-type'] = SCIM_MEDIA_TYPE;
  if (status < 400) return { status, headers, body };
  return { status, headers, body: JSON.stringify(scimErrorBody(status, body)) };
}

function scimErrorBody(status: number, raw: string | undefined): ScimErrorBody {
  try {
    const parsed = JSON.parse(raw ?? '{}') as Partial<ScimErrorBody>;
    if (Array.isArray(parsed.schemas) && typeof parsed.detail === 'string') {
      return {
        schemas: [SCIM_ERROR_SCHEMA],
        status: String(status),
        ...(parsed.scimType ? { scimType: parsed.scimType } : {}),
        detail: parsed.detail,
      };
    }
  } catch {
    // fall through to a generic body
  }
  return { schemas: [SCIM_ERROR_SCHEMA], status: String(status), detail: 'Request failed' };
}

export function errorResponse(error: ScimError): EdgeResponse {
  return {
    status: error.status,
    headers: { 'content-type': SCIM_MEDIA_TYPE },
    body: JSON.stringify(error.toBody()),
  };
}
