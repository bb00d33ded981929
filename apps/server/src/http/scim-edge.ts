/**
 * The SCIM wire edge over trpc-to-openapi. trpc-to-openapi speaks plain
 * JSON; SCIM needs more. Every workaround lives here, each with a test in
 * scim-edge.test.ts (stack-and-style §1.4):
 *
 * 1. Request media types: `application/scim+json` (with or without
 *    `; charset=utf-8`) is rewritten to `application/json`, which is all the
 *    adapter accepts (trpc-to-openapi#142). Bodies are parsed and bounded here,
 *    so malformed JSON is a SCIM 400 invalidSyntax.
 * 2. Per-request status and headers: procedures write `ctx.response`
 *    (201, 204, 304, ETag, Location); `responseMeta` hands them to the adapter.
 * 3. Error bodies: the adapter merges `message`, `code` and `issues` into
 *    every error; we rebuild the RFC 7644 §3.12 body from the SCIM fields.
 * 4. Responses are `application/scim+json`; 204 and 304 carry no body.
 * 5. trpc-to-openapi's fetch adapter rebuilds its handler (and, outside
 *    production, validates the whole router) on every request; we build
 *    the node handler once and feed it a Fetch Request.
 */
import { SCIM_ERROR_SCHEMA, ScimError } from '@scim/schema';
import { createOpenApiNodeHttpHandler } from 'trpc-to-openapi';
import type { ScimContext, ResponseControl } from '../scim/context.ts';
import { MAX_REQUEST_BODY_BYTES } from '../scim/request-limits.ts';
import type { ScimRouter } from '../scim/router.ts';
import { toScimError } from './scim-error-mapping.ts';

export const SCIM_MEDIA_TYPE = 'application/scim+json';

/** What the edge needs to build a procedure context for one request. */
export type ContextFactory = (
  body: Record<string, unknown> | undefined,
  response: ResponseControl,
) => ScimContext;

type NodeLikeResponse = {
  statusCode: number;
  setHeader(key: string, value: string | string[]): void;
  end(body?: string): void;
};

export type ScimEdge = (request: Request, buildContext: ContextFactory) => Promise<Response>;

export function createScimEdge(router: ScimRouter, onError?: (error: unknown) => void): ScimEdge {
  const handler = createOpenApiNodeHttpHandler({
    router,
    createContext: ({ req }: { req: unknown }) => (req as { scimContext: ScimContext }).scimContext,
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
  });

  return async (request, buildContext) => {
    const parsed = await readBody(request);
    if (parsed instanceof ScimError) return errorResponse(parsed);

    const response: ResponseControl = { headers: {} };
    const scimContext = buildContext(parsed.body, response);
    const adapterRequest = adapterView(request, parsed.body, scimContext);
    const raw = await new Promise<Response>((resolve) => {
      const headers = new Headers();
      let statusCode = 200;
      const res: NodeLikeResponse = {
        get statusCode() {
          return statusCode;
        },
        set statusCode(code) {
          statusCode = code;
        },
        setHeader: (key, value) => {
          if (typeof value === 'string') headers.set(key, value);
          else for (const v of value) headers.append(key, v);
        },
        end: (body) => resolve(finish(statusCode, headers, body)),
      };
      void (handler as (req: unknown, res: unknown) => Promise<void>)(adapterRequest, res);
    });
    return raw;
  };
}

/** Bodies larger than this are refused with 413 (RFC 7644 §3.12). */
export const MAX_BODY_BYTES = MAX_REQUEST_BODY_BYTES;

type ParsedBody = { body: Record<string, unknown> | undefined };

async function readBody(request: Request): Promise<ParsedBody | ScimError> {
  if (request.method === 'GET' || request.method === 'DELETE' || request.method === 'HEAD')
    return { body: undefined };
  const contentType = request.headers.get('content-type');
  // Okta's spec tests post application/json; RFC 7644 §3.1 says scim+json. Both, any parameters.
  if (contentType && !/^application\/(scim\+)?json\s*(;|$)/i.test(contentType)) {
    return ScimError.status(
      415,
      `Unsupported content type '${contentType}'; use ${SCIM_MEDIA_TYPE}`,
    );
  }
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > MAX_BODY_BYTES) return tooLarge();
  const bytes = await readLimited(request, MAX_BODY_BYTES);
  if (bytes === undefined) return tooLarge();
  const text = new TextDecoder('utf-8').decode(bytes);
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

function tooLarge(): ScimError {
  return ScimError.status(413, `The request body exceeds ${MAX_BODY_BYTES} bytes`);
}

/** Reads the body, giving up (undefined) as soon as it passes `limit` bytes. */
async function readLimited(request: Request, limit: number): Promise<Uint8Array | undefined> {
  if (!request.body) return new Uint8Array();
  const reader: ReadableStreamDefaultReader<Uint8Array> = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/**
 * The request as the adapter reads it: a Fetch Request whose `body` is the
 * already-parsed object and whose content type is plain JSON (workaround 1).
 */
function adapterView(
  request: Request,
  body: Record<string, unknown> | undefined,
  scimContext: ScimContext,
): Request {
  const headers = new Headers(request.headers);
  if (body !== undefined) headers.set('content-type', 'application/json');
  return new Proxy(request, {
    get(target, property) {
      if (property === 'body') return body;
      if (property === 'headers') return headers;
      if (property === 'scimContext') return scimContext;
      return Reflect.get(target, property, target) as unknown;
    },
  });
}

/** Workarounds 3 and 4: SCIM error bodies, SCIM media type, no body on 204/304. */
function finish(status: number, headers: Headers, body: string | undefined): Response {
  if (status === 204 || status === 304) {
    headers.delete('content-type');
    return new Response(null, { status, headers });
  }
  headers.set('content-type', SCIM_MEDIA_TYPE);
  if (status < 400) return new Response(body ?? null, { status, headers });
  return new Response(JSON.stringify(scimErrorBody(status, body)), { status, headers });
}

function scimErrorBody(status: number, raw: string | undefined): ReturnType<ScimError['toBody']> {
  try {
    const parsed = JSON.parse(raw ?? '{}') as Partial<ReturnType<ScimError['toBody']>>;
    if (Array.isArray(parsed.schemas) && typeof parsed.detail === 'string') {
      return {
        schemas: parsed.schemas,
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

export function errorResponse(error: ScimError): Response {
  return new Response(JSON.stringify(error.toBody()), {
    status: error.status,
    headers: { 'content-type': SCIM_MEDIA_TYPE },
  });
}
