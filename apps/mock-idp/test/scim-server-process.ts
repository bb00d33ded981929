/**
 * The real SCIM server (apps/server) as a child process with a fresh SQLite file, for tests
 * that talk to it over HTTP: the engine's tests against the server, the scenario runner's, and
 * the browser tests (e2e/harness.ts re-exports this). Nothing from apps/server is imported:
 * any SCIM server started this way would do.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SERVER_DIR = fileURLToPath(new URL('../../server', import.meta.url));

const SERVER_READY_TIMEOUT_MS = 20_000;
const STOP_TIMEOUT_MS = 5_000;
const MAX_LOG_CHARS = 4_000;

/** A port nothing listens on right now (released again before it is used). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Rejects with `message` when `promise` has not settled after `ms`. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${message} (after ${ms} ms)`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export interface ScimServer {
  /** e.g. `http://127.0.0.1:40123` */
  origin: string;
  /** Output so far, for failure messages. */
  log(): string;
  stop(): Promise<void>;
}

export interface ScimServerOptions {
  tenant: string;
  token: string;
  /** More environment for the server: SCIM_ADMIN_TOKEN, SCIM_BOOTSTRAP_WORKSPACES, … */
  env?: Record<string, string>;
}

/**
 * `node --import tsx src/main.ts` in apps/server with a fresh SQLite file.
 * Run without the tsx CLI wrapper so SIGTERM reaches the server process itself.
 */
export async function startScimServer({
  tenant,
  token,
  env,
}: ScimServerOptions): Promise<ScimServer> {
  if (!existsSync(join(SERVER_DIR, 'src/main.ts'))) {
    throw new Error(`SCIM server sources not found in ${SERVER_DIR}`);
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'mock-idp-e2e-db-'));
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;

  let output = '';
  const append = (chunk: Buffer): void => {
    output = (output + chunk.toString()).slice(-MAX_LOG_CHARS);
  };
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: SERVER_DIR,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: `file:${join(dataDir, 'scim.sqlite')}`,
      SCIM_BOOTSTRAP_TENANT: tenant,
      SCIM_BOOTSTRAP_TOKEN: token,
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', append);
  child.stderr.on('data', append);
  // Last resort if the test worker dies before afterAll: never leave a server behind.
  const killOnExit = (): void => {
    child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);

  const server: ScimServer = {
    origin,
    log: () => output,
    async stop() {
      process.removeListener('exit', killOnExit);
      await stopChild(child);
      await rm(dataDir, { recursive: true, force: true });
    },
  };

  try {
    await waitForHealthy(origin, child, () => output);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

async function waitForHealthy(
  origin: string,
  child: ChildProcess,
  log: () => string,
): Promise<void> {
  const deadline = Date.now() + SERVER_READY_TIMEOUT_MS;
  let lastProblem = 'no answer yet';
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `SCIM server exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${log()}`,
      );
    }
    try {
      const response = await fetch(`${origin}/healthz`, { signal: AbortSignal.timeout(1_000) });
      if (response.status === 200) return;
      lastProblem = `GET /healthz answered ${response.status}`;
    } catch (error) {
      lastProblem = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(
    `SCIM server at ${origin} not healthy within ${SERVER_READY_TIMEOUT_MS} ms (${lastProblem}):\n${log()}`,
  );
}

/** SIGTERM, then SIGKILL if it has not exited within STOP_TIMEOUT_MS. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  try {
    await withTimeout(exited, STOP_TIMEOUT_MS, 'SCIM server ignored SIGTERM');
  } catch {
    child.kill('SIGKILL');
    await withTimeout(exited, STOP_TIMEOUT_MS, 'SCIM server survived SIGKILL');
  }
}
