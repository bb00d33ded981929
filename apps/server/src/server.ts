import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { Config } from './config.ts';
import { createApp } from './http/app.ts';
import { createLogger, type Logger } from './logger.ts';
import { createScimServices } from './scim/services.ts';
import type { Store } from './store/port.ts';
import { createSqliteStore } from './store/sqlite/store.ts';
import { bootstrapTenant } from './tenants/bootstrap.ts';

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
  if (config.bootstrap)
    await bootstrapTenant(store, config.bootstrap.tenant, config.bootstrap.token);
  const services = createScimServices(store, config.page);
  const app = createApp({
    store,
    services,
    logger,
    publicUrl: config.publicUrl,
    rateLimitPerSecond: config.rateLimitPerSecond,
  });
  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () =>
      resolve(s),
    );
  });
  const port = (server.address() as AddressInfo).port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  return {
    url: `http://${host}:${port}`,
    port,
    store,
    async close() {
      await new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
      await store.close();
    },
  };
}
