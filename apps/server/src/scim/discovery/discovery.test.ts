import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scimJson, startTestServer, type TestServer } from '../../../test/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

describe('Discovery (RFC 7644 §4)', () => {
  it('ServiceProviderConfig tells what this server does', async () => {
    const config = await scimJson(await server.scim('/ServiceProviderConfig'));
    expect(config).toMatchObject({
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig'],
      patch: { supported: true },
      bulk: { supported: true, maxOperations: 1000, maxPayloadSize: 1048576 },
      filter: { supported: true, maxResults: 1000 },
      changePassword: { supported: false },
      sort: { supported: true },
      etag: { supported: true },
      pagination: {
        cursor: true,
        index: true,
        defaultPaginationMethod: 'index',
        defaultPageSize: 100,
        maxPageSize: 1000,
      },
    });
    expect(config.authenticationSchemes[0].type).toBe('oauthbearertoken');
  });

  it('ServiceProviderConfig is honest: filter.maxResults is the page size actually served', async () => {
    const config = await scimJson(await server.scim('/ServiceProviderConfig'));
    const page = await scimJson(await server.scim(`/Users?count=${config.filter.maxResults + 50}`));
    expect(page.itemsPerPage).toBeLessThanOrEqual(config.filter.maxResults);
  });

  it('ResourceTypes lists User (with the enterprise extension), Group, Role and ServiceAccount', async () => {
    const list = await scimJson(await server.scim('/ResourceTypes'));
    expect(list.totalResults).toBe(4);
    const user = list.Resources.find((r: { id: string }) => r.id === 'User');
    expect(user).toMatchObject({
      endpoint: '/Users',
      schema: 'urn:ietf:params:scim:schemas:core:2.0:User',
      schemaExtensions: [
        { schema: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User', required: false },
      ],
    });
    const group = await scimJson(await server.scim('/ResourceTypes/Group'));
    expect(group.endpoint).toBe('/Groups');
    const serviceAccount = await scimJson(await server.scim('/ResourceTypes/ServiceAccount'));
    expect(serviceAccount).toMatchObject({
      id: 'ServiceAccount',
      endpoint: '/ServiceAccounts',
      schema: 'urn:scim-server:schemas:core:1.0:ServiceAccount',
      schemaExtensions: [],
    });
    expect((await server.scim('/ResourceTypes/Widget')).status).toBe(404);
  });

  it('Schemas lists the attribute definitions', async () => {
    const list = await scimJson(await server.scim('/Schemas'));
    expect(list.Resources.map((s: { id: string }) => s.id).sort()).toEqual([
      'urn:ietf:params:scim:schemas:core:2.0:Group',
      'urn:ietf:params:scim:schemas:core:2.0:User',
      'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User',
      'urn:scim-server:schemas:core:1.0:Role',
      'urn:scim-server:schemas:core:1.0:ServiceAccount',
    ]);
    const user = await scimJson(
      await server.scim('/Schemas/urn:ietf:params:scim:schemas:core:2.0:User'),
    );
    const userName = user.attributes.find((a: { name: string }) => a.name === 'userName');
    expect(userName).toMatchObject({
      type: 'string',
      required: true,
      uniqueness: 'server',
      caseExact: false,
    });
    const password = user.attributes.find((a: { name: string }) => a.name === 'password');
    expect(password).toMatchObject({ mutability: 'writeOnly', returned: 'never' });
  });
});
