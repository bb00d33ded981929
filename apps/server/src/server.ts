import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import type { Config } from './config.ts';
import { createApp } from './http/app.ts';
import { createScimEdge } from './http/scim-edge.ts';
import { createScimListener, isScimRequest } from './http/scim-listener.ts';
import { createLogger, type Logger } from './logger.ts';
import { scimRouter } from './scim/router.ts';
import { createScimServices } from './scim/services.ts';
import { RequestLogWriter } from './request-log/request-log-writer.ts';
import { storeRequestLogSink } from './request-log/store-request-log-sink.ts';
import type { Store } from './store/port.ts';
import { requestLogThread } from './store/sqlite/request-log-thread.ts';
import { createSqliteStore } from './store/sqlite/store.ts';
import { bootstrapTenant } from './tenants/bootstrap.ts';
import { WebhookDispatcher } from './webhooks/webhook-dispatcher.ts';

export interface RunningServer {
  url: string;
  port: number;
  store: Store;
  close(): Promise<void>;
}

/** Opens the store (migrations apply), bootstraps the tenant, and listens. */
export async function startServer(
  config: Config,
  logger: Logger = createLogger(config.logLevel),
): Promise<RunningServer> {
  const store = createSqliteStore(config.sqliteFile);
  if (config.bootstrap) await bootstrapTenant(store, config.bootstrap);
  const services = createScimServices(store, config.page);
  // A file gets a writer thread for the request log; `:memory:` is reachable from this thread only.
  const requestLogSink =
    config.sqliteFile === ':memory:'
      ? storeRequestLogSink(store)
      : requestLogThread(config.sqliteFile);
  const requestLog = new RequestLogWriter(store, requestLogSink, logger);
  const webhooks = new WebhookDispatcher(store, logger, {
    retryBaseMs: config.webhookRetryBaseMs,
  });
  // Lifecycle events at debug: what changed, by whom, with the request id.
  const stopLogging = store.onCommittedChanges((changes) => {
    for (const change of changes) {
      logger.debug(
        {
          tenant: change.tenantId,
          type: change.type,
          resource: `${change.resourceType}/${change.resourceId}`,
          requestId: change.actor.requestId ?? undefined,
          credential: change.actor.credentialId ?? undefined,
        },
        'change',
      );
    }
  });
  webhooks.start();
  const scim = createScimListener({
    store,
    services,
    edge: createScimEdge(scimRouter, (error) =>
      logger.error({ err: error }, 'SCIM request failed'),
    ),
    logger,
    publicUrl: config.publicUrl,
    rateLimitPerSecond: config.rateLimitPerSecond,
    requestLog,
  });
  const other = getRequestListener(
    createApp({ store, adminTokenHash: config.adminTokenHash, requestLog }).fetch,
  );
  const server: Server = createServer((req, res) => {
    if (isScimRequest(req.url)) void scim(req, res);
    else void other(req, res);
  });
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const port = (server.address() as AddressInfo).port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  return {
    url: `http://${host}:${port}`,
    port,
    store,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
      await webhooks.stop();
      await requestLog.close();
      stopLogging();
      await store.close();
    },
  };
}
