/**
 * Every request the mock IdP sent and what came back, in order: the console's "provisioning
 * log" and the evidence a scenario step is judged by. Observable so a UI can follow along.
 */

/** Who sent a request: the IdP itself, or the scenario runner reading the server to check a step. */
export type RequestOrigin = 'idp' | 'runner';

export interface LoggedExchange {
  /** 1, 2, 3… in the order the requests were sent. */
  id: number;
  /** The engine action that caused the request (same for every request of one action). */
  actionId: number;
  /** Human-readable action, e.g. `assign user ada@example.com`. */
  action: string;
  origin: RequestOrigin;
  method: string;
  /** Absolute URL as sent, query included. */
  url: string;
  /** Path below the SCIM base URL, e.g. `/Users/2819c223`, without the query. */
  path: string;
  /** The query string exactly as sent (encoded, without `?`); '' when there is none. */
  query: string;
  /** Request headers as sent, with the Authorization value masked. */
  requestHeaders: Record<string, string>;
  requestBody?: unknown;
  /** HTTP status, or null when no response arrived (network error, timeout, cancellation). */
  status: number | null;
  /** The response headers a provisioning admin would care about. */
  responseHeaders: Record<string, string>;
  /** Parsed JSON, or the raw text when the body is not JSON; absent when empty. */
  responseBody?: unknown;
  latencyMs: number;
  /** ISO time the request was sent, from the engine's clock. */
  startedAt: string;
  /** 1 for the first try; higher for retries after 429 (idp-wire-behavior §1.1). */
  attempt: number;
  /** Why there is no usable response (network error, timeout, abort). */
  error?: string;
}

export type NewExchange = Omit<LoggedExchange, 'id'>;

export type LogListener = (entry: LoggedExchange) => void;

const DEFAULT_LIMIT = 20_000;

export class ProvisioningLog {
  private list: LoggedExchange[] = [];
  private nextId = 1;
  private readonly listeners = new Set<LogListener>();

  /** Keeps the newest `limit` entries, so pushing huge groups cannot exhaust memory. */
  constructor(private readonly limit = DEFAULT_LIMIT) {}

  append(exchange: NewExchange): LoggedExchange {
    const entry: LoggedExchange = { id: this.nextId++, ...exchange };
    this.list = [...this.list, entry];
    if (this.list.length > this.limit) this.list = this.list.slice(-this.limit);
    for (const listener of this.listeners) listener(entry);
    return entry;
  }

  /** A snapshot; a new array after every append, so UIs can compare by reference. */
  entries(): readonly LoggedExchange[] {
    return this.list;
  }

  /** Entries with an id greater than `id`. */
  after(id: number): LoggedExchange[] {
    return this.list.filter((entry) => entry.id > id);
  }

  /** The id the next entry will get; read it before an action to collect what it sent. */
  peekNextId(): number {
    return this.nextId;
  }

  subscribe(listener: LogListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  clear(): void {
    this.list = [];
  }
}
