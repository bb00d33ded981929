/** Long enough for a slow server to work through a dropped load run's backlog. */
const REQUEST_TIMEOUT_MS = 300_000;

/** A minimal SCIM client over fetch, for seeding (the load itself uses autocannon). */
export class ScimClient {
  constructor(
    /** `http://127.0.0.1:<port>` */
    readonly origin: string,
    readonly tenant: string,
    readonly token: string,
  ) {}

  /** `/scim/v2/<tenant>`: prefix of every request path. */
  get basePath(): string {
    return `/scim/v2/${encodeURIComponent(this.tenant)}`;
  }

  get headers(): Record<string, string> {
    return {
      authorization: `Bearer ${this.token}`,
      'content-type': 'application/scim+json',
      accept: 'application/scim+json',
    };
  }

  /** Sends a request; the body is JSON-encoded. Returns the status and parsed JSON (if any). */
  async send(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; json: unknown }> {
    const response = await fetch(`${this.origin}${this.basePath}${path}`, {
      method,
      headers: this.headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const text = await response.text();
    let json: unknown = undefined;
    if (text !== '') {
      try {
        json = JSON.parse(text);
      } catch {
        json = text;
      }
    }
    return { status: response.status, json };
  }

  /** Like send, but throws unless the status is 2xx. */
  async expect(method: string, path: string, body?: unknown): Promise<unknown> {
    const { status, json } = await this.send(method, path, body);
    if (status < 200 || status >= 300) {
      throw new Error(`${method} ${path} → ${status}: ${JSON.stringify(json).slice(0, 500)}`);
    }
    return json;
  }
}

/** `value[key]` when value is an object, else undefined. */
export function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

/** Runs `task(0..count-1)` with at most `concurrency` in flight; stops at the first failure. */
export async function runPool(
  count: number,
  concurrency: number,
  task: (index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < count) {
      const index = next++;
      try {
        await task(index);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
}
