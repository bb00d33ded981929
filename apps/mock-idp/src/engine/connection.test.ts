import { createServer } from 'node:http';
import type { IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { testConnection } from './connection.ts';

interface SeenRequest {
  method: string | undefined;
  url: string | undefined;
  headers: IncomingHttpHeaders;
}

interface Reply {
  status: number;
  body: string;
  contentType?: string;
}

const TOKEN = 'test-token';

function listResponse(totalResults: number): string {
  return JSON.stringify({
    schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'],
    totalResults,
    startIndex: 1,
    itemsPerPage: 0,
    Resources: [],
  });
}

const unauthorized: Reply = {
  status: 401,
  contentType: 'application/scim+json',
  body: JSON.stringify({
    schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'],
    status: '401',
    detail: 'Bearer token is missing or invalid',
  }),
};

// A real HTTP peer: the engine talks to it over a socket, exactly as it would to the server.
let server: Server | undefined;
let seen: SeenRequest[] = [];

async function startScimPeer(
  answer: (url: string, headers: IncomingHttpHeaders) => Reply,
): Promise<string> {
  seen = [];
  server = createServer((req, res) => {
    seen.push({ method: req.method, url: req.url, headers: req.headers });
    const reply = answer(req.url ?? '', req.headers);
    res.writeHead(reply.status, { 'Content-Type': reply.contentType ?? 'application/scim+json' });
    res.end(reply.body);
  });
  const listening = server;
  await new Promise<void>((resolve) => listening.listen(0, '127.0.0.1', resolve));
  const { port } = listening.address() as AddressInfo;
  return `http://127.0.0.1:${port}/scim/v2/demo`;
}

/** Answers like a SCIM server that accepts only TOKEN. */
function scimServer(url: string, headers: IncomingHttpHeaders): Reply {
  if (headers.authorization !== `Bearer ${TOKEN}`) return unauthorized;
  if (url.startsWith('/scim/v2/demo/Users?')) return { status: 200, body: listResponse(3) };
  if (url.startsWith('/scim/v2/demo/Groups?')) return { status: 200, body: listResponse(1) };
  return { status: 404, body: '' };
}

afterEach(async () => {
  const running = server;
  server = undefined;
  if (running) await new Promise((resolve) => running.close(resolve));
});

describe('testConnection against a SCIM HTTP peer', () => {
  it("sends Okta's two list requests and reports ok for valid ListResponses", async () => {
    const baseUrl = await startScimPeer(scimServer);

    const result = await testConnection({ baseUrl, token: TOKEN });

    expect(seen.map(({ method, url }) => `${method} ${url}`)).toEqual([
      'GET /scim/v2/demo/Users?startIndex=1&count=2',
      'GET /scim/v2/demo/Groups?startIndex=1&count=100',
    ]);
    for (const request of seen) {
      expect(request.headers.authorization).toBe(`Bearer ${TOKEN}`);
      expect(request.headers.accept).toBe('application/scim+json');
    }
    expect(result.ok).toBe(true);
    expect(result.requests).toHaveLength(2);
    expect(result.requests[0]).toMatchObject({
      method: 'GET',
      url: `${baseUrl}/Users?startIndex=1&count=2`,
      status: 200,
      ok: true,
      body: { totalResults: 3 },
    });
    expect(result.requests[1]).toMatchObject({
      url: `${baseUrl}/Groups?startIndex=1&count=100`,
      status: 200,
      ok: true,
      body: { totalResults: 1 },
    });
    for (const request of result.requests) {
      expect(request.error).toBeUndefined();
      expect(Number.isInteger(request.durationMs)).toBe(true);
      expect(request.durationMs).toBeGreaterThanOrEqual(0);
    }
  });

  it('does not double the slash when the base URL ends with one', async () => {
    const baseUrl = await startScimPeer(scimServer);

    const result = await testConnection({ baseUrl: `${baseUrl}/`, token: TOKEN });

    expect(result.ok).toBe(true);
    expect(seen.map((request) => request.url)).toEqual([
      '/scim/v2/demo/Users?startIndex=1&count=2',
      '/scim/v2/demo/Groups?startIndex=1&count=100',
    ]);
  });

  it('keeps a relative base URL as given, for the browser to resolve through the proxy', async () => {
    const origin = new URL(await startScimPeer(scimServer)).origin;
    // Stands in for the browser, which resolves relative URLs against the page origin.
    const browserFetch: typeof fetch = (input, init) => {
      if (typeof input !== 'string') throw new TypeError('the engine passes URLs as strings');
      return fetch(new URL(input, origin), init);
    };

    const result = await testConnection({
      baseUrl: '/scim/v2/demo',
      token: TOKEN,
      fetch: browserFetch,
    });

    expect(result.ok).toBe(true);
    expect(result.requests.map((request) => request.url)).toEqual([
      '/scim/v2/demo/Users?startIndex=1&count=2',
      '/scim/v2/demo/Groups?startIndex=1&count=100',
    ]);
  });

  it('reports a rejected token with the SCIM error detail', async () => {
    const baseUrl = await startScimPeer(scimServer);

    const result = await testConnection({ baseUrl, token: 'wrong-token' });

    expect(seen.map((request) => request.headers.authorization)).toEqual([
      'Bearer wrong-token',
      'Bearer wrong-token',
    ]);
    expect(result.ok).toBe(false);
    for (const request of result.requests) {
      expect(request).toMatchObject({ status: 401, ok: false, body: { status: '401' } });
      expect(request.error).toBe('HTTP 401: Bearer token is missing or invalid');
    }
  });

  it('fails when a 200 body is not a ListResponse with integer counters', async () => {
    const baseUrl = await startScimPeer((url) =>
      url.includes('/Users?')
        ? { status: 200, body: listResponse(3) }
        : {
            status: 200,
            body: JSON.stringify({
              schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'],
              totalResults: '1',
              startIndex: 1,
              itemsPerPage: 1,
            }),
          },
    );

    const result = await testConnection({ baseUrl, token: TOKEN });

    expect(result.ok).toBe(false);
    expect(result.requests.map((request) => request.ok)).toEqual([true, false]);
    expect(result.requests[1]?.error).toBe('Not a ListResponse: totalResults is not an integer');
  });

  it('fails on a 200 that is not JSON, such as an HTML login page', async () => {
    const baseUrl = await startScimPeer(() => ({
      status: 200,
      contentType: 'text/html',
      body: '<html>Sign in</html>',
    }));

    const result = await testConnection({ baseUrl, token: TOKEN });

    expect(result.ok).toBe(false);
    expect(result.requests[0]).toMatchObject({
      status: 200,
      ok: false,
      error: 'Body is not JSON: <html>Sign in</html>',
    });
  });

  it('reports no status when nothing is listening', async () => {
    const baseUrl = await startScimPeer(scimServer);
    const running = server;
    server = undefined;
    await new Promise((resolve) => running?.close(resolve));

    const result = await testConnection({ baseUrl, token: TOKEN });

    expect(result.ok).toBe(false);
    for (const request of result.requests) {
      expect(request.status).toBeNull();
      expect(request.error).toMatch(/ECONNREFUSED/);
    }
  });
});
