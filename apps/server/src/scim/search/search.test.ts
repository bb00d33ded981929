/** POST .search (RFC 7644 §3.4.3), per resource type and at the root, through the real server. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scimJson, startTestServer, type TestServer } from '../../../test/test-server.ts';

const SEARCH = 'urn:ietf:params:scim:api:messages:2.0:SearchRequest';
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
  for (const name of ['ann', 'ben', 'cat']) {
    await server.scim('/Users', {
      method: 'POST',
      body: { userName: `${name}@example.com`, displayName: `Team ${name}` },
    });
  }
  for (const name of ['Team Red', 'Team Blue']) {
    await server.scim('/Groups', { method: 'POST', body: { displayName: name } });
  }
});
afterAll(() => server.stop());

const search = (path: string, body: unknown) => server.scim(path, { method: 'POST', body });

describe('POST /Users/.search', () => {
  it('filters, sorts, pages and projects like GET', async () => {
    const res = await search('/Users/.search', {
      schemas: [SEARCH],
      attributes: ['userName'],
      filter: 'userName sw "b" or userName sw "c"',
      sortBy: 'userName',
      sortOrder: 'descending',
      startIndex: 1,
      count: 10,
    });
    expect(res.status).toBe(200);
    const body = await scimJson(res);
    expect(body.totalResults).toBe(2);
    expect(body.Resources.map((u: { userName: string }) => u.userName)).toEqual([
      'cat@example.com',
      'ben@example.com',
    ]);
    expect(Object.keys(body.Resources[0]).sort()).toEqual(['id', 'schemas', 'userName']);
  });

  it('supports cursor paging in the body', async () => {
    const first = await scimJson(
      await search('/Users/.search', { schemas: [SEARCH], count: 2, cursor: '' }),
    );
    expect(first.Resources).toHaveLength(2);
    const second = await scimJson(
      await search('/Users/.search', { schemas: [SEARCH], count: 2, cursor: first.nextCursor }),
    );
    expect(second.Resources).toHaveLength(1);
    expect(second.nextCursor).toBeUndefined();
  });

  it('refuses a body that is not a SearchRequest', async () => {
    const wrong = await search('/Users/.search', { schemas: ['urn:wrong'] });
    expect((await scimJson(wrong)).scimType).toBe('invalidSyntax');
    const badAttributes = await search('/Users/.search', { schemas: [SEARCH], attributes: [1, 2] });
    expect((await scimJson(badAttributes)).scimType).toBe('invalidValue');
  });
});

describe('POST /Groups/.search', () => {
  it('searches groups', async () => {
    const body = await scimJson(
      await search('/Groups/.search', { schemas: [SEARCH], filter: 'displayName eq "team red"' }),
    );
    expect(body.Resources.map((g: { displayName: string }) => g.displayName)).toEqual(['Team Red']);
  });
});

describe('POST /.search at the root', () => {
  it('runs the filter against every resource type that has the attribute', async () => {
    const body = await scimJson(
      await search('/.search', { schemas: [SEARCH], filter: 'displayName sw "Team"' }),
    );
    expect(body.totalResults).toBe(5);
    const types = body.Resources.map(
      (r: { meta: { resourceType: string } }) => r.meta.resourceType,
    );
    expect(types).toEqual(['User', 'User', 'User', 'Group', 'Group']);
  });

  it('skips types without the attribute, and pages across types with one index', async () => {
    const users = await scimJson(
      await search('/.search', { schemas: [SEARCH], filter: 'userName pr' }),
    );
    expect(users.totalResults).toBe(3);
    const page = await scimJson(
      await search('/.search', { schemas: [SEARCH], startIndex: 3, count: 2 }),
    );
    expect(page.totalResults).toBe(5);
    expect(page.startIndex).toBe(3);
    expect(
      page.Resources.map((r: { meta: { resourceType: string } }) => r.meta.resourceType),
    ).toEqual(['User', 'Group']);
  });

  it('is 400 invalidFilter when no type has the attribute, and refuses sortBy', async () => {
    expect((await scimJson(await search('/.search', { filter: 'nosuch eq 1' }))).scimType).toBe(
      'invalidFilter',
    );
    expect((await scimJson(await search('/.search', { sortBy: 'displayName' }))).scimType).toBe(
      'invalidValue',
    );
  });
});
