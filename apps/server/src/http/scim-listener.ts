/**
 * Serves `/scim/v2/<tenant>/…` straight from node:http, the hot path:
 * authenticate the bearer token, apply the rate limit, read the body within
 * its bound, and hand the request to the SCIM edge. Everything else goes
 * to the Hono app (health, admin API).
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ScimError } from '@scim/schema';
import { authenticate } from '../credentials/authenticate.ts';
import type { Logger } from '../logger.ts';
import type { HeaderReader, ScimContext } from '../scim/context.ts';
import type { ScimServices } from '../scim/services.ts';
import type { RequestLogWriter } from '../request-log/request-log-writer.ts';
import type { Store, Tenant } from '../store/port.ts';
import { RateLimiter } from './rate-limit.ts';
import {
  bodyTooLarge,
  errorResponse,
  MAX_BODY_BYTES,
  type EdgeResponse,
  type ScimEdge,
} from './scim-edge.ts';

export interface ScimListenerDependencies {
  store: Store;
  services: ScimServices;
  edge: ScimEdge;
  logger: Logger;
  /** External origin for absolute URLs; else `http://<Host header>`. */
  publicUrl: string | undefined;
  /** Default requests per second per credential; a tenant's own setting wins. */
  rateLimitPerSecond: number;
  /** Where each request and response goes for the tenant's request log. */
  requestLog: RequestLogWriter;
}

/** What the listener learns about a request as it goes, for the log line and the request log. */
interface Seen {
  tenant?: Tenant;
  credentialId?: string;
  body?: Uint8Array;
}

/** Failed authentications recorded in a tenant's request log, per second at most. */
const FAILED_AUTH_LOG_LIMIT = { perSecond: 5 };

