import { listResponseProblem, scimErrorText } from './scim-messages.ts';

/**
 * What Okta's "Test API Credentials" sends: two list requests, Users then Groups.
 * Kept here as data so the UI and tests show exactly the same requests.
 */
export const TEST_CONNECTION_PATHS = [
  '/Users?startIndex=1&count=2',
  '/Groups?startIndex=1&count=100',
] as const;

export interface TestConnectionOptions {
  /** Connector base URL, absolute or relative to the page (e.g. `/scim/v2/demo`). */
  baseUrl: string;
  /** Sent as `Authorization: Bearer <token>`. */
  token: string;
  /** Injected for other runtimes; defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Per-request limit, so a hung server cannot hang the console. */
  timeoutMs?: number;
}

export interface RequestResult {
  method: 'GET';
  url: string;
  /** HTTP status, or null when no response arrived (network error, timeout, bad URL). */
  status: number | null;
  durationMs: number;
  /** Parsed JSON body; undefined when the body was empty or not JSON. */
  body?: unknown;
  /** Why this request failed; absent when ok. */
  error?: string;
  ok: boolean;
}

export interface ConnectionResult {
  ok: boolean;
  requests: RequestResult[];
}

const DEFAULT_TIMEOUT_MS = 10_000;
const MAX_ERROR_TEXT = 300;

/** Joins base URL and path without doubling or dropping the slash. */
export function joinUrl(baseUrl: string, path: string): string {
  return baseUrl.trim().replace(/\/+$/, '') + path;
}

export async function testConnection(options: TestConnectionOptions): Promise<ConnectionResult> {
  // Called as a plain function: a browser fetch invoked as a method of `options` throws.
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const requests: RequestResult[] = [];
  // Sequential like Okta, and both are always sent so the console can show each outcome.
  for (const path of TEST_CONNECTION_PATHS) {
    requests.push(await listRequest(doFetch, joinUrl(options.baseUrl, path), options));
  }
  return { ok: requests.every((request) => request.ok), requests };
}

async function listRequest(
  doFetch: typeof fetch,
  url: string,
  options: TestConnectionOptions,
): Promise<RequestResult> {
  const started = performance.now();
  const elapsed = (): number => Math.round(performance.now() - started);
  const base = { method: 'GET', url } as const;

  let response: Response;
  let text: string;
  try {
    response = await doFetch(url, {
      method: 'GET',
      headers: {
        Authorization: `Bearer ${options.token}`,
        Accept: 'application/scim+json',
      },
      signal: AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    });
    text = await response.text();
  } catch (error) {
    return {
      ...base,
      status: null,
      durationMs: elapsed(),
      error: describeFetchError(error),
      ok: false,
    };
  }

  const durationMs = elapsed();
  const body = parseJson(text);
  const result = { ...base, status: response.status, durationMs, body };
  if (response.status !== 200) {
    const detail = scimErrorText(body) ?? truncate(text) ?? response.statusText;
    return { ...result, error: `HTTP ${response.status}${detail ? `: ${detail}` : ''}`, ok: false };
  }
  if (body === undefined) {
    return { ...result, error: `Body is not JSON: ${truncate(text) ?? '(empty)'}`, ok: false };
  }
  const problem = listResponseProblem(body);
  return problem
    ? { ...result, error: `Not a ListResponse: ${problem}`, ok: false }
    : { ...result, ok: true };
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function truncate(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return trimmed.length > MAX_ERROR_TEXT ? `${trimmed.slice(0, MAX_ERROR_TEXT)}…` : trimmed;
}

function describeFetchError(error: unknown): string {
  if (error instanceof DOMException && error.name === 'TimeoutError') return 'Timed out';
  if (!(error instanceof Error)) return String(error);
  // Node's fetch hides the useful reason (e.g. ECONNREFUSED) in `cause`.
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
  return `${error.message}${cause}`;
}
