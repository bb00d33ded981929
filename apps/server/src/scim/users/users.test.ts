import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scimJson, startTestServer, type TestServer } from '../../../test/test-server.ts';

const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

async function createUser(body: Record<string, unknown>) {
  const res = await server.scim('/Users', { method: 'POST', body });
  expect(res.status).toBe(201);
  return scimJson(res);
}

const patchUser = (id: string, Operations: unknown[], headers: Record<string, string> = {}) =>
  server.scim(`/Users/${id}`, {
    method: 'PATCH',
    headers,
    body: { schemas: [PATCH_OP], Operations },
  });

describe('Users: create', () => {
  it('defaults active to true and fills meta', async () => {
    const user = await createUser({ userName: 'meta@example.com' });
    expect(user.active).toBe(true);
    expect(user.meta).toMatchObject({
      resourceType: 'User',
      version: 'W/"1"',
      location: `${server.base}/Users/${user.id}`,
    });
    expect(user.meta.created).toBe(user.meta.lastModified);
  });

  it('reads attribute names case-insensitively and string booleans as booleans', async () => {
    const user = await createUser({
      UserName: 'case@example.com',
      NAME: { GivenName: 'Ann' },
      Active: 'False',
    });
    expect(user.userName).toBe('case@example.com');
    expect(user.name).toEqual({ givenName: 'Ann' });
    expect(user.active).toBe(false);
  });

  it('keeps the enterprise extension and lists its schema', async () => {
    const user = await createUser({
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', ENTERPRISE],
      userName: 'ent@example.com',
      [ENTERPRISE]: {
        employeeNumber: 701984,
        department: 'Tour Operations',
        manager: { value: 'boss-id' },
      },
    });
    expect(user.schemas).toContain(ENTERPRISE);
    expect(user[ENTERPRISE]).toEqual({
      employeeNumber: '701984',
      department: 'Tour Operations',
      manager: { value: 'boss-id' },
    });
  });

  it('keeps unknown attributes and unknown extensions instead of dropping them', async () => {
    const custom = 'urn:ietf:params:scim:schemas:extension:acme:2.0:User';
    const user = await createUser({
      userName: 'unknown@example.com',
      favouriteColour: 'teal',
      [custom]: { badge: 7 },
    });
    expect(user.favouriteColour).toBe('teal');
    expect(user[custom]).toEqual({ badge: 7 });
    expect(user.schemas).toContain(custom);
  });

  it('rejects a missing userName with 400 invalidValue and writes nothing', async () => {
    const before = (await scimJson(await server.scim('/Users?count=0'))).totalResults;
    const res = await server.scim('/Users', {
      method: 'POST',
      body: { name: { givenName: 'No' } },
    });
    expect(res.status).toBe(400);
    expect(await scimJson(res)).toMatchObject({
      scimType: 'invalidValue',
      detail: 'userName: is required',
    });
    expect((await scimJson(await server.scim('/Users?count=0'))).totalResults).toBe(before);
  });

  it.each([
    [{ userName: 'bad-active@example.com', active: 'maybe' }, 'active'],
    [{ userName: 'bad-name@example.com', name: 'Bob' }, 'name'],
    [{ userName: 'bad-emails@example.com', emails: [true] }, 'emails'],
    [{ userName: 42 }, null],
  ])('rejects wrongly typed values with 400 invalidValue (%j)', async (body, attribute) => {
    const res = await server.scim('/Users', { method: 'POST', body });
    if (attribute === null) {
      // A number is a tolerable userName: it is coerced to a string.
      expect(res.status).toBe(201);
      return;
    }
    expect(res.status).toBe(400);
    const error = await scimJson(res);
    expect(error.scimType).toBe('invalidValue');
    expect(error.detail).toContain(attribute);
  });

  it('treats userName uniqueness case-insensitively (409)', async () => {
    await createUser({ userName: 'Unique@Example.com' });
    const res = await server.scim('/Users', {
      method: 'POST',
      body: { userName: 'unique@example.COM' },
    });
    expect(res.status).toBe(409);
    expect((await scimJson(res)).scimType).toBe('uniqueness');
  });
});

