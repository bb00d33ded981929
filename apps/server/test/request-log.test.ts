/**
 * The request log: every SCIM request and response of a tenant, with
 * secrets redacted, queryable in the admin API, bounded by retention.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scimJson, startTestServer, type TestServer } from './test-server.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

interface Entry {
  id: number;
  requestId: string;
  method: string;
  path: string;
  status: number;
  credentialId: string | null;
  idpClient: string | null;
  userAgent: string | null;
  requestBody: string | null;
  responseBody: string | null;
}
const log = async (query = '', tenant = 'acme') =>
  (await (await server.admin(`/tenants/${tenant}/request-log${query}`)).json()) as Entry[];

describe('request log', () => {
  it('records method, path, status, credential, IdP client and both bodies, passwords redacted', async () => {
    const res = await server.scim('/Users?attributes=userName', {
      method: 'POST',
      headers: { 'user-agent': 'Okta SCIM Client 1.0.0' },
      body: { userName: 'logged@example.com', password: 'Hunter2-Hunter2!' },
    });
    expect(res.status).toBe(201);
    const requestId = res.headers.get('x-request-id') ?? '';
    const [entry] = await log(`?requestId=${requestId}`);
    expect(entry).toMatchObject({
      requestId,
      method: 'POST',
      path: '/scim/v2/acme/Users?attributes=userName',
      status: 201,
      idpClient: 'generic',
      userAgent: 'Okta SCIM Client 1.0.0',
    });
    expect(entry?.credentialId).toEqual(expect.any(String));
    expect(entry?.requestBody).not.toContain('Hunter2');
    expect(JSON.parse(entry?.requestBody ?? '{}')).toEqual({
      userName: 'logged@example.com',
      password: '[redacted]',
    });
    expect(JSON.parse(entry?.responseBody ?? '{}')).toMatchObject({
      userName: 'logged@example.com',
    });
  });

  it('redacts a password set by PATCH', async () => {
    const user = await scimJson(
      await server.scim('/Users', { method: 'POST', body: { userName: 'patched@example.com' } }),
    );
    const res = await server.scim(`/Users/${user.id}`, {
      method: 'PATCH',
      body: {
        schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
        Operations: [{ op: 'replace', path: 'password', value: 'Sup3r-Secret-Value!' }],
      },
    });
    expect(res.status).toBe(200);
    const [entry] = await log(`?requestId=${res.headers.get('x-request-id')}`);
    expect(entry?.requestBody).toContain('[redacted]');
    expect(entry?.requestBody).not.toContain('Sup3r');
  });

  it('records failed authentication (no credential) but never the Authorization header', async () => {
    const res = await server.scim('/Users', { token: 'wrong-token-123456' });
    expect(res.status).toBe(401);
    const [entry] = await log(`?requestId=${res.headers.get('x-request-id')}`);
    expect(entry).toMatchObject({ status: 401, credentialId: null });
    expect(JSON.stringify(entry)).not.toContain('wrong-token');
  });

  it('filters by method, status and path, newest first, and pages with `before`', async () => {
    await server.scim('/Groups?filter=displayName%20eq%20%22x%22');
    await server.scim('/Users/does-not-exist');
    const notFound = await log('?status=404&method=get');
    expect(notFound[0]?.path).toBe('/scim/v2/acme/Users/does-not-exist');
    expect(notFound.every((e) => e.status === 404 && e.method === 'GET')).toBe(true);
    const groups = await log('?pathContains=/Groups');
    expect(groups[0]?.path).toContain('displayName');
    const [newest, next] = (await log('?limit=2')).map((e) => e.id);
    expect(newest).toBeGreaterThan(next ?? Infinity);
    const older = await log(`?limit=2&before=${next}`);
    expect(older[0]?.id).toBeLessThan(next ?? 0);
  });

  it('keeps nothing when retention is 0, and is per tenant', async () => {
    await server.admin('/tenants', { method: 'POST', json: { id: 'quiet', name: 'Quiet' } });
    const issued = (await (
      await server.admin('/tenants/quiet/tokens', { method: 'POST', json: { label: 'idp' } })
    ).json()) as { token: string };
    await server.admin('/tenants/quiet/settings', {
      method: 'PATCH',
      json: { requestLogRetentionDays: 0 },
    });
    const res = await server.scim(`${server.url}/scim/v2/quiet/Users`, { token: issued.token });
    expect(res.status).toBe(200);
    expect(await log('', 'quiet')).toEqual([]);
    // acme's log does not show quiet's request.
    expect((await log(`?requestId=${res.headers.get('x-request-id')}`)).length).toBe(0);
  });

  it('rejects bad queries with 400', async () => {
    expect((await server.admin('/tenants/acme/request-log?limit=0')).status).toBe(400);
    expect((await server.admin('/tenants/acme/request-log?status=99')).status).toBe(400);
  });
});
