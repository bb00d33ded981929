/**
 * The request log's writer thread (request-log-thread.ts starts it): its own
 * connection to the server's SQLite file, so redacting and inserting log
 * entries never runs on the thread that answers requests.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { redactEntry, type RawRequestLogEntry } from '../../request-log/request-log-entry.ts';
import type { RequestLogEntry } from '../port.ts';
import { openSqliteConnection } from './open.ts';
import { SqliteRequestLogRepository } from './request-log-repository.ts';
import type { WorkerReply, WorkerRequest } from './request-log-thread.ts';

/**
 * Entries per transaction: each holds the write lock for about a millisecond,
 * so a SCIM write on the request thread never waits long behind the log.
 */
const ENTRIES_PER_TRANSACTION = 100;

const port = parentPort;
if (!port) throw new Error('request-log-worker.ts runs as a worker thread');
const { filename } = workerData as { filename: string };
// A small page cache: the thread only appends.
const { db, client } = openSqliteConnection(filename, { cacheKiB: 2048 });
const repository = new SqliteRequestLogRepository(db);
const appendChunk = client.transaction((entries: RequestLogEntry[]) => {
  // append() does its work synchronously; its promise only fits the repository port.
  void repository.append(entries);
});

port.on('message', (request: WorkerRequest) => {
  if (request.kind === 'close') {
    client.close();
    port.postMessage({ id: request.id } satisfies WorkerReply);
    port.close();
    return;
  }
  let reply: WorkerReply = { id: request.id };
  try {
    append(request.entries);
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});

function append(raw: RawRequestLogEntry[]): void {
  for (let start = 0; start < raw.length; start += ENTRIES_PER_TRANSACTION) {
    // Structured cloning turned each Buffer body into a plain Uint8Array: redactBody takes either.
    appendChunk.immediate(raw.slice(start, start + ENTRIES_PER_TRANSACTION).map(redactEntry));
  }
}
