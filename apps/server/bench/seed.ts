import { field, runPool, type ScimClient } from './scim-client.ts';

/**
 * Seeding over the real HTTP interface: users through `POST /Bulk` when the
 * server answers it, else concurrent `POST /Users`; groups through POST and
 * PATCH in chunks.
 */
export interface SeededUser {
  id: string;
  userName: string;
}

export interface BulkLimits {
  maxOperations: number;
  maxPayloadSize: number;
}

const USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';
const GROUP_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Group';
const PATCH_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
const BULK_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:BulkRequest';
const POST_CONCURRENCY = 32;
const BULK_CONCURRENCY = 2;
const MEMBER_CHUNK = 5000;

/** The n-th seeded user's userName, e.g. `user0042137@bench.example`. */
export function seededUserName(n: number): string {
  return `user${String(n).padStart(7, '0')}@bench.example`;
}

/** A SCIM user as an IdP would create it. */
export function userBody(userName: string): Record<string, unknown> {
  const local = userName.slice(0, userName.indexOf('@'));
  return {
    schemas: [USER_SCHEMA],
    userName,
    externalId: `ext-${local}`,
    name: { givenName: `Given-${local}`, familyName: `Family-${local}` },
    displayName: `Given-${local} Family-${local}`,
    emails: [{ value: userName, type: 'work', primary: true }],
    active: true,
  };
}

/**
 * Tries `POST /Bulk` with one throw-away user (deleted again). Returns the
 * limits to use, or the reason Bulk is not usable.
 */
export async function probeBulk(client: ScimClient): Promise<BulkLimits | string> {
  const config = await client.send('GET', '/ServiceProviderConfig');
  const bulk = field(config.json, 'bulk');
  const maxOperations = Number(field(bulk, 'maxOperations')) || 1000;
  const maxPayloadSize = Number(field(bulk, 'maxPayloadSize')) || 1_048_576;
  const probe = await client.send(
    'POST',
    '/Bulk',
    bulkRequest([`probe-${Date.now()}@bench.example`]),
  );
  if (probe.status !== 200) return `POST /Bulk answered ${probe.status}`;
  const results = bulkResults(probe.json);
  const created = results.get('u0');
  if (!created || created.status !== 201 || !created.id) {
    return `POST /Bulk answered 200 but not a created user: ${JSON.stringify(probe.json).slice(0, 300)}`;
  }
  await client.expect('DELETE', `/Users/${created.id}`);
  return { maxOperations: Math.min(1000, maxOperations), maxPayloadSize };
}

/** Creates users with these userNames, in order; reports progress every `every` users. */
export async function createUsers(
  client: ScimClient,
  userNames: string[],
  bulk: BulkLimits | undefined,
  progress: (done: number) => void = () => undefined,
): Promise<SeededUser[]> {
  const users: SeededUser[] = new Array<SeededUser>(userNames.length);
  let done = 0;
  if (bulk) {
    const chunks = bulkChunks(userNames, bulk);
    await runPool(chunks.length, BULK_CONCURRENCY, async (c) => {
      const { start, names } = chunks[c] as { start: number; names: string[] };
      const response = await client.send('POST', '/Bulk', bulkRequest(names));
      if (response.status !== 200) {
        throw new Error(
          `POST /Bulk → ${response.status}: ${JSON.stringify(response.json).slice(0, 500)}`,
        );
      }
      const results = bulkResults(response.json);
      names.forEach((userName, i) => {
        const result = results.get(`u${i}`);
        if (!result || result.status !== 201 || !result.id) {
          throw new Error(`POST /Bulk did not create ${userName}: ${JSON.stringify(result)}`);
        }
        users[start + i] = { id: result.id, userName };
      });
      done += names.length;
      progress(done);
    });
  } else {
    await runPool(userNames.length, POST_CONCURRENCY, async (i) => {
      const userName = userNames[i] as string;
      const created = await client.expect('POST', '/Users', userBody(userName));
      users[i] = { id: String(field(created, 'id')), userName };
      done += 1;
      if (done % 1000 === 0 || done === userNames.length) progress(done);
    });
  }
  return users;
}

/** Creates a group and adds these members: the first chunk in the POST, the rest by PATCH. */
export async function createGroup(
  client: ScimClient,
  displayName: string,
  memberIds: string[],
): Promise<string> {
  const toMembers = (ids: string[]) => ids.map((value) => ({ value }));
  const created = await client.expect('POST', '/Groups?excludedAttributes=members', {
    schemas: [GROUP_SCHEMA],
    displayName,
    members: toMembers(memberIds.slice(0, MEMBER_CHUNK)),
  });
  const id = String(field(created, 'id'));
  for (let start = MEMBER_CHUNK; start < memberIds.length; start += MEMBER_CHUNK) {
    await client.expect('PATCH', `/Groups/${id}?excludedAttributes=members`, {
      schemas: [PATCH_SCHEMA],
      Operations: [
        {
          op: 'add',
          path: 'members',
          value: toMembers(memberIds.slice(start, start + MEMBER_CHUNK)),
        },
      ],
    });
  }
  return id;
}

/** Deletes these users, 32 requests in flight. */
export async function deleteUsers(client: ScimClient, ids: string[]): Promise<void> {
  await runPool(ids.length, POST_CONCURRENCY, async (i) => {
    await client.expect('DELETE', `/Users/${ids[i] as string}`);
  });
}

/** Removes these members from a group (one request; absent members are ignored). */
export async function removeMembers(
  client: ScimClient,
  groupId: string,
  memberIds: string[],
): Promise<void> {
  await client.expect('PATCH', `/Groups/${groupId}?excludedAttributes=members`, {
    schemas: [PATCH_SCHEMA],
    Operations: [{ op: 'remove', path: 'members', value: memberIds.map((value) => ({ value })) }],
  });
}

function bulkRequest(userNames: string[]): Record<string, unknown> {
  return {
    schemas: [BULK_SCHEMA],
    Operations: userNames.map((userName, i) => ({
      method: 'POST',
      path: '/Users',
      bulkId: `u${i}`,
      data: userBody(userName),
    })),
  };
}

/** Chunks of at most maxOperations users whose request stays under maxPayloadSize. */
function bulkChunks(userNames: string[], limits: BulkLimits): { start: number; names: string[] }[] {
  const chunks: { start: number; names: string[] }[] = [];
  let start = 0;
  while (start < userNames.length) {
    let size = Math.min(limits.maxOperations, userNames.length - start);
    while (
      size > 1 &&
      JSON.stringify(bulkRequest(userNames.slice(start, start + size))).length >
        limits.maxPayloadSize * 0.9
    ) {
      size = Math.ceil(size / 2);
    }
    chunks.push({ start, names: userNames.slice(start, start + size) });
    start += size;
  }
  return chunks;
}

/** bulkId → status and created id (last segment of `location`). */
function bulkResults(json: unknown): Map<string, { status: number; id: string | undefined }> {
  const results = new Map<string, { status: number; id: string | undefined }>();
  const operations = field(json, 'Operations');
  if (!Array.isArray(operations)) return results;
  for (const operation of operations as unknown[]) {
    const rawStatus = field(operation, 'status');
    const status = Number(
      typeof rawStatus === 'object' ? field(rawStatus, 'code') : (rawStatus as string | number),
    );
    const location = field(operation, 'location');
    const responseId = field(field(operation, 'response'), 'id');
    const id =
      typeof location === 'string'
        ? location.split('/').pop()
        : typeof responseId === 'string'
          ? responseId
          : undefined;
    results.set(String(field(operation, 'bulkId')), { status, id });
  }
  return results;
}
