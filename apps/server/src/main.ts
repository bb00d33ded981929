import { readConfig } from './config.ts';
import { createLogger } from './logger.ts';
import { startServer } from './server.ts';

const config = readConfig();
const logger = createLogger(config.logLevel);
const server = await startServer(config, logger);
logger.info(
  {
    url: server.url,
    database: config.sqliteFile,
    scimBaseUrl: config.bootstrap ? `${server.url}/scim/v2/${config.bootstrap.tenant}` : undefined,
  },
  'SCIM server ready',
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    logger.info({ signal }, 'shutting down');
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
