/**
 * Start and stop what a browser test needs: the real SCIM server as a child process,
 * the built console behind `vite preview`, and a system Chromium.
 *
 * The console reaches the server only over HTTP (through the preview proxy), so nothing
 * from apps/server is imported here: any SCIM server started this way would do.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';

export const APP_DIR = fileURLToPath(new URL('..', import.meta.url));
const SERVER_DIR = fileURLToPath(new URL('../../server', import.meta.url));

export const CHROMIUM_PATH = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

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

export function assertChromiumInstalled(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium`);
  }
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, timeout: 30_000 });
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
}

/**
 * `node --import tsx src/main.ts` in apps/server with a fresh SQLite file.
 * Run without the tsx CLI wrapper so SIGTERM reaches the server process itself.
 */
export async function startScimServer({ tenant, token }: ScimServerOptions): Promise<ScimServer> {
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

export interface Console {
  /** e.g. `http://127.0.0.1:40124/` */
  url: string;
  stop(): Promise<void>;
}

/**
 * Production build of the console into a temp dir, served by `vite preview` with the
 * proxy from vite.config.ts. That file reads SCIM_SERVER_URL when it is loaded, which
 * both build() and preview() do, so the variable is set around those calls.
 */
export async function startConsole(scimServerUrl: string): Promise<Console> {
  const outDir = await mkdtemp(join(tmpdir(), 'mock-idp-e2e-dist-'));
  const configFile = join(APP_DIR, 'vite.config.ts');
  const port = await freePort();
  let server: PreviewServer | undefined;
  try {
    // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
    await withEnv({ NODE_ENV: 'production', SCIM_SERVER_URL: scimServerUrl }, () =>
      build({
        root: APP_DIR,
        configFile,
        mode: 'production',
        logLevel: 'warn',
        build: { outDir, emptyOutDir: true },
      }),
    );
    server = await withEnv({ SCIM_SERVER_URL: scimServerUrl }, () =>
      preview({
        root: APP_DIR,
        configFile,
        logLevel: 'warn',
        build: { outDir },
        preview: { host: '127.0.0.1', port, strictPort: true, open: false },
      }),
    );
  } catch (error) {
    await server?.close();
    await rm(outDir, { recursive: true, force: true });
    throw error;
  }
  const running = server;
  return {
    url: `http://127.0.0.1:${port}/`,
    async stop() {
      await withTimeout(running.close(), STOP_TIMEOUT_MS, 'vite preview did not close');
      await rm(outDir, { recursive: true, force: true });
    },
  };
}

async function withEnv<T>(vars: Record<string, string>, run: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(vars).map((key) => [key, process.env[key]]));
  Object.assign(process.env, vars);
  try {
    return await run();
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}
