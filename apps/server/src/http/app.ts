import { Hono } from 'hono';
import { SCIM_ERROR_SCHEMA, ScimError } from '@scim/schema';
import { authenticate } from '../credentials/authenticate.ts';
import type { Logger } from '../logger.ts';
import type { ScimContext } from '../scim/context.ts';
import { scimRouter } from '../scim/router.ts';
import type { ScimServices } from '../scim/services.ts';
import type { Store } from '../store/port.ts';
import { RateLimiter } from './rate-limit.ts';
import { createScimEdge, errorResponse, SCIM_MEDIA_TYPE } from './scim-edge.ts';

export interface AppDependencies {
  store: Store;
  services: ScimServices;
  logger: Logger;
  publicUrl: string | undefined;
  /** Default requests per second per credential; a tenant's own setting wins. */
  rateLimitPerSecond: number;
}

/**
 * The HTTP surface: `/healthz`, and the SCIM wire API at
 * `/scim/v2/<tenant>/…` (authenticated per tenant, then handed to the edge).
 */
export function createApp({
  store,
  services,
  logger,
  publicUrl,
  rateLimitPerSecond,
}: AppDependencies): Hono {
  const app = new Hono();
  const limiter = new RateLimiter();
  const edge = createScimEdge(scimRouter, (error) =>
    logger.error({ err: error }, 'SCIM request failed'),
  );

  app.get('/healthz', (c) => c.json({ status: 'ok' }));

  app.all('/scim/v2/:tenant/*', async (c) => {
    const tenantId = decodeURIComponent(c.req.param('tenant'));
    const url = new URL(c.req.url);
    const started = performance.now();
    const response = await serveScim(c.req.raw, url, tenantId).catch((error: unknown) => {
      if (error instanceof ScimError) return errorResponse(error);
      throw error;
    });
    logger.info(
      {
        tenant: tenantId,
        method: c.req.method,
        path: url.pathname,
        status: response.status,
        ms: Math.round(performance.now() - started),
        userAgent: c.req.header('user-agent'),
      },
      'scim request',
    );
    return response;
  });

  /** Authenticate, rate-limit, then hand the request to the SCIM edge. */
  async function serveScim(request: Request, url: URL, tenantId: string): Promise<Response> {
    const { tenant, credential } = await authenticate(
      store,
      tenantId,
      request.headers.get('authorization'),
    );
    const allowed = limiter.take(credential.id, {
      perSecond: tenant.rateLimitPerSecond ?? rateLimitPerSecond,
    });
    if (!allowed.ok) return tooManyRequests(allowed.retryAfterSeconds);
    const baseUrl = `${publicUrl ?? url.origin}/scim/v2/${encodeURIComponent(tenant.id)}`;
    return edge(request, (body, control): ScimContext => ({
      tenant,
      services,
      baseUrl,
      body,
      requestHeaders: request.headers,
      query: url.searchParams,
      response: control,
    }));
  }

  app.notFound((c) =>
    c.req.path.startsWith('/scim/')
      ? errorResponse(ScimError.notFound('No such endpoint'))
      : c.json({ error: 'not found' }, 404),
  );

  app.onError((error, c) => {
    logger.error({ err: error, path: c.req.path }, 'unhandled error');
    return new Response(
      JSON.stringify({
        schemas: [SCIM_ERROR_SCHEMA],
        status: '500',
        detail: 'Internal server error',
      }),
      { status: 500, headers: { 'content-type': SCIM_MEDIA_TYPE } },
    );
  });

  return app;
}

/** RFC 6585 §4 and RFC 7644 §3.12: 429 with an integer Retry-After. */
function tooManyRequests(retryAfterSeconds: number): Response {
  const response = errorResponse(
    ScimError.status(429, `Too many requests; retry after ${retryAfterSeconds} s`),
  );
  response.headers.set('retry-after', String(retryAfterSeconds));
  return response;
}
