/**
 * Start and stop what a browser test needs: the real SCIM server as a child process
 * (test/scim-server-process.ts), the built console behind `vite preview`, and a system Chromium.
 *
 * The console reaches the server only over HTTP (through the preview proxy), so nothing
 * from apps/server is imported here: any SCIM server started this way would do.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { freePort, withTimeout } from '../test/scim-server-process.ts';

export {
  freePort,
  startScimServer,
  withTimeout,
  type ScimServer,
  type ScimServerOptions,
} from '../test/scim-server-process.ts';

export const APP_DIR = fileURLToPath(new URL('..', import.meta.url));

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

const STOP_TIMEOUT_MS = 5_000;

export function assertChromiumInstalled(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium`);
  }
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, timeout: 30_000 });
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