describe('Users: filters', () => {
  beforeAll(async () => {
    await createUser({
      userName: 'filter.one@example.com',
      externalId: 'ext-1',
      displayName: 'Filter One',
      emails: [
        { value: 'one@work.example', type: 'work', primary: true },
        { value: 'one@home.example', type: 'home' },
      ],
    });
    await createUser({
      userName: 'filter.two@example.com',
      externalId: 'ext-2',
      displayName: 'Filter Two',
    });
  });

  const count = async (filter: string) => {
    const res = await server.scim(`/Users?filter=${encodeURIComponent(filter)}`);
    expect(res.status).toBe(200);
    return (await scimJson(res)).totalResults as number;
  };

  it.each([
    ['userName eq "filter.one@example.com"', 1],
    ['externalId eq "ext-2"', 1],
    ['externalId eq "EXT-2"', 0], // externalId is caseExact
    ['emails.value eq "one@home.example"', 1],
    // emails.value narrows on the users' emails key first (filter-sql.ts); the document decides.
    ['emails.value eq "ONE@Home.Example"', 1],
    ['emails.value co "HOME.EX"', 1],
    ['emails.value sw "one@w"', 1],
    ['emails.value ew "@home.example"', 1],
    ['emails.value eq "one@work"', 0],
    ['emails.value co "example\\none"', 0], // spans two emails in the key, matches neither
    ['emails.value ne "one@home.example" and userName sw "filter."', 1],
    ['emails[type eq "work"].value eq "one@work.example"', 1],
    ['emails[type eq "work" and value eq "ONE@WORK.EXAMPLE"]', 1],
    ['displayName eq "filter two"', 1],
    ['userName eq "filter.one@example.com" and externalId eq "ext-1"', 1],
    ['userName eq "filter.one@example.com" and externalId eq "ext-2"', 0],
    ['userName sw "filter." and externalId pr', 2],
    ['username Eq "filter.two@example.com"', 1], // Ping: lower-case attribute, capitalised operator
    ['userName eq "nobody@example.com"', 0],
    ['not (userName eq "filter.one@example.com") and externalId pr', 1],
    ['displayName co "TWO"', 1],
    ['userName ew "@example.com" and displayName sw "Filter"', 2],
    ['meta.lastModified gt "2000-01-01T00:00:00Z" and externalId pr', 2],
    ['emails pr and externalId pr', 1],
    ['(externalId eq "ext-1" or externalId eq "ext-2") and not (emails pr)', 1],
    ['userName co "%"', 0], // SQL wildcards are literal
    ['externalId ne "ext-1" and userName sw "filter."', 1],
    ['meta.created lt "2100-01-01T00:00:00Z" and externalId pr', 2],
    ['meta.created ge "2100-01-01T00:00:00Z"', 0],
    ['meta.lastModified le "2000-01-01T00:00:00.000Z"', 0],
    ['active eq true and externalId pr', 2],
    ['active eq "True" and externalId eq "ext-2"', 1], // a string boolean is read as a boolean
    ['emails[type eq "work" and primary eq true]', 1],
    ['emails[not (type eq "work")]', 1],
    ['emails.type eq "home" or emails.type eq "other"', 1],
    ['EMAILS[TYPE EQ "work"] AND USERNAME PR', 1],
    ['urn:ietf:params:scim:schemas:core:2.0:User:userName eq "filter.two@example.com"', 1],
  ])('%s → %i', async (filter, expected) => {
    expect(await count(filter)).toBe(expected);
  });

  it.each([
    'userName xx "a"',
    'nosuch eq "a"',
    'emails[type eq "work"',
    'name.nosuch eq "x"',
    'password eq "x"',
  ])(
    'answers an unusable filter (%s) with 400 invalidFilter, never an unfiltered list',
    async (filter) => {
      const res = await server.scim(`/Users?filter=${encodeURIComponent(filter)}`);
      expect(res.status).toBe(400);
      expect((await scimJson(res)).scimType).toBe('invalidFilter');
    },
  );

  it('emails.value filters follow a PATCH and a PUT of the emails', async () => {
    const user = await createUser({
      userName: 'moves@example.com',
      emails: [{ value: 'old@moves.example', type: 'work' }],
    });
    const patched = await patchUser(user.id as string, [
      { op: 'replace', path: 'emails', value: [{ value: 'New@Moves.Example', type: 'work' }] },
    ]);
    expect(patched.status).toBe(200);
    expect(await count('emails.value co "old@moves"')).toBe(0);
    expect(await count('emails.value eq "new@moves.example"')).toBe(1);
    const replaced = await server.scim(`/Users/${user.id as string}`, {
      method: 'PUT',
      body: { userName: 'moves@example.com', emails: [{ value: 'third@moves.example' }] },
    });
    expect(replaced.status).toBe(200);
    expect(await count('emails.value co "moves.example"')).toBe(1);
    expect(await count('emails.value sw "new@"')).toBe(0);
  });

  it('accepts + as a space in the query string (Entra)', async () => {
    const res = await server.scim('/Users?filter=userName+eq+%22filter.two%40example.com%22');
    expect((await scimJson(res)).totalResults).toBe(1);
  });
});

