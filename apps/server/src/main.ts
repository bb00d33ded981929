import { readConfig, type Config } from './config.ts';
import { createLogger } from './logger.ts';
import { startServer } from './server.ts';

const config = readConfigOrExit();
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

/** A configuration error is logged (at info, like authentication failures) and ends the process. */
function readConfigOrExit(): Config {
  try {
    return readConfig();
  } catch (error) {
    createLogger('info').info(
      { err: error instanceof Error ? error.message : String(error) },
      'invalid configuration',
    );
    process.exit(1);
  }
}
