/**
 * Delivers the change journal to webhook endpoints, at least once and in
 * order: each endpoint has a cursor (the last `seq` it acknowledged); the
 * next batch after it is POSTed, signed, and the cursor moves only on a 2xx.
 * A failure retries the same batch with backoff, so nothing is skipped and
 * a restart resumes from the cursor. One request per endpoint is in flight
 * at a time, which keeps events in journal order.
 */
import { randomUUID } from 'node:crypto';
import type { Logger } from '../logger.ts';
import type { Store, WebhookEndpoint } from '../store/port.ts';
import { retryDelayMs } from './backoff.ts';
import { eventPayload } from './event-payload.ts';
import { SIGNATURE_HEADER, signPayload } from './signature.ts';

export interface DispatcherOptions {
  /** First retry delay; it doubles per failure (backoff.ts). */
  retryBaseMs: number;
  /** How often due retries are looked for; commits wake the dispatcher at once. */
  pollMs?: number;
  batchSize?: number;
  timeoutMs?: number;
}

type DueEndpoint = WebhookEndpoint & { secret: string };

export class WebhookDispatcher {
  private readonly pollMs: number;
  private readonly batchSize: number;
  private readonly timeoutMs: number;
  private readonly shutdown = new AbortController();
  private timer: NodeJS.Timeout | undefined;
  private unsubscribe: (() => void) | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  /**
   * Tenants with an endpoint, refreshed every poll: a commit wakes the
   * dispatcher only for them, so tenants without webhooks pay nothing per write.
   */
  private subscribed = new Set<string>();

  constructor(
    private readonly store: Store,
    private readonly logger: Logger,
    private readonly options: DispatcherOptions,
  ) {
    this.pollMs = options.pollMs ?? 1000;
    this.batchSize = options.batchSize ?? 100;
    this.timeoutMs = options.timeoutMs ?? 10_000;
  }

  start(): void {
    this.unsubscribe = this.store.onCommittedChanges((changes) => {
      if (changes.some((change) => this.subscribed.has(change.tenantId))) this.wake();
    });
    this.timer = setInterval(() => this.wake(), this.pollMs);
    this.timer.unref();
    this.wake();
  }

  /** Runs a delivery round now, or right after the one under way. */
  wake(): void {
    if (this.shutdown.signal.aborted) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.rounds().finally(() => {
      this.running = undefined;
    });
  }

  /** Stops delivering; a request in flight is aborted and its batch stays undelivered. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.unsubscribe?.();
    this.shutdown.abort();
    await this.running;
  }

  private async rounds(): Promise<void> {
    try {
      do {
        this.again = false;
        const { due, subscribed } = await this.store.read(async ({ webhooks }) => ({
          due: await webhooks.due(new Date(), 50),
          subscribed: await webhooks.subscribedTenants(),
        }));
        this.subscribed = new Set(subscribed);
        const delivered = await Promise.all(due.map((endpoint) => this.deliverNext(endpoint)));
        // A full batch went through: there may be more behind it.
        if (delivered.some(Boolean)) this.again = true;
      } while (this.again && !this.shutdown.signal.aborted);
    } catch (error) {
      if (!this.shutdown.signal.aborted) this.logger.error({ err: error }, 'webhook round failed');
    }
  }

  /** Delivers the next batch to one endpoint; true when it was acknowledged. */
  private async deliverNext(endpoint: DueEndpoint): Promise<boolean> {
    const changes = await this.store.read(({ changes }) =>
      changes.list(endpoint.tenantId, {
        afterSeq: endpoint.cursor,
        limit: this.batchSize,
        order: 'asc',
      }),
    );
    const last = changes.at(-1);
    if (!last) return false;
    const wanted = endpoint.eventTypes;
    const events = changes
      .filter((change) => wanted === null || wanted.includes(change.type))
      .map(eventPayload);
    if (events.length === 0) {
      // Nothing of interest in this batch: move past it without a request.
      await this.store.transaction(({ webhooks }) => webhooks.advance(endpoint.id, last.seq));
      return true;
    }
    const started = Date.now();
    const outcome = await this.post(endpoint, JSON.stringify({ events }));
    if (this.shutdown.signal.aborted && !outcome.ok) return false;
    const attempts = outcome.ok ? 0 : endpoint.attempts + 1;
    const now = new Date();
    await this.store.transaction(({ webhooks }) =>
      webhooks.recordAttempt(
        {
          endpointId: endpoint.id,
          firstSeq: events[0]?.seq ?? last.seq,
          lastSeq: last.seq,
          eventCount: events.length,
          ok: outcome.ok,
          status: outcome.status,
          error: outcome.error,
          durationMs: Date.now() - started,
          attemptedAt: now,
        },
        {
          cursor: outcome.ok ? last.seq : endpoint.cursor,
          attempts,
          nextAttemptAt: outcome.ok
            ? now
            : new Date(now.getTime() + retryDelayMs(attempts, this.options.retryBaseMs)),
        },
      ),
    );
    if (!outcome.ok) {
      this.logger.info(
        { endpoint: endpoint.id, tenant: endpoint.tenantId, attempts, ...outcome },
        'webhook delivery failed; will retry',
      );
    }
    return outcome.ok;
  }

  private async post(
    endpoint: DueEndpoint,
    body: string,
  ): Promise<{ ok: boolean; status: number | null; error: string | null }> {
    try {
      const response = await fetch(endpoint.url, {
        method: 'POST',
        body,
        redirect: 'manual',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'scim-server-webhooks/1',
          'x-scim-delivery': randomUUID(),
          [SIGNATURE_HEADER]: signPayload(endpoint.secret, body, new Date()),
        },
        signal: AbortSignal.any([this.shutdown.signal, AbortSignal.timeout(this.timeoutMs)]),
      });
      // The body is not needed; reading it frees the connection.
      await response.arrayBuffer().catch(() => undefined);
      const ok = response.status >= 200 && response.status < 300;
      return { ok, status: response.status, error: ok ? null : `HTTP ${response.status}` };
    } catch (error) {
      return { ok: false, status: null, error: error instanceof Error ? error.message : 'failed' };
    }
  }
}
