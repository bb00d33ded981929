/** HTTP for both clients: base URL, credentials, JSON in and out; statuses are left to the caller. */

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** A path of the OpenAPI document with its parameters filled in, e.g. `/scim/v2/acme/Users`. */
  path: string;
  query?: Record<string, string | undefined>;
  headers?: Record<string, string | undefined>;
  body?: unknown;
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  /** The parsed JSON body; undefined when there is none. */
  body: unknown;
}

export type Http = (request: HttpRequest) => Promise<HttpResponse>;

export interface HttpOptions {
  /** The server's origin (and any path prefix in front of it), e.g. `http://localhost:8080`. */
  baseUrl: string;
  /** The `Authorization` header value. */
  authorization: string;
  /** The media type of request bodies. */
  mediaType: string;
  /** A fetch implementation; the global one by default. */
  fetch?: typeof fetch;
}

export function createHttp({
  baseUrl,
  authorization,
  mediaType,
  fetch: fetchImpl,
}: HttpOptions): Http {
  const origin = baseUrl.replace(/\/+$/, '');
  const send = fetchImpl ?? globalThis.fetch;
  return async ({ method, path, query, headers, body }) => {
    const url = new URL(`${origin}${path}`);
    for (const [name, value] of Object.entries(query ?? {})) {
      if (value !== undefined) url.searchParams.set(name, value);
    }
    const sent = new Headers({ authorization, accept: `${mediaType}, application/json` });
    for (const [name, value] of Object.entries(headers ?? {})) {
      if (value !== undefined) sent.set(name, value);
    }
    if (body !== undefined) sent.set('content-type', mediaType);
    const response = await send(url, {
      method,
      headers: sent,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: parseJson(text) };
  };
}

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Fills `{name}` placeholders of a documented path, percent-encoding each value. */
export function fillPath(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new TypeError(`No value for {${name}} in ${template}`);
    return encodeURIComponent(value);
  });
}
