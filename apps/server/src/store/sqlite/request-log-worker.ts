/**
 * The request log's writer thread (request-log-thread.ts starts it): its own
 * connection to the server's SQLite file, so redacting and inserting log
 * entries never runs on the thread that answers requests. It loads only
 * better-sqlite3 and the insert, not drizzle and the schema, and is loaded
 * with require (no `import.meta`, no top-level await here or in its imports).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { redactEntry, type RawRequestLogEntry } from '../../request-log/request-log-entry.ts';
import { openConnection } from './connection.ts';
import { appendRequestLog } from './request-log-append.ts';
import type { WorkerReply, WorkerRequest } from './request-log-thread.ts';

/**
 * Entries per transaction. Each commit makes the request thread's
 * connection drop its page cache (SQLite does so when another connection
 * has written), which cost reads at 100,000 users a tenth of their speed
 * with 100 per transaction; 1,000 hold the write lock for a few
 * milliseconds at most, so a SCIM write never waits long behind the log.
 */
const ENTRIES_PER_TRANSACTION = 1000;

const port = parentPort;
if (!port) throw new Error('request-log-worker.ts runs as a worker thread');
const { filename } = workerData as { filename: string };
// A small page cache: the thread only appends.
const client = openConnection(filename, { cacheKiB: 2048 });
const appendChunk = client.transaction((entries: RawRequestLogEntry[]) =>
  // Structured cloning turned each Buffer body into a plain Uint8Array: redactBody takes either.
  appendRequestLog(client, entries.map(redactEntry)),
);

port.on('message', (request: WorkerRequest) => {
  if (request.kind === 'close') {
    client.close();
    port.postMessage({ id: request.id } satisfies WorkerReply);
    port.close();
    return;
  }
  let reply: WorkerReply = { id: request.id };
  try {
    const { entries } = request;
    for (let start = 0; start < entries.length; start += ENTRIES_PER_TRANSACTION) {
      appendChunk.immediate(entries.slice(start, start + ENTRIES_PER_TRANSACTION));
    }
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