describe('Users: paging', () => {
  it('startIndex below 1 is 1, count is capped, count=0 gives only the total', async () => {
    const all = await scimJson(await server.scim('/Users?startIndex=-5&count=2'));
    expect(all.startIndex).toBe(1);
    expect(all.itemsPerPage).toBe(2);
    const none = await scimJson(await server.scim('/Users?count=0'));
    expect(none.itemsPerPage).toBe(0);
    expect(none.Resources).toEqual([]);
    expect(none.totalResults).toBe(all.totalResults);
  });
});

describe('Users: replace, patch, delete', () => {
  it('PUT ignores read-only attributes in the body and keeps created', async () => {
    const user = await createUser({ userName: 'put@example.com', title: 'Engineer' });
    const res = await server.scim(`/Users/${user.id}`, {
      method: 'PUT',
      body: {
        id: 'something-else',
        userName: 'put@example.com',
        meta: { created: '2000-01-01T00:00:00Z' },
        groups: [{ value: 'x' }],
      },
    });
    expect(res.status).toBe(200);
    const replaced = await scimJson(res);
    expect(replaced.id).toBe(user.id);
    expect(replaced.title).toBeUndefined(); // PUT replaces: attributes not given are cleared
    expect(replaced.meta.created).toBe(user.meta.created);
    expect(replaced.meta.version).toBe('W/"2"');
    expect(replaced.groups).toBeUndefined();
  });

  it('PUT to a userName that is taken is 409 and changes nothing', async () => {
    await createUser({ userName: 'taken@example.com' });
    const user = await createUser({ userName: 'taker@example.com' });
    const res = await server.scim(`/Users/${user.id}`, {
      method: 'PUT',
      body: { userName: 'TAKEN@example.com' },
    });
    expect(res.status).toBe(409);
    expect((await scimJson(await server.scim(`/Users/${user.id}`))).userName).toBe(
      'taker@example.com',
    );
  });

  it('PATCH that fails in its second operation writes nothing (atomic)', async () => {
    const user = await createUser({ userName: 'atomic@example.com', title: 'Before' });
    const res = await patchUser(user.id, [
      { op: 'replace', path: 'title', value: 'After' },
      { op: 'replace', path: 'nosuchattribute', value: 'x' },
    ]);
    expect(res.status).toBe(400);
    expect((await scimJson(res)).scimType).toBe('invalidPath');
    const after = await scimJson(await server.scim(`/Users/${user.id}`));
    expect(after.title).toBe('Before');
    expect(after.meta.version).toBe(user.meta.version);
  });

  it('PATCH with Entra shapes: capitalised op, string boolean, add to a filtered path', async () => {
    const user = await createUser({ userName: 'entra@example.com' });
    const res = await patchUser(user.id, [
      { op: 'Replace', path: 'active', value: 'False' },
      { op: 'Add', path: 'emails[type eq "work"].value', value: 'entra@work.example' },
      { op: 'Add', path: `${ENTERPRISE}:manager`, value: 'manager-id' },
    ]);
    expect(res.status).toBe(200);
    const patched = await scimJson(res);
    expect(patched.active).toBe(false);
    expect(patched.emails).toEqual([{ type: 'work', value: 'entra@work.example' }]);
    expect(patched[ENTERPRISE]).toEqual({ manager: { value: 'manager-id' } });
  });

  it('PATCH keeps attributes of an extension with no schema here (Entra custom extension)', async () => {
    const custom = 'urn:ietf:params:scim:schemas:extension:CustomExtensionName:2.0:User';
    const user = await createUser({ userName: 'custom-ext@example.com' });
    const res = await patchUser(user.id, [
      { op: 'Add', path: `${custom}:costCode`, value: 'CC-7' },
    ]);
    expect(res.status).toBe(200);
    const patched = await scimJson(await server.scim(`/Users/${user.id}`));
    expect(patched[custom]).toEqual({ costCode: 'CC-7' });
    expect(patched.schemas).toContain(custom);
  });

  it('PATCH with a malformed message is 400 invalidSyntax', async () => {
    const user = await createUser({ userName: 'badpatch@example.com' });
    const res = await server.scim(`/Users/${user.id}`, {
      method: 'PATCH',
      body: { Operations: [{ op: 'jump', path: 'title' }] },
    });
    expect(res.status).toBe(400);
    expect((await scimJson(res)).scimType).toBe('invalidSyntax');
  });

  it('If-Match: a stale version is 412 and changes nothing; the current one succeeds', async () => {
    const user = await createUser({ userName: 'etag-match@example.com', title: 'v1' });
    const ok = await patchUser(user.id, [{ op: 'replace', path: 'title', value: 'v2' }], {
      'if-match': user.meta.version,
    });
    expect(ok.status).toBe(200);
    const stale = await patchUser(user.id, [{ op: 'replace', path: 'title', value: 'v3' }], {
      'if-match': user.meta.version,
    });
    expect(stale.status).toBe(412);
    const staleDelete = await server.scim(`/Users/${user.id}`, {
      method: 'DELETE',
      headers: { 'if-match': user.meta.version },
    });
    expect(staleDelete.status).toBe(412);
    const current = await scimJson(await server.scim(`/Users/${user.id}`));
    expect(current.title).toBe('v2');
  });

  it('DELETE is 204, then 404; an id of any shape is 404', async () => {
    const user = await createUser({ userName: 'delete@example.com' });
    expect((await server.scim(`/Users/${user.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await server.scim(`/Users/${user.id}`, { method: 'DELETE' })).status).toBe(404);
    for (const id of [
      '010101001010101011001010101011',
      'not a uuid',
      '%00',
      "'; drop table users; --",
    ]) {
      const res = await server.scim(`/Users/${encodeURIComponent(id)}`);
      expect(res.status).toBe(404);
    }
  });
});

describe('Users: the read-only groups attribute', () => {
  it('GET and list read a user’s direct groups with the user, by displayName', async () => {
    const user = await createUser({ userName: 'member-of-two@example.com' });
    const loner = await createUser({ userName: 'member-of-none@example.com' });
    const group = async (displayName: string) =>
      scimJson(
        await server.scim('/Groups', {
          method: 'POST',
          body: { displayName, members: [{ value: user.id }] },
        }),
      );
    const zeta = await group('Zeta readers');
    const alpha = await group('Alpha writers');
    const expected = [alpha, zeta].map((g) => ({
      value: g.id,
      display: g.displayName,
      $ref: `${server.base}/Groups/${g.id}`,
      type: 'direct',
    }));

    expect((await scimJson(await server.scim(`/Users/${user.id}`))).groups).toEqual(expected);
    const filter = encodeURIComponent('userName sw "member-of-"');
    const listed = await scimJson(await server.scim(`/Users?filter=${filter}&sortBy=userName`));
    expect(listed.Resources.map((u: { groups?: unknown }) => u.groups)).toEqual([
      undefined,
      expected,
    ]);
    const cursor = await scimJson(await server.scim(`/Users?filter=${filter}&cursor&count=1`));
    expect(cursor.Resources[0].groups).toEqual(expected);
    expect((await scimJson(await server.scim(`/Users/${loner.id}`))).groups).toBeUndefined();
    const excluded = await scimJson(
      await server.scim(`/Users?filter=${filter}&excludedAttributes=groups`),
    );
    expect(excluded.Resources.every((u: { groups?: unknown }) => u.groups === undefined)).toBe(
      true,
    );
  });
});

describe('Users: the userName eq lookup', () => {
  it('pages, counts, projects and folds case like any listing (uniqueKeyOf picks the lookup)', async () => {
    const user = await createUser({ userName: 'Lookup.Person@Example.com' });
    const list = async (query: string) => scimJson(await server.scim(`/Users?${query}`));
    const filter = `filter=${encodeURIComponent('userName eq "lookup.person@example.COM"')}`;

    const found = await list(filter);
    expect(found).toMatchObject({ totalResults: 1, itemsPerPage: 1, startIndex: 1 });
    expect(found.Resources.map((u: { id: string }) => u.id)).toEqual([user.id]);
    expect(await list(`${filter}&startIndex=2`)).toMatchObject({
      totalResults: 1,
      itemsPerPage: 0,
      startIndex: 2,
      Resources: [],
    });
    expect(await list(`${filter}&count=0`)).toMatchObject({ totalResults: 1, Resources: [] });
    const projected = await list(`${filter}&attributes=userName`);
    expect(projected.Resources).toEqual([
      { schemas: [expect.any(String)], id: user.id, userName: 'Lookup.Person@Example.com' },
    ]);
    const cursor = await list(`${filter}&cursor`);
    expect(cursor.Resources.map((u: { id: string }) => u.id)).toEqual([user.id]);
    const none = await list(`filter=${encodeURIComponent('userName eq "nobody@example.com"')}`);
    expect(none).toMatchObject({ totalResults: 0, Resources: [] });
    const notEqual = await list(
      `filter=${encodeURIComponent('userName ne "lookup.person@example.com" and userName sw "lookup."')}`,
    );
    expect(notEqual.totalResults).toBe(0);
  });
});
