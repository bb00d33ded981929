/**
 * Lifecycle rules (Teleport's locks): deactivation and DELETE lock a user,
 * the lock is visible in the admin API, the access check answers "locked",
 * and re-provisioning lifts it, keeping the id where the user still exists.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scimJson, startTestServer, type TestServer } from './test-server.ts';

const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const createUser = async (userName: string, extra: Record<string, unknown> = {}) => {
  const res = await server.scim('/Users', { method: 'POST', body: { userName, ...extra } });
  expect(res.status).toBe(201);
  return (await scimJson(res)).id as string;
};
const setActive = (id: string, active: boolean | string) =>
  server.scim(`/Users/${id}`, {
    method: 'PATCH',
    // Okta deactivates path-less, with the flag as a string on some apps.
    body: { schemas: [PATCH_OP], Operations: [{ op: 'replace', value: { active } }] },
  });
const check = async (query: string) => {
  const res = await server.admin(`/tenants/acme/access-check?${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as {
    allowed: boolean;
    status: string;
    userId: string | null;
    lock: any;
  };
};
const activeLocks = async () =>
  (await (await server.admin('/tenants/acme/locks')).json()) as {
    userId: string;
    reason: string;
    id: string;
  }[];

describe('deactivation', () => {
  it('locks the user, shows the lock, and the access check answers locked', async () => {
    const id = await createUser('dee@example.com');
    expect(await check('userName=dee@example.com')).toMatchObject({
      allowed: true,
      status: 'active',
    });

    expect((await setActive(id, 'False')).status).toBe(200);
    const verdict = await check('userName=DEE@example.com');
    expect(verdict).toMatchObject({ allowed: false, status: 'locked', userId: id });
    expect(verdict.lock.reason).toBe('deactivated');

    const lock = (await activeLocks()).find((l) => l.userId === id);
    expect(lock).toMatchObject({ reason: 'deactivated', sessionsRevoked: true, liftedAt: null });

    const access = (await (
      await server.admin(`/tenants/acme/users/${id}/effective-access`)
    ).json()) as any;
    expect(access.principal.locked).toBe(true);
    expect(access.roles).toEqual([]);
  });

  it('deactivating twice keeps one lock; reactivation lifts it and keeps the id', async () => {
    const id = await createUser('twice@example.com');
    await setActive(id, false);
    await setActive(id, false);
    expect((await activeLocks()).filter((l) => l.userId === id)).toHaveLength(1);

    const res = await setActive(id, true);
    expect(res.status).toBe(200);
    expect((await scimJson(res)).id).toBe(id);
    expect(await check(`id=${id}`)).toMatchObject({ allowed: true, status: 'active', lock: null });
    expect((await activeLocks()).filter((l) => l.userId === id)).toHaveLength(0);
    const all = (await (
      await server.admin('/tenants/acme/locks?activeOnly=false')
    ).json()) as any[];
    expect(all.find((l) => l.userId === id)).toMatchObject({ liftedReason: 'reprovisioned' });
  });

  it('a create for a locked, deactivated userName re-provisions the same user (201, same id)', async () => {
    const id = await createUser('back@example.com', { displayName: 'Before' });
    await setActive(id, false);
    const res = await server.scim('/Users', {
      method: 'POST',
      body: { userName: 'back@example.com', displayName: 'After' },
    });
    expect(res.status).toBe(201);
    const body = await scimJson(res);
    expect(body).toMatchObject({ id, active: true, displayName: 'After' });
    expect((await check('userName=back@example.com')).status).toBe('active');
  });

  it('a create for an active user is still 409', async () => {
    await createUser('taken@example.com');
    const res = await server.scim('/Users', {
      method: 'POST',
      body: { userName: 'taken@example.com' },
    });
    expect(res.status).toBe(409);
    expect((await scimJson(res)).scimType).toBe('uniqueness');
  });
});

describe('DELETE', () => {
  it('locks the userName; the check stays locked after the user is gone', async () => {
    const id = await createUser('gone@example.com', { externalId: 'ext-gone' });
    expect((await server.scim(`/Users/${id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await server.scim(`/Users/${id}`)).status).toBe(404);
    expect(await check('userName=gone@example.com')).toMatchObject({
      allowed: false,
      status: 'locked',
      userId: id,
      lock: { reason: 'deleted' },
    });
  });

  it('a create with the same userName lifts the lock', async () => {
    const id = await createUser('again@example.com');
    await server.scim(`/Users/${id}`, { method: 'DELETE' });
    const newId = await createUser('again@example.com');
    expect(newId).not.toBe(id);
    expect(await check('userName=again@example.com')).toMatchObject({
      allowed: true,
      status: 'active',
    });
  });

  it('a create with the same externalId (and a new userName) lifts the lock', async () => {
    const id = await createUser('renamed-old@example.com', { externalId: 'ext-renamed' });
    await server.scim(`/Users/${id}`, { method: 'DELETE' });
    await createUser('renamed-new@example.com', { externalId: 'ext-renamed' });
    expect((await check('userName=renamed-old@example.com')).status).toBe('unknown');
  });

  it('deleting a deactivated user keeps its one lock', async () => {
    const id = await createUser('both@example.com');
    await setActive(id, false);
    await server.scim(`/Users/${id}`, { method: 'DELETE' });
    const locks = (await activeLocks()).filter((l) => l.userId === id);
    expect(locks.map((l) => l.reason)).toEqual(['deactivated']);
  });
});

describe('locks in the admin API', () => {
  it('an admin can lift a lock; lifting it again is 404', async () => {
    const id = await createUser('lifted@example.com');
    await server.scim(`/Users/${id}`, { method: 'DELETE' });
    const lock = (await activeLocks()).find((l) => l.userId === id);
    expect(lock).toBeDefined();
    const res = await server.admin(`/tenants/acme/locks/${lock?.id}`, { method: 'DELETE' });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ liftedReason: 'admin' });
    expect((await check('userName=lifted@example.com')).status).toBe('unknown');
    expect(
      (await server.admin(`/tenants/acme/locks/${lock?.id}`, { method: 'DELETE' })).status,
    ).toBe(404);
  });

  it('the access check needs a userName or an id, and unknown users are unknown', async () => {
    expect((await server.admin('/tenants/acme/access-check')).status).toBe(400);
    expect(await check('userName=nobody@example.com')).toMatchObject({
      allowed: false,
      status: 'unknown',
      userId: null,
    });
  });

  it('`since` returns only newer locks, for an app that polls', async () => {
    const before = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 5));
    const id = await createUser('polled@example.com');
    await setActive(id, false);
    const newer = (await (
      await server.admin(`/tenants/acme/locks?since=${encodeURIComponent(before)}`)
    ).json()) as { userId: string }[];
    expect(newer.map((l) => l.userId)).toEqual([id]);
  });
});
