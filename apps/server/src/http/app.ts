import { Hono } from 'hono';
import { SCIM_ERROR_SCHEMA, ScimError } from '@scim/schema';
import { authenticate } from '../credentials/authenticate.ts';
import type { Logger } from '../logger.ts';
import type { ScimContext } from '../scim/context.ts';
import { scimRouter } from '../scim/router.ts';
import type { ScimServices } from '../scim/services.ts';
import type { Store } from '../store/port.ts';
import { createScimEdge, errorResponse, SCIM_MEDIA_TYPE } from './scim-edge.ts';

export interface AppDependencies {
  store: Store;
  services: ScimServices;
  logger: Logger;
  publicUrl: string | undefined;
}

/**
 * The HTTP surface: `/healthz`, and the SCIM wire API at
 * `/scim/v2/<tenant>/…` (authenticated per tenant, then handed to the edge).
 */
export function createApp({ store, services, logger, publicUrl }: AppDependencies): Hono {
  const app = new Hono();
  const edge = createScimEdge(scimRouter, (error) =>
    logger.error({ err: error }, 'SCIM request failed'),
  );

  app.get('/healthz', (c) => c.json({ status: 'ok' }));

  app.all('/scim/v2/:tenant/*', async (c) => {
    const tenantId = decodeURIComponent(c.req.param('tenant'));
    const started = performance.now();
    let response: Response;
    try {
      const { tenant } = await authenticate(store, tenantId, c.req.header('authorization') ?? null);
      const origin = publicUrl ?? new URL(c.req.url).origin;
      const baseUrl = `${origin}/scim/v2/${encodeURIComponent(tenant.id)}`;
      response = await edge(c.req.raw, (body, control): ScimContext => ({
        tenant,
        services,
        baseUrl,
        body,
        requestHeaders: c.req.raw.headers,
        response: control,
      }));
    } catch (error) {
      if (!(error instanceof ScimError)) throw error;
      response = errorResponse(error);
    }
    logger.info(
      {
        tenant: tenantId,
        method: c.req.method,
        path: new URL(c.req.url).pathname,
        status: response.status,
        ms: Math.round(performance.now() - started),
        userAgent: c.req.header('user-agent'),
      },
      'scim request',
    );
    return response;
  });

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
