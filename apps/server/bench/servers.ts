import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** apps/server: where `src/main.ts` and the `tsx` dependency live. */
const SERVER_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 15_000;

export interface ChildServer {
  name: string;
  pid: number;
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Resident and peak resident memory from /proc (Linux), in bytes. */
  memory(): { rss: number; peak: number } | undefined;
  stop(): Promise<void>;
}

/** Every child still running, so a signal or a crash can still end them. */
const running = new Set<ChildProcess>();

/** Last resort (signal handlers): SIGKILL every child this process started. */
export function killChildrenNow(): void {
  for (const child of running) child.kill('SIGKILL');
}

/** The SCIM server (`src/main.ts`) on a fresh SQLite file, as its own process. */
export async function startScimServer(options: {
  databaseFile: string;
  tenant: string;
  token: string;
  /** Directory for `node --cpu-prof` output (written when the server exits). */
  cpuProfDir?: string | undefined;
}): Promise<ChildServer> {
  const port = await freePort();
  const profile = options.cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfDir}`] : [];
  return startChild('scim', [...profile, '--import', 'tsx', 'src/main.ts'], port, '/healthz', {
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: `file:${options.databaseFile}`,
    SCIM_BOOTSTRAP_TENANT: options.tenant,
    SCIM_BOOTSTRAP_TOKEN: options.token,
    LOG_LEVEL: 'silent',
    // The limiter still runs on every request, but a load test must not trip it.
    SCIM_RATE_LIMIT_PER_SECOND: '1000000',
  });
}

/** The bare `node:http` baseline (bench/bare-server.ts), as its own process. */
export async function startBareServer(): Promise<ChildServer> {
  const port = await freePort();
  return startChild('bare', ['--import', 'tsx', 'bench/bare-server.ts'], port, '/', {
    PORT: String(port),
  });
}

async function startChild(
  name: string,
  args: string[],
  port: number,
  readyPath: string,
  env: Record<string, string>,
): Promise<ChildServer> {
  const child = spawn(process.execPath, args, {
    cwd: SERVER_DIR,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  running.add(child);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const exited = once(child, 'exit').then(() => running.delete(child));
  const origin = `http://127.0.0.1:${port}`;
  const server: ChildServer = {
    name,
    pid: child.pid ?? -1,
    origin,
    memory: () => (child.pid ? memoryOf(child.pid) : undefined),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    },
  };
  try {
    await waitUntilReady(`${origin}${readyPath}`, child, () => stderr);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

async function waitUntilReady(url: string, child: ChildProcess, stderr: () => string) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`server exited before it was ready (${child.exitCode}):\n${stderr()}`);
    }
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`server not ready after ${READY_TIMEOUT_MS} ms: ${url}\n${stderr()}`);
}

/** A port that was free a moment ago (the child binds it right after). */
async function freePort(): Promise<number> {
  const probe = createServer();
  probe.listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const address = probe.address();
  probe.close();
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

function memoryOf(pid: number): { rss: number; peak: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) =>
      Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
    const rss = kb('VmRSS');
    const peak = kb('VmHWM');
    return Number.isFinite(rss) ? { rss: rss * 1024, peak: (peak || rss) * 1024 } : undefined;
  } catch {
    return undefined;
  }
}
