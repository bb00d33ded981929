import { abortReason, type Clock } from '../clock.ts';
import { joinUrl } from '../connection.ts';
import type { LoggedExchange, ProvisioningLog, RequestOrigin } from '../log/provisioning-log.ts';
import { authorizationHeader, maskAuthorization, type Authentication } from './authentication.ts';
import { waitAfterTooManyRequests, type RateLimitPolicy } from './rate-limit.ts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface ScimRequest {
  method: HttpMethod;
  /** Below the base URL: `/Users`, `/Groups/{id}`. */
  path: string;
  /** Already encoded, without `?`: each IdP encodes filters its own way (§1.1, §3.3 E-2). */
  query?: string;
  body?: unknown;
  /** Replaces the connection's Authorization for this request; null sends none. */
  authorization?: string | null;
}

export interface ScimResponse {
  /** Null when no response arrived. */
  status: number | null;
  body?: unknown;
  headers: Record<string, string>;
  error?: string;
  /** True when the server kept answering 429 until the policy gave up. */
  gaveUp?: boolean;
  /** The log entry of the final attempt. */
  entry: LoggedExchange;
}

/** Which action a request belongs to, for the log. */
export interface RequestCause {
  actionId: number;
  action: string;
  origin?: RequestOrigin;
  signal?: AbortSignal;
}

/** Request headers an IdP sends besides Authorization. */
export interface ClientHeaders {
  userAgent?: string;
  accept: string;
  contentType: string;
}

export interface ScimClientOptions {
  baseUrl: string;
  auth: Authentication;
  /** Called as a plain function (a browser fetch called as a method throws). */
  fetch: typeof fetch;
  clock: Clock;
  log: ProvisioningLog;
  headers: ClientHeaders;
  rateLimit: RateLimitPolicy;
  /** Okta and Entra both give up on a request after 60 s (§1.1, §3.1). */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 60_000;
const KEPT_RESPONSE_HEADERS = ['content-type', 'location', 'etag', 'retry-after', 'x-request-id'];

/** Sends SCIM requests as one IdP would and records each attempt in the provisioning log. */
export class ScimClient {
  constructor(private readonly options: ScimClientOptions) {}

  get baseUrl(): string {
    return this.options.baseUrl;
  }

  async send(request: ScimRequest, cause: RequestCause): Promise<ScimResponse> {
    let previousWait: number | undefined;
    for (let attempt = 1; ; attempt++) {
      const response = await this.attempt(request, cause, attempt);
      if (response.status !== 429) return response;
      if (attempt >= this.options.rateLimit.maxAttempts) return { ...response, gaveUp: true };
      const wait = waitAfterTooManyRequests(
        response.headers['retry-after'] ?? null,
        previousWait,
        this.options.rateLimit,
      );
      previousWait = wait;
      await this.options.clock.sleep(wait, cause.signal);
    }
  }

  private async attempt(
    request: ScimRequest,
    cause: RequestCause,
    attempt: number,
  ): Promise<ScimResponse> {
    const { options } = this;
    const query = request.query ?? '';
    const url = joinUrl(options.baseUrl, request.path) + (query ? `?${query}` : '');
    const headers = this.headersFor(request);
    const startedAt = new Date(options.clock.now()).toISOString();
    const started = performance.now();
    const record = (result: Omit<ScimResponse, 'entry'>): ScimResponse => {
      const entry = options.log.append({
        actionId: cause.actionId,
        action: cause.action,
        origin: cause.origin ?? 'idp',
        method: request.method,
        url,
        path: request.path,
        query,
        requestHeaders: maskedHeaders(headers),
        ...(request.body === undefined ? {} : { requestBody: request.body }),
        status: result.status,
        responseHeaders: result.headers,
        ...(result.body === undefined ? {} : { responseBody: result.body }),
        latencyMs: Math.round(performance.now() - started),
        startedAt,
        attempt,
        ...(result.error === undefined ? {} : { error: result.error }),
      });
      return { ...result, entry };
    };

    if (cause.signal?.aborted) throw abortReason(cause.signal);
    const timeout = AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    const signal = cause.signal ? AbortSignal.any([cause.signal, timeout]) : timeout;
    let response: Response;
    let text: string;
    try {
      response = await options.fetch(url, {
        method: request.method,
        headers,
        ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
        signal,
      });
      text = await response.text();
    } catch (error) {
      const result = record({ status: null, headers: {}, error: describeFetchError(error) });
      // Cancellation stops the whole action; a timeout or network error is an outcome.
      if (cause.signal?.aborted) throw abortReason(cause.signal);
      return result;
    }
    const body = parseBody(text);
    return record({
      status: response.status,
      headers: keptHeaders(response.headers),
      ...(body === undefined ? {} : { body }),
    });
  }

  private headersFor(request: ScimRequest): Record<string, string> {
    const { headers, auth } = this.options;
    const authorization =
      request.authorization === undefined ? authorizationHeader(auth) : request.authorization;
    return {
      ...(authorization === null ? {} : { Authorization: authorization }),
      Accept: headers.accept,
      ...(request.body === undefined ? {} : { 'Content-Type': headers.contentType }),
      ...(headers.userAgent ? { 'User-Agent': headers.userAgent } : {}),
    };
  }
}

function maskedHeaders(headers: Record<string, string>): Record<string, string> {
  const { Authorization, ...rest } = headers;
  return Authorization === undefined
    ? rest
    : { Authorization: maskAuthorization(Authorization), ...rest };
}

function keptHeaders(headers: Headers): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const name of KEPT_RESPONSE_HEADERS) {
    const value = headers.get(name);
    if (value !== null) kept[name] = value;
  }
  return kept;
}

function parseBody(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function describeFetchError(error: unknown): string {
  if (error instanceof DOMException && error.name === 'TimeoutError') return 'Timed out';
  if (error instanceof DOMException && error.name === 'AbortError') return 'Cancelled';
  if (!(error instanceof Error)) return String(error);
  // Node's fetch hides the useful reason (e.g. ECONNREFUSED) in `cause`.
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
  return `${error.message}${cause}`;
}
