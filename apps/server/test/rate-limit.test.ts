/** 429 with an integer Retry-After, per credential, configurable per tenant. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { scimJson, startTestServer, type TestServer } from './test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

it('the default never throttles a burst of IdP requests', async () => {
  const statuses = await Promise.all(
    Array.from({ length: 200 }, () => server.scim('/Users?count=1').then((r) => r.status)),
  );
  expect(statuses.every((s) => s === 200)).toBe(true);
});

it('a tenant limit answers 429 with an integer Retry-After and a SCIM error, then recovers', async () => {
  await server.store.transaction(({ tenants }) => tenants.setRateLimit(server.tenant, 2));
  const responses = [];
  for (let i = 0; i < 6; i++) responses.push(await server.scim('/Users?count=1'));
  const limited = responses.filter((r) => r.status === 429);
  expect(limited.length).toBeGreaterThan(0);
  const first = limited[0] as Response;
  expect(first.headers.get('retry-after')).toMatch(/^\d+$/);
  expect(await scimJson(first)).toMatchObject({
    status: '429',
    schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'],
  });
  await server.store.transaction(({ tenants }) => tenants.setRateLimit(server.tenant, null));
  await new Promise((r) => setTimeout(r, 1100));
  expect((await server.scim('/Users?count=1')).status).toBe(200);
});