const SCIM_PREFIX = /^\/scim\/v2\/([^/?#]+)(\/[^?#]*)?/;

export function isScimRequest(url: string | undefined): boolean {
  return url !== undefined && url.startsWith('/scim/');
}

export function createScimListener(deps: ScimListenerDependencies) {
  const limiter = new RateLimiter();
  const failedAuthLog = new RateLimiter();

  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const started = performance.now();
    // A request id on every log line and in the response, so a client's report can be found in the log.
    const requestId = randomUUID();
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
    const headers = headerReader(req);
    const match = SCIM_PREFIX.exec(url.pathname);
    const tenantId = match?.[1] ? decodeTenant(match[1]) : undefined;
    const seen: Seen = {};
    let response: EdgeResponse;
    try {
      response =
        tenantId !== undefined && match?.[2] && match[2] !== '/'
          ? await serve(req, url, headers, tenantId, requestId, seen)
          : notFound();
    } catch (error) {
      if (!(error instanceof ScimError)) {
        deps.logger.error({ err: error, path: url.pathname, requestId }, 'SCIM request failed');
      }
      response = errorResponse(
        error instanceof ScimError ? error : ScimError.status(500, 'Internal server error'),
      );
    }
    response.headers['x-request-id'] = requestId;
    write(res, response);
    const ms = performance.now() - started;
    // Authentication failures at info: an IdP with a wrong or expired token shows up plainly.
    const failedAuth = response.status === 401;
    if (deps.logger.isLevelEnabled(failedAuth ? 'info' : 'debug')) {
      const line = {
        requestId,
        tenant: tenantId,
        method: req.method,
        path: url.pathname,
        status: response.status,
        ms: Math.round(ms),
        userAgent: headers.get('user-agent') ?? undefined,
        idpClient: seen.tenant?.idpClient,
        credential: seen.credentialId,
      };
      if (failedAuth) deps.logger.info(line, 'scim authentication failed');
      else deps.logger.debug(line, 'scim request');
    }
    // Failed authentications are logged for the tenant too, but a flood of them is not.
    if (
      failedAuth &&
      tenantId !== undefined &&
      !seen.tenant &&
      failedAuthLog.take(tenantId, FAILED_AUTH_LOG_LIMIT).ok
    ) {
      seen.tenant = await deps.store.read(({ tenants }) => tenants.get(tenantId));
    }
    if (seen.tenant && seen.tenant.requestLogRetentionDays > 0) {
      deps.requestLog.record({
        requestId,
        tenantId: seen.tenant.id,
        at: new Date(),
        method: req.method ?? 'GET',
        path: url.pathname + url.search,
        status: response.status,
        durationMs: Math.round(ms),
        credentialId: seen.credentialId ?? null,
        idpClient: seen.tenant.idpClient,
        userAgent: headers.get('user-agent'),
        requestBody: seen.body,
        responseBody: response.body,
      });
    }
  };

  async function serve(
    req: IncomingMessage,
    url: URL,
    headers: HeaderReader,
    tenantId: string,
    requestId: string,
    seen: Seen,
  ): Promise<EdgeResponse> {
    const { tenant, credential } = await authenticate(
      deps.store,
      tenantId,
      headers.get('authorization'),
    );
    seen.tenant = tenant;
    seen.credentialId = credential.id;
    // The SCIM sync switch: nothing is read or written while it is off.
    if (!tenant.scimEnabled) {
      throw ScimError.status(403, 'SCIM provisioning is turned off for this tenant');
    }
    const allowed = limiter.take(credential.id, {
      perSecond: tenant.rateLimitPerSecond ?? deps.rateLimitPerSecond,
    });
    if (!allowed.ok) return tooManyRequests(allowed.retryAfterSeconds);
    const method = req.method ?? 'GET';
    let body: Uint8Array | undefined;
    if (method !== 'GET' && method !== 'HEAD' && method !== 'DELETE') {
      const read = await readBody(req);
      if (read === undefined) return bodyTooLarge();
      body = read;
      seen.body = read;
    }
    const baseUrl = `${deps.publicUrl ?? url.origin}/scim/v2/${encodeURIComponent(tenant.id)}`;
    return deps.edge({ method, url, headers, body }, (parsed, control): ScimContext => ({
      tenant,
      services: deps.services,
      baseUrl,
      body: parsed,
      requestHeaders: headers,
      query: url.searchParams,
      response: control,
      actor: { kind: 'scim', credentialId: credential.id, requestId },
    }));
  }
}

function headerReader(req: IncomingMessage): HeaderReader {
  return {
    get(name) {
      const value = req.headers[name.toLowerCase()];
      if (value === undefined) return null;
      return Array.isArray(value) ? value.join(', ') : value;
    },
  };
}

function decodeTenant(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function notFound(): EdgeResponse {
  return errorResponse(ScimError.notFound('No such endpoint'));
}

/** RFC 6585 §4 and RFC 7644 §3.12: 429 with an integer Retry-After (Okta honours only integers). */
function tooManyRequests(retryAfterSeconds: number): EdgeResponse {
  const response = errorResponse(
    ScimError.status(429, `Too many requests; retry after ${retryAfterSeconds} s`),
  );
  response.headers['retry-after'] = String(retryAfterSeconds);
  return response;
}

/** Reads the body, giving up (undefined) as soon as it passes MAX_BODY_BYTES. */
function readBody(req: IncomingMessage): Promise<Uint8Array | undefined> {
  const declared = Number(req.headers['content-length'] ?? '0');
  if (declared > MAX_BODY_BYTES) return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > MAX_BODY_BYTES) {
        req.removeAllListeners('data');
        req.pause();
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks, size)));
    req.on('error', reject);
  });
}

function write(res: ServerResponse, response: EdgeResponse): void {
  if (response.status === 413) response.headers.connection = 'close';
  // Content-Length, not chunked: the body is whole already, and clients read a sized body faster.
  const body = response.body === undefined ? undefined : Buffer.from(response.body, 'utf8');
  if (body) response.headers['content-length'] = String(body.length);
  res.writeHead(response.status, response.headers);
  res.end(body);
}
