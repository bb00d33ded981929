import { Hono } from 'hono';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { createOpenApiFetchHandler } from 'trpc-to-openapi';
import { isAdmin } from '../admin/admin-auth.ts';
import { adminRouter } from '../admin/router.ts';
import type { AdminContext } from '../admin/trpc.ts';
import type { Store } from '../store/port.ts';
import { apiReference } from './api-reference.ts';

export interface AppDependencies {
  store: Store;
  /** SHA-256 of the admin token; undefined disables the admin API. */
  adminTokenHash: string | undefined;
  /** Flushed before the admin API reads the request log, so it shows every answered request. */
  requestLog: { flush(): Promise<void> };
}

/**
 * Everything that is not the SCIM wire API (served by scim-listener.ts on
 * the hot path): `/healthz`, and the admin API as tRPC at `/api/trpc` and
 * as REST under `/api` (trpc-to-openapi).
 */
export function createApp({ store, adminTokenHash, requestLog }: AppDependencies): Hono {
  const app = new Hono();
  const context = (req: Request): AdminContext => ({
    store,
    authorized: isAdmin(req.headers.get('authorization'), adminTokenHash),
    flushRequestLog: () => requestLog.flush(),
  });

  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.route('/', apiReference()); // GET /openapi.json and the reference page at /docs
  app.all('/api/trpc/*', (c) =>
    fetchRequestHandler({
      endpoint: '/api/trpc',
      req: c.req.raw,
      router: adminRouter,
      createContext: () => context(c.req.raw),
    }),
  );
  app.all('/api/*', (c) =>
    createOpenApiFetchHandler({
      endpoint: '/api',
      req: c.req.raw,
      router: adminRouter,
      createContext: () => context(c.req.raw),
    }),
  );
  app.notFound((c) => c.json({ error: 'not found' }, 404));
  return app;
}
