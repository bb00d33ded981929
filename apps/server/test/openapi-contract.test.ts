/**
 * The OpenAPI document against the running server: every documented operation is
 * called, every documented status is provoked (or the reason it cannot be is named),
 * and each answer's status, media type, headers and body are checked against the
 * document (contract/response-check.ts). Operations added later are walked too; one
 * without a fixture fails, naming the fixture to add.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiDocument } from '../src/http/openapi-document.ts';
import { ContractClient } from './contract/contract-client.ts';
import { documentedOperations } from './contract/documented-operations.ts';
import { planFor, probes, type ContractTenants } from './contract/exercise-plan.ts';
import { startTestServer, type TestServer } from './test-server.ts';

const ADMIN_TOKEN = 'contract-admin-token-0123456789';
const document = openApiDocument();
const operations = documentedOperations(document);
let server: TestServer;
let client: ContractClient;
let tenants: ContractTenants;

beforeAll(async () => {
  server = await startTestServer({
    env: { SCIM_ADMIN_TOKEN: ADMIN_TOKEN, SCIM_BOOTSTRAP_WORKSPACES: 'prod' },
  });
  client = new ContractClient(server.url, document, {
    tenant: server.tenant,
    scimToken: server.token,
    adminToken: ADMIN_TOKEN,
  });
  tenants = {
    off: await tenantWith({ scimEnabled: false }),
    limited: await tenantWith({ rateLimitPerSecond: 1 }),
  };
});
afterAll(() => server.stop());

/** A tenant with its own token and these settings, made through the admin API (checked too). */
async function tenantWith(settings: Record<string, unknown>) {
  const tenant = `contract-${Object.keys(settings)[0]?.toLowerCase()}`;
  await client.call('admin-tenants-create', { body: { id: tenant, name: tenant } }, 200);
  const { json } = await client.call(
    'admin-tokens-create',
    { params: { tenant }, body: { label: 'contract' } },
    200,
  );
  await client.call('admin-settings-update', { params: { tenant }, body: settings }, 200);
  return { tenant, token: json.token as string };
}

it('serves the document it is generated from at /openapi.json', async () => {
  const response = await fetch(`${server.url}/openapi.json`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  expect(await response.json()).toEqual(JSON.parse(JSON.stringify(document)));
  expect(operations.length).toBeGreaterThan(40);
  expect(new Set(operations.map((o) => o.id)).size).toBe(operations.length);
});

describe.each(operations.map((o) => [o.label, o] as const))('%s', (_label, operation) => {
  const plans = operation.statuses.map(
    (status) => [status, planFor(operation, status, placeholderTenants)] as const,
  );

  for (const [status, plan] of plans) {
    if (plan.kind === 'not-provoked') continue;
    it(`answers ${status} as documented`, async () => {
      const current = planFor(operation, status, tenants);
      if (current.kind === 'missing') throw new Error(current.message);
      if (current.kind !== 'request') return;
      const spec = await current.build(client);
      if (!current.untilStatus) {
        await client.call(operation.id, spec, status);
        return;
      }
      // 429: whatever comes before the limit is checked against the document too.
      for (let attempt = 0; attempt < 10; attempt++) {
        const response = await client.call(operation.id, spec);
        if (response.status === status) return;
      }
      throw new Error(`${operation.label} never answered ${status}`);
    });
  }

  it('answers what any client might send with documented statuses only', async () => {
    for (const spec of probes(operation, tenants)) await client.call(operation.id, spec);
  });

  const unprovoked = plans.flatMap(([status, plan]) =>
    plan.kind === 'not-provoked' ? [`${status} (${plan.reason})`] : [],
  );
  if (unprovoked.length > 0) {
    it(`documents, but cannot be made to answer: ${unprovoked.join('; ')}`, () => {
      expect(unprovoked.length).toBeGreaterThan(0);
    });
  }
});

/** Plans are chosen while collecting tests, before the tenants exist; only their kind is used then. */
const placeholderTenants: ContractTenants = {
  off: { tenant: '', token: '' },
  limited: { tenant: '', token: '' },
};
