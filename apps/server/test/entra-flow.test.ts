/**
 * Microsoft Entra ID's provisioning requests as Entra sends them
 * (idp-wire-behavior.md §3.3, E-1 to E-18), default job and aadOptscim062020.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scimJson, startTestServer, type TestServer } from './test-server.ts';

const CORE = 'urn:ietf:params:scim:schemas:core:2.0:User';
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const entra = (path: string, init: Parameters<TestServer['scim']>[1] = {}) =>
  server.scim(path, {
    ...init,
    headers: {
      'content-type': 'application/scim+json; charset=utf-8',
      ...(init.headers as object),
    },
  });
const patch = (path: string, Operations: unknown[]) =>
  entra(path, { method: 'PATCH', body: { schemas: [PATCH_OP], Operations } });

describe('Entra users', () => {
  let id: string;
  let managerId: string;

  it('E-1 Test Connection: a random userName gives an empty ListResponse', async () => {
    const res = await entra(`/Users?filter=userName+eq+%22${randomUUID()}%22`);
    expect(res.status).toBe(200);
    expect((await scimJson(res)).totalResults).toBe(0);
  });

  it('E-3 create, with client meta, explicit nulls, a garbled schema URN and department/manager at the top level', async () => {
    const res = await entra('/Users', {
      method: 'POST',
      body: {
        schemas: [CORE, 'urn:ietf:params:scim:schemas:extension:enterprise:2.0User'],
        externalId: '0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef',
        userName: 'Test_User_ab6490ee@contoso.com',
        active: true,
        emails: [{ primary: 'True', type: 'work', value: 'Test_User_ab6490ee@contoso.com' }],
        meta: { resourceType: 'User' },
        name: {
          formatted: 'givenName familyName',
          familyName: 'familyName',
          givenName: 'givenName',
        },
        roles: [],
        addresses: null,
        phoneNumbers: null,
        title: null,
        department: 'Sales',
        manager: null,
      },
    });
    expect(res.status).toBe(201);
    const user = await scimJson(res);
    id = user.id;
    expect(user.emails).toEqual([
      { primary: true, type: 'work', value: 'Test_User_ab6490ee@contoso.com' },
    ]);
    expect(user[ENTERPRISE]).toEqual({ department: 'Sales' });
    expect(user.title).toBeUndefined();
    expect(user.roles).toBeUndefined();
    managerId = (
      await scimJson(
        await entra('/Users', { method: 'POST', body: { userName: 'boss@contoso.com' } }),
      )
    ).id;
  });

  it('E-2 matches by userName, unquoted externalId, and emails[type eq "work"].value', async () => {
    for (const filter of [
      'userName+eq+%22Test_User_ab6490ee%40contoso.com%22',
      'externalId eq 0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef',
      encodeURIComponent('emails[type eq "work"].value eq "Test_User_ab6490ee@contoso.com"'),
    ]) {
      const body = await scimJson(await entra(`/Users?filter=${filter}`));
      expect(body.totalResults).toBe(1);
      expect(body.Resources[0].id).toBe(id);
    }
  });

  it('E-5/E-6 default job: capitalised ops, filtered path, Add on a single-valued attribute', async () => {
    const res = await patch(`/Users/${id}`, [
      { op: 'Replace', path: 'emails[type eq "work"].value', value: 'updatedEmail@microsoft.com' },
      { op: 'Replace', path: 'name.familyName', value: 'updatedFamilyName' },
      { op: 'Add', path: 'nickName', value: 'Babs' },
      { op: 'Replace', path: 'userName', value: 'renamed@contoso.com' },
    ]);
    expect(res.status).toBe(200);
    const user = await scimJson(res);
    expect(user.emails).toEqual([
      { primary: true, type: 'work', value: 'updatedEmail@microsoft.com' },
    ]);
    expect(user.name.familyName).toBe('updatedFamilyName');
    expect(user.nickName).toBe('Babs');
    expect(user.userName).toBe('renamed@contoso.com');
  });

  it('E-8 with aadOptscim062020: one path-less op with dotted and URN-qualified keys', async () => {
    const res = await patch(`/Users/${id}`, [
      {
        op: 'replace',
        value: {
          displayName: 'Bjfe',
          'name.givenName': 'Kkom',
          'name.familyName': 'Unua',
          [`${ENTERPRISE}:employeeNumber`]: 'Aklq',
        },
      },
    ]);
    const user = await scimJson(res);
    expect(user.displayName).toBe('Bjfe');
    expect(user.name).toMatchObject({ givenName: 'Kkom', familyName: 'Unua' });
    expect(user[ENTERPRISE]).toEqual({ department: 'Sales', employeeNumber: 'Aklq' });
  });

  it('E-9 manager: old array sample, bare string, then removal by {"value":""} and by ""', async () => {
    const asArray = await scimJson(
      await patch(`/Users/${id}`, [
        {
          op: 'Add',
          path: 'manager',
          value: [{ $ref: `${server.base}/Users/${managerId}`, value: managerId }],
        },
      ]),
    );
    expect(asArray[ENTERPRISE].manager).toMatchObject({ value: managerId });
    const asString = await scimJson(
      await patch(`/Users/${id}`, [{ op: 'add', path: `${ENTERPRISE}:manager`, value: managerId }]),
    );
    expect(asString[ENTERPRISE].manager).toMatchObject({ value: managerId });
    const removed = await scimJson(
      await patch(`/Users/${id}`, [
        { op: 'replace', path: `${ENTERPRISE}:manager`, value: { value: '' } },
      ]),
    );
    expect(removed[ENTERPRISE].manager).toBeUndefined();
    await patch(`/Users/${id}`, [{ op: 'add', path: `${ENTERPRISE}:manager`, value: managerId }]);
    const removedByEmpty = await scimJson(
      await patch(`/Users/${id}`, [{ op: 'replace', path: `${ENTERPRISE}:manager`, value: '' }]),
    );
    expect(removedByEmpty[ENTERPRISE].manager).toBeUndefined();
  });

  it('E-11 custom extension attribute, not listed in schemas by Entra', async () => {
    const custom = 'urn:ietf:params:scim:schemas:extension:CustomExtensionName:2.0:User';
    const user = await scimJson(
      await patch(`/Users/${id}`, [{ op: 'Add', path: `${custom}:CustomAttribute`, value: 'x' }]),
    );
    expect(user[custom]).toEqual({ CustomAttribute: 'x' });
  });

  it('E-7 disable with "False" (default job) and false (flag)', async () => {
    expect(
      (
        await scimJson(
          await patch(`/Users/${id}`, [{ op: 'Replace', path: 'active', value: 'False' }]),
        )
      ).active,
    ).toBe(false);
    expect(
      (
        await scimJson(
          await patch(`/Users/${id}`, [{ op: 'replace', path: 'active', value: 'True' }]),
        )
      ).active,
    ).toBe(true);
    expect(
      (
        await scimJson(
          await patch(`/Users/${id}`, [{ op: 'replace', path: 'active', value: false }]),
        )
      ).active,
    ).toBe(false);
    // Soft-deleted users stay visible to GET and filters.
    expect(
      (await scimJson(await entra(`/Users?filter=userName eq "renamed@contoso.com"`))).totalResults,
    ).toBe(1);
  });

  it('E-12 delete twice: 204 then 404 (validator)', async () => {
    expect((await entra(`/Users/${id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await entra(`/Users/${id}`, { method: 'DELETE' })).status).toBe(404);
  });
});

describe('Entra groups', () => {
  let groupId: string;
  const members: string[] = [];

  beforeAll(async () => {
    for (const name of ['u1', 'u2', 'u3']) {
      members.push(
        (
          await scimJson(
            await entra('/Users', { method: 'POST', body: { userName: `${name}@contoso.com` } }),
          )
        ).id,
      );
    }
  });

  it('E-13 creates a group with a non-URN schema string and client meta', async () => {
    const res = await entra('/Groups', {
      method: 'POST',
      body: {
        schemas: [
          'urn:ietf:params:scim:schemas:core:2.0:Group',
          'http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group',
        ],
        externalId: '8aa1a0c0-c4c3-4bc0-b4a5-2ef676900159',
        displayName: 'displayName',
        meta: { resourceType: 'Group' },
      },
    });
    expect(res.status).toBe(201);
    groupId = (await scimJson(res)).id;
  });

  it('E-16 adds several members in one op, with $ref: null', async () => {
    const res = await patch(`/Groups/${groupId}`, [
      { op: 'Add', path: 'members', value: members.map((value) => ({ $ref: null, value })) },
    ]);
    expect(res.status).toBe(200);
    expect((await scimJson(res)).members).toHaveLength(3);
  });

  it('E-14 reads and matches the group excluding members', async () => {
    const one = await scimJson(await entra(`/Groups/${groupId}?excludedAttributes=members`));
    expect(one.members).toBeUndefined();
    const list = await scimJson(
      await entra('/Groups?excludedAttributes=members&filter=displayName+eq+%22displayName%22'),
    );
    expect(list.totalResults).toBe(1);
    expect(list.Resources[0].members).toBeUndefined();
  });

  it('E-17 removes members: default value list, then the flag’s filter form', async () => {
    const first = await scimJson(
      await patch(`/Groups/${groupId}`, [
        { op: 'Remove', path: 'members', value: [{ value: members[0] }] },
      ]),
    );
    expect(first.members.map((m: { value: string }) => m.value).sort()).toEqual(
      [members[1], members[2]].sort(),
    );
    const second = await scimJson(
      await patch(`/Groups/${groupId}`, [
        { op: 'remove', path: `members[value eq "${members[1]}"]` },
      ]),
    );
    expect(second.members.map((m: { value: string }) => m.value)).toEqual([members[2]]);
  });

  it('E-15 rename; with Prefer: return=minimal the answer is 204', async () => {
    const res = await entra(`/Groups/${groupId}`, {
      method: 'PATCH',
      headers: { prefer: 'return=minimal' },
      body: {
        schemas: [PATCH_OP],
        Operations: [{ op: 'Replace', path: 'displayName', value: 'updatedDisplayName' }],
      },
    });
    expect(res.status).toBe(204);
    expect((await scimJson(await entra(`/Groups/${groupId}`))).displayName).toBe(
      'updatedDisplayName',
    );
  });

  it('E-18 deletes the group', async () => {
    expect((await entra(`/Groups/${groupId}`, { method: 'DELETE' })).status).toBe(204);
  });
});
