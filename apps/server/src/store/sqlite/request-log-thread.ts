/**
 * Runs the request log's writes on a worker thread with its own connection
 * (request-log-worker.ts). Redacting and inserting the log on the request
 * thread cost about 20 µs of a 120 µs `userName eq` request; here the
 * request thread only hands over a batch every quarter second.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RawRequestLogEntry, RequestLogSink } from '../../request-log/request-log-entry.ts';

export type WorkerRequest =
  { kind: 'append'; id: number; entries: RawRequestLogEntry[] } | { kind: 'close'; id: number };
export type WorkerReply = { id: number; error?: string };

/**
 * The worker is TypeScript, so it registers tsx before loading its module.
 * tsx's CommonJS hooks run inside the thread; its ESM hooks would start one
 * more loader thread (10 MB), and `execArgv: ['--import', 'tsx']` is not
 * applied to worker threads on Node 20. So the worker's modules are
 * required: they must not use `import.meta` or top-level await.
 */
const BOOTSTRAP = `require(${JSON.stringify(createRequire(import.meta.url).resolve('tsx/cjs/api'))}).register();
require(${JSON.stringify(fileURLToPath(new URL('./request-log-worker.ts', import.meta.url)))});`;

/** A sink for a SQLite file the server has opened and migrated. */
export function requestLogThread(filename: string): RequestLogSink {
  let worker: Worker | undefined;
  let nextId = 0;
  const pending = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();

  function failAll(error: Error): void {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  }

  /** Started on first use; started again after a crash. */
  function running(): Worker {
    if (worker) return worker;
    const started = new Worker(BOOTSTRAP, {
      eval: true,
      workerData: { filename },
      // Bounded: the thread holds one batch at a time (entries and bodies, redacted to 16 KB each).
      resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 128 },
    });
    started.on('message', ({ id, error }: WorkerReply) => {
      const waiting = pending.get(id);
      pending.delete(id);
      if (pending.size === 0) started.unref();
      if (error === undefined) waiting?.resolve();
      else waiting?.reject(new Error(error));
    });
    started.on('error', (error) => failAll(error));
    started.on('exit', (code) => {
      if (worker === started) worker = undefined;
      failAll(new Error(`the request log thread stopped (exit code ${code})`));
    });
    // The thread keeps the process alive only while a batch is on its way (see send).
    started.unref();
    worker = started;
    return started;
  }

  function send(request: WorkerRequest, to: Worker): Promise<void> {
    return new Promise((resolve, reject) => {
      pending.set(request.id, { resolve, reject });
      to.ref();
      to.postMessage(request);
    });
  }

  return {
    append(entries) {
      if (entries.length === 0) return Promise.resolve();
      return send({ kind: 'append', id: ++nextId, entries }, running());
    },
    async close() {
      const open = worker;
      if (!open) return;
      const exited = new Promise((resolve) => open.once('exit', resolve));
      await send({ kind: 'close', id: ++nextId }, open).catch(() => undefined);
      await exited;
    },
  };
}
