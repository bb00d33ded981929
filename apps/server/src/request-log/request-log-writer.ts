/**
 * Writes the request log off the request path: entries are buffered and
 * handed to the sink every FLUSH_MS, which redacts their bodies
 * (redact-body.ts) and writes them, on a writer thread where the database
 * allows one. Old entries are pruned by each tenant's retention. On
 * shutdown the buffer is flushed; a crash loses at most FLUSH_MS of log.
 */
import type { Logger } from '../logger.ts';
import type { Store } from '../store/port.ts';
import type { RawRequestLogEntry, RequestLogSink } from './request-log-entry.ts';

const FLUSH_MS = 250;
const PRUNE_MS = 60 * 60_000;
/** Beyond this many unwritten entries new ones are dropped (and counted), never memory. */
const MAX_BUFFERED = 10_000;

export class RequestLogWriter {
  private buffer: RawRequestLogEntry[] = [];
  private dropped = 0;
  private readonly flushTimer: NodeJS.Timeout;
  private readonly pruneTimer: NodeJS.Timeout;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: Store,
    private readonly sink: RequestLogSink,
    private readonly logger: Logger,
  ) {
    this.flushTimer = setInterval(() => void this.flush(), FLUSH_MS);
    this.pruneTimer = setInterval(() => void this.prune(), PRUNE_MS);
    this.flushTimer.unref();
    this.pruneTimer.unref();
  }

  record(entry: RawRequestLogEntry): void {
    if (this.buffer.length >= MAX_BUFFERED) {
      this.dropped++;
      return;
    }
    this.buffer.push(entry);
  }

  /** Writes what is buffered; concurrent calls queue behind each other. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.write());
    return this.flushing;
  }

  async prune(now = new Date()): Promise<number> {
    try {
      return await this.store.transaction(({ requestLog }) => requestLog.prune(now));
    } catch (error) {
      this.logger.error({ err: error }, 'request log pruning failed');
      return 0;
    }
  }

  async close(): Promise<void> {
    clearInterval(this.flushTimer);
    clearInterval(this.pruneTimer);
    await this.flush();
    await this.sink.close();
  }

  private async write(): Promise<void> {
    if (this.dropped > 0) {
      this.logger.warn({ dropped: this.dropped }, 'request log entries dropped: writer behind');
      this.dropped = 0;
    }
    if (this.buffer.length === 0) return;
    const batch = this.buffer;
    this.buffer = [];
    try {
      await this.sink.append(batch);
    } catch (error) {
      this.logger.error({ err: error, entries: batch.length }, 'request log write failed');
    }
  }
}
