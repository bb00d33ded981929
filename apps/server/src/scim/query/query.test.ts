/** Sorting, index and cursor paging, and projection, through the real server (RFC 7644 §3.4.2, §3.9; RFC 9865). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scimJson, startTestServer, type TestServer } from '../../../test/test-server.ts';

const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
let server: TestServer;
const names = ['delta', 'Alpha', 'charlie', 'bravo', 'echo'];

beforeAll(async () => {
  server = await startTestServer();
  for (const [i, name] of names.entries()) {
    const res = await server.scim('/Users', {
      method: 'POST',
      body: {
        userName: `${name}@example.com`,
        ...(i % 2 === 0 ? { title: `T${i}` } : {}),
        emails: [
          { value: `z-${name}@home.example`, type: 'home' },
          { value: `${name}@work.example`, type: 'work', primary: true },
        ],
        [ENTERPRISE]: { employeeNumber: String(100 - i), department: 'R&D' },
        name: { givenName: name, familyName: 'Test' },
      },
    });
    expect(res.status).toBe(201);
  }
});
afterAll(() => server.stop());

const list = async (query: string) => {
  const res = await server.scim(`/Users?${query}`);
  expect(res.status).toBe(200);
  return scimJson(res);
};
const userNames = (body: Record<string, any>) =>
  (body.Resources as { userName: string }[]).map((u) => u.userName.split('@')[0] ?? '');

describe('sortBy / sortOrder', () => {
  it('sorts case-insensitively by userName, ascending by default', async () => {
    expect(userNames(await list('sortBy=userName'))).toEqual([
      'Alpha',
      'bravo',
      'charlie',
      'delta',
      'echo',
    ]);
  });

  it('sorts descending', async () => {
    expect(userNames(await list('sortBy=userName&sortOrder=descending'))).toEqual([
      'echo',
      'delta',
      'charlie',
      'bravo',
      'Alpha',
    ]);
  });

  it('puts missing values last ascending and first descending', async () => {
    expect(userNames(await list('sortBy=title'))).toEqual([
      'delta',
      'charlie',
      'echo',
      'Alpha',
      'bravo',
    ]);
    expect(userNames(await list('sortBy=title&sortOrder=descending'))).toEqual([
      'bravo',
      'Alpha',
      'echo',
      'charlie',
      'delta',
    ]);
  });

  it('sorts a multi-valued attribute by its primary value', async () => {
    expect(userNames(await list('sortBy=emails.value'))).toEqual([
      'Alpha',
      'bravo',
      'charlie',
      'delta',
      'echo',
    ]);
  });

  it('sorts by an extension attribute and by a sub-attribute', async () => {
    const byNumber = await list(`sortBy=${ENTERPRISE}:employeeNumber`);
    // employeeNumber is a string attribute: '100' < '96' < '97' …
    expect(userNames(byNumber)).toEqual(['delta', 'echo', 'bravo', 'charlie', 'Alpha']);
    expect(userNames(await list('sortBy=name.givenName&sortOrder=DESCENDING'))).toEqual([
      'echo',
      'delta',
      'charlie',
      'bravo',
      'Alpha',
    ]);
  });

  it('filters and sorts on URN-qualified extension attributes', async () => {
    const filter = encodeURIComponent(
      `${ENTERPRISE}:employeeNumber gt "97" and ${ENTERPRISE}:department eq "r&d"`,
    );
    expect(userNames(await list(`filter=${filter}&sortBy=userName`))).toEqual(['Alpha', 'charlie']);
  });

  it('combines sorting with a filter and index paging', async () => {
    const page = await list('filter=title pr&sortBy=userName&startIndex=2&count=1');
    expect(page.totalResults).toBe(3);
    expect(page.startIndex).toBe(2);
    expect(userNames(page)).toEqual(['delta']);
  });

  it.each(['sortBy=nosuch', 'sortBy=userName&sortOrder=sideways', 'sortBy=name'])(
    'refuses %s with 400 invalidValue',
    async (query) => {
      const res = await server.scim(`/Users?${query}`);
      expect(res.status).toBe(400);
      expect((await scimJson(res)).scimType).toBe('invalidValue');
    },
  );
});

describe('totalResults is exact on every page (RFC 7644 §3.4.2.4)', () => {
  // A short page counts its matches itself; the others run COUNT. Both must agree.
  it.each([
    ['a first page with room to spare', 'count=10', 5, 5],
    ['a full first page', 'count=5', 5, 5],
    ['a full page with more after it', 'count=2', 5, 2],
    ['a last page, partly filled', 'startIndex=4&count=10', 5, 2],
    ['a page that starts on the last match', 'startIndex=5&count=1', 5, 1],
    ['a page beyond the last match', 'startIndex=9&count=10', 5, 0],
    ['a filtered first page', 'filter=title pr&count=10', 3, 3],
    ['a filtered page beyond the end', 'filter=title pr&startIndex=4&count=10', 3, 0],
    ['no match', 'filter=userName eq "nobody"', 0, 0],
    ['count=0', 'count=0', 5, 0],
  ])('%s', async (_label, query, total, returned) => {
    const page = await list(query);
    expect(page.totalResults).toBe(total);
    expect(page.Resources ?? []).toHaveLength(returned);
  });

  it.each([
    ['a single cursor page', 10],
    ['the first of several cursor pages', 2],
  ])('%s', async (_label, count) => {
    const page = await list(`count=${count}&cursor=`);
    expect(page.totalResults).toBe(names.length);
  });
});

describe('cursor paging (RFC 9865)', () => {
  async function walk(query: string, count: number) {
    const seen: string[] = [];
    let cursor = '';
    for (let pages = 0; pages < 20; pages++) {
      const page = await list(`${query}&count=${count}&cursor=${encodeURIComponent(cursor)}`);
      expect(page.startIndex).toBeUndefined();
      expect(page.totalResults).toBe(names.length);
      seen.push(...userNames(page));
      if (!page.nextCursor) return { seen, pages: pages + 1 };
      expect(page.nextCursor).toMatch(/^[A-Za-z0-9_-]+$/);
      cursor = page.nextCursor;
    }
    throw new Error('cursor paging did not end');
  }

  it('walks every user once, in creation order, and the last page has no nextCursor', async () => {
    const { seen, pages } = await walk('', 2);
    expect(seen).toEqual(names);
    expect(pages).toBe(3);
  });

  it('walks in sort order, ascending and descending, including missing values', async () => {
    expect((await walk('sortBy=userName', 2)).seen).toEqual([
      'Alpha',
      'bravo',
      'charlie',
      'delta',
      'echo',
    ]);
    expect((await walk('sortBy=title&sortOrder=descending', 2)).seen).toEqual([
      'bravo',
      'Alpha',
      'echo',
      'charlie',
      'delta',
    ]);
  });

  it('refuses a tampered cursor, a cursor from another query, and a changed count', async () => {
    const first = await list('sortBy=userName&count=2&cursor=');
    const bad = await server.scim('/Users?count=2&cursor=not-a-cursor');
    expect((await scimJson(bad)).scimType).toBe('invalidCursor');
    const otherQuery = await server.scim(`/Users?count=2&sortBy=title&cursor=${first.nextCursor}`);
    expect((await scimJson(otherQuery)).scimType).toBe('invalidCursor');
    const otherCount = await server.scim(
      `/Users?count=3&sortBy=userName&cursor=${first.nextCursor}`,
    );
    expect((await scimJson(otherCount)).scimType).toBe('invalidCount');
    const both = await server.scim('/Users?startIndex=2&cursor=');
    expect(both.status).toBe(400);
  });
});

describe('projection', () => {
  it('attributes returns only those, plus id and schemas', async () => {
    const page = await list('attributes=userName,name.givenName&count=1');
    expect(Object.keys(page.Resources[0]).sort()).toEqual(['id', 'name', 'schemas', 'userName']);
    expect(Object.keys(page.Resources[0].name)).toEqual(['givenName']);
  });

  it('excludedAttributes drops those and keeps the rest', async () => {
    const page = await list(`excludedAttributes=emails,meta,${ENTERPRISE}:department&count=1`);
    const user = page.Resources[0];
    expect(user.emails).toBeUndefined();
    expect(user.meta).toBeUndefined();
    expect(user.userName).toBeDefined();
    expect(user[ENTERPRISE]).toEqual({ employeeNumber: '100' });
  });

  it('id cannot be excluded; a sub-attribute of a multi-valued attribute projects each element', async () => {
    const page = await list('excludedAttributes=id&attributes=emails.type&count=1');
    expect(page.Resources[0].id).toBeDefined();
    expect(page.Resources[0].emails).toEqual([{ type: 'home' }, { type: 'work' }]);
  });

  it('an extension URN names the whole extension, and schemas lists only what is returned', async () => {
    const withExtension = await list(`attributes=${ENTERPRISE}&count=1`);
    expect(withExtension.Resources[0][ENTERPRISE]).toEqual({
      employeeNumber: '100',
      department: 'R&D',
    });
    expect(withExtension.Resources[0].schemas).toContain(ENTERPRISE);
    const without = await list(`attributes=userName&count=1`);
    expect(without.Resources[0].schemas).toEqual(['urn:ietf:params:scim:schemas:core:2.0:User']);
  });

  it('applies to POST, PUT and PATCH responses', async () => {
    const created = await server.scim('/Users?attributes=userName', {
      method: 'POST',
      body: { userName: 'proj@example.com', title: 'x' },
    });
    const body = await scimJson(created);
    expect(Object.keys(body).sort()).toEqual(['id', 'schemas', 'userName']);
    expect(created.headers.get('etag')).toBe('W/"1"');
    const replaced = await scimJson(
      await server.scim(`/Users/${body.id}?excludedAttributes=meta`, {
        method: 'PUT',
        body: { userName: 'proj@example.com' },
      }),
    );
    expect(replaced.meta).toBeUndefined();
    const patched = await scimJson(
      await server.scim(`/Users/${body.id}?attributes=active`, {
        method: 'PATCH',
        body: {
          schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
          Operations: [{ op: 'replace', value: { active: false } }],
        },
      }),
    );
    expect(patched).toEqual({
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
      id: body.id,
      active: false,
    });
  });

  it('an attribute list with bad syntax is 400 invalidValue', async () => {
    const res = await server.scim('/Users?attributes=emails[type');
    expect(res.status).toBe(400);
    expect((await scimJson(res)).scimType).toBe('invalidValue');
  });
});

describe('Prefer: return=minimal', () => {
  it('a PATCH answers 204 with the new ETag', async () => {
    const user = await scimJson(
      await server.scim('/Users', { method: 'POST', body: { userName: 'minimal@example.com' } }),
    );
    const res = await server.scim(`/Users/${user.id}`, {
      method: 'PATCH',
      headers: { prefer: 'return=minimal' },
      body: {
        schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
        Operations: [{ op: 'replace', path: 'title', value: 'x' }],
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('etag')).toBe('W/"2"');
  });
});
