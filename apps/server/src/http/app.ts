import { Hono } from 'hono';

/**
 * Everything that is not the SCIM wire API: `/healthz` now, the admin API
 * later. (SCIM itself is served by scim-listener.ts, on the hot path.)
 */
export function createApp(): Hono {
  const app = new Hono();
  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.notFound((c) => c.json({ error: 'not found' }, 404));
  return app;
}
