/**
 * One test per workaround of the SCIM edge over trpc-to-openapi
 * (scim-edge.ts), through the real HTTP server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scimJson, startTestServer, type TestServer } from '../../test/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const user = (userName: string) => ({ userName, name: { givenName: 'G', familyName: 'F' } });

describe('1. request media types and bodies', () => {
  it.each([
    'application/scim+json',
    'application/scim+json; charset=utf-8',
    'application/json',
    'application/json;charset=UTF-8',
    'APPLICATION/SCIM+JSON',
  ])('accepts %s', async (contentType) => {
    const unique = Math.random().toString(36).slice(2);
    const res = await server.scim('/Users', {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: user(`media-${unique}@example.com`),
    });
    expect(res.status).toBe(201);
  });

  it('refuses text/plain with 415 and a SCIM error', async () => {
    const res = await server.scim('/Users', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: user('plain@example.com'),
    });
    expect(res.status).toBe(415);
    expect((await scimJson(res)).status).toBe('415');
  });

  it('malformed JSON is 400 invalidSyntax', async () => {
    const res = await server.scim('/Users', { method: 'POST', rawBody: '{"userName": "x",' });
    expect(res.status).toBe(400);
    expect(await scimJson(res)).toMatchObject({ status: '400', scimType: 'invalidSyntax' });
  });

  it.each(['[]', '"text"', '42', 'null', ''])(
    'a body that is not an object (%j) is 400 invalidSyntax',
    async (raw) => {
      const res = await server.scim('/Users', { method: 'POST', rawBody: raw });
      expect(res.status).toBe(400);
      expect((await scimJson(res)).scimType).toBe('invalidSyntax');
    },
  );

  it('a body over 1 MiB is 413 and nothing is written', async () => {
    const big = { ...user('big@example.com'), title: 'x'.repeat(1024 * 1024 + 1) };
    const res = await server.scim('/Users', { method: 'POST', body: big });
    expect(res.status).toBe(413);
    expect((await scimJson(res)).status).toBe('413');
    const found = await scimJson(await server.scim('/Users?filter=userName eq "big@example.com"'));
    expect(found.totalResults).toBe(0);
  });

  it('a body attribute named like a path parameter is kept (bodies never merge with parameters)', async () => {
    const res = await server.scim('/Users', {
      method: 'POST',
      body: { ...user('param@example.com'), tenant: 'other' },
    });
    expect((await scimJson(res)).tenant).toBe('other');
  });
});

describe('2. per-request status and headers', () => {
  it('POST answers 201 with Location and ETag', async () => {
    const res = await server.scim('/Users', { method: 'POST', body: user('status@example.com') });
    const body = await scimJson(res);
    expect(res.status).toBe(201);
    expect(res.headers.get('location')).toBe(body.meta.location);
    expect(res.headers.get('etag')).toBe(body.meta.version);
  });

  it('GET with a matching If-None-Match answers 304 with no body', async () => {
    const created = await scimJson(
      await server.scim('/Users', { method: 'POST', body: user('etag@example.com') }),
    );
    const res = await server.scim(`/Users/${created.id}`, {
      headers: { 'if-none-match': created.meta.version },
    });
    expect(res.status).toBe(304);
    expect(await res.text()).toBe('');
  });

  it('DELETE answers 204 with no body and no content type', async () => {
    const created = await scimJson(
      await server.scim('/Users', { method: 'POST', body: user('gone@example.com') }),
    );
    const res = await server.scim(`/Users/${created.id}`, { method: 'DELETE' });
    expect(res.status).toBe(204);
    expect(res.headers.get('content-type')).toBeNull();
    expect(await res.text()).toBe('');
  });
});

describe('3. error bodies are RFC 7644 §3.12, nothing else', () => {
  it('has only schemas, status, scimType and detail', async () => {
    const res = await server.scim('/Users?filter=userName zz "x"');
    const body = await scimJson(res);
    expect(Object.keys(body).sort()).toEqual(['detail', 'schemas', 'scimType', 'status']);
    expect(body).toMatchObject({
      schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'],
      status: '400',
      scimType: 'invalidFilter',
    });
  });

  it('a query parameter of the wrong type is 400 invalidValue', async () => {
    const res = await server.scim('/Users?count=many');
    expect(res.status).toBe(400);
    expect((await scimJson(res)).scimType).toBe('invalidValue');
  });

  it('an unknown endpoint under the tenant is a SCIM 404', async () => {
    const res = await server.scim('/Widgets');
    expect(res.status).toBe(404);
    const body = await scimJson(res);
    expect(Object.keys(body).sort()).toEqual(['detail', 'schemas', 'status']);
  });
});

describe('request ids', () => {
  it('every SCIM response carries an X-Request-Id, unique per request', async () => {
    const a = (await server.scim('/Users?count=0')).headers.get('x-request-id');
    const b = (await server.scim('/Nothing')).headers.get('x-request-id');
    expect(a).toMatch(/^[0-9a-f-]{36}$/);
    expect(b).toMatch(/^[0-9a-f-]{36}$/);
    expect(a).not.toBe(b);
  });
});

describe('4. responses are application/scim+json', () => {
  it.each(['/Users', '/Groups', '/ServiceProviderConfig', '/ResourceTypes', '/Schemas'])(
    'GET %s',
    async (path) => {
      const res = await server.scim(path);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/scim+json');
    },
  );
});

describe('response framing', () => {
  it('a body is sent with its Content-Length, not chunked', async () => {
    const res = await server.scim('/ServiceProviderConfig');
    const text = await res.text();
    expect(res.headers.get('transfer-encoding')).toBeNull();
    expect(Number(res.headers.get('content-length'))).toBe(Buffer.byteLength(text));
  });
});

describe('5. paths', () => {
  it('resource paths match case-insensitively, as some IdPs lower-case them', async () => {
    const res = await server.scim('/users?count=1');
    expect(res.status).toBe(200);
  });

  it('percent-encoded ids are decoded', async () => {
    const res = await server.scim(
      `/Schemas/${encodeURIComponent('urn:ietf:params:scim:schemas:core:2.0:User')}`,
    );
    expect(res.status).toBe(200);
    expect((await scimJson(res)).id).toBe('urn:ietf:params:scim:schemas:core:2.0:User');
  });
});
