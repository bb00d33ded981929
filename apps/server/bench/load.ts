import autocannon from 'autocannon';

/**
 * One load run with autocannon: fixed connections for a fixed duration, each
 * connection cycling through the steps. Latencies are taken from every
 * response with sub-millisecond precision (autocannon's own histogram rounds
 * to whole milliseconds).
 */
export type Context = autocannon.Context;

export interface Step {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Latencies are also kept per tag (e.g. `add` apart from `remove`). */
  tag?: string;
  /** Path (from the origin) and body of this step's next request. */
  next(context: Context): { path: string; body?: string };
  /** Checks a 2xx response body; false counts as a wrong answer (a broken run). */
  check?(body: string, context: Context): boolean;
  /** Sees every 2xx response body (e.g. to learn the ids of created users). */
  seen?(body: string): void;
}

export interface Latency {
  count: number;
  p50: number;
  p99: number;
}

export interface Measurement extends Latency {
  seconds: number;
  rps: number;
  /** Responses that were not 2xx, connection errors, timeouts, wrong answers. */
  non2xx: number;
  errors: number;
  timeouts: number;
  wrong: number;
  statuses: Record<string, number>;
  byTag: Record<string, Latency>;
}

export interface LoadOptions {
  origin: string;
  headers: Record<string, string>;
  connections: number;
  /** Seconds. */
  duration: number;
}

export function runLoad(steps: Step[], options: LoadOptions): Promise<Measurement> {
  const all: number[] = [];
  const tagged = new Map<string, number[]>();
  let lastTag: string | undefined;
  let wrong = 0;

  const requests: autocannon.Request[] = steps.map((step) => ({
    method: step.method,
    setupRequest(request, context) {
      const { path, body } = step.next(context);
      return body === undefined ? { ...request, path } : { ...request, path, body };
    },
    // Called right before autocannon's 'response' event for the same response.
    onResponse(status, body, context) {
      lastTag = step.tag;
      if (status < 200 || status >= 300) return;
      if (step.check && !step.check(body, context)) wrong += 1;
      step.seen?.(body);
    },
  }));

  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.origin,
        connections: options.connections,
        duration: options.duration,
        headers: options.headers,
        timeout: 60,
        requests,
      },
      (error, result) => {
        if (error) {
          reject(error);
          return;
        }
        const byTag: Record<string, Latency> = {};
        for (const [tag, values] of tagged) byTag[tag] = latencyOf(values);
        const statuses: Record<string, number> = {};
        for (const [code, { count }] of Object.entries(result.statusCodeStats)) {
          statuses[code] = count;
        }
        resolve({
          ...latencyOf(all),
          seconds: result.duration,
          rps: result.duration > 0 ? result.requests.total / result.duration : 0,
          non2xx: result.non2xx,
          errors: result.errors,
          timeouts: result.timeouts,
          wrong,
          statuses,
          byTag,
        });
      },
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => {
      all.push(ms);
      if (lastTag === undefined) return;
      let values = tagged.get(lastTag);
      if (!values) tagged.set(lastTag, (values = []));
      values.push(ms);
    });
  });
}

/**
 * What shows a broken run rather than a slow one. A warm-up may end before
 * a slow scenario's first answer; a measured run may not.
 */
export function problemsOf(m: Measurement, warmUp = false): string[] {
  const problems: string[] = [];
  if (m.non2xx > 0) problems.push(`${m.non2xx} non-2xx (${JSON.stringify(m.statuses)})`);
  if (m.errors > 0) problems.push(`${m.errors} connection errors`);
  if (m.timeouts > 0) problems.push(`${m.timeouts} timeouts`);
  if (m.wrong > 0) problems.push(`${m.wrong} wrong answers`);
  if (m.count === 0 && !warmUp) problems.push('no responses');
  return problems;
}

function latencyOf(values: number[]): Latency {
  const sorted = Float64Array.from(values).sort();
  const at = (p: number) =>
    sorted.length === 0
      ? 0
      : (sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0);
  return { count: sorted.length, p50: at(0.5), p99: at(0.99) };
}
