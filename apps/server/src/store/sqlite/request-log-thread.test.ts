import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RawRequestLogEntry } from '../../request-log/request-log-entry.ts';
import type { Store } from '../port.ts';
import { requestLogThread } from './request-log-thread.ts';
import { createSqliteStore } from './store.ts';

let directory: string;
let file: string;
let store: Store;

beforeEach(async () => {
  directory = mkdtempSync(join(tmpdir(), 'scim-log-thread-'));
  file = join(directory, 'scim.sqlite');
  store = createSqliteStore(file);
  await store.transaction(({ tenants }) => tenants.create('acme', 'Acme'));
});
afterEach(async () => {
  await store.close();
  rmSync(directory, { recursive: true, force: true });
});

const entry = (n: number, over: Partial<RawRequestLogEntry> = {}): RawRequestLogEntry => ({
  requestId: `r${n}`,
  tenantId: 'acme',
  at: new Date(),
  method: 'POST',
  path: '/scim/v2/acme/Users',
  status: 201,
  durationMs: 3,
  credentialId: 'c1',
  idpClient: 'okta',
  userAgent: 'Okta SCIM Client 1.0.0',
  requestBody: Buffer.from(JSON.stringify({ userName: `u${n}`, password: 'Hunter2-Hunter2!' })),
  responseBody: JSON.stringify({ id: `id${n}`, userName: `u${n}` }),
  ...over,
});

const stored = (query: { requestId?: string; limit?: number } = {}) =>
  store.read(({ requestLog }) => requestLog.list('acme', { limit: 1000, ...query }));

describe('requestLogThread', () => {
  it('commits a batch before append resolves, bodies redacted', async () => {
    const sink = requestLogThread(file);
    await sink.append([entry(1), entry(2)]);
    const [second, first] = await stored();
    expect(first).toMatchObject({ requestId: 'r1', status: 201, credentialId: 'c1' });
    expect(second?.requestId).toBe('r2');
    expect(first?.requestBody).toBe('{"userName":"u1","password":"[redacted]"}');
    expect(first?.responseBody).toBe('{"id":"id1","userName":"u1"}');
    await sink.close();
  });

  it('writes a batch larger than one transaction whole, in order', async () => {
    const sink = requestLogThread(file);
    await sink.append(Array.from({ length: 250 }, (_, n) => entry(n)));
    const rows = await stored();
    expect(rows).toHaveLength(250);
    expect(rows.at(-1)?.requestId).toBe('r0');
    expect(rows[0]?.requestId).toBe('r249');
    await sink.close();
  });

  it('drops entries of a tenant deleted since, and keeps the rest', async () => {
    const sink = requestLogThread(file);
    await sink.append([entry(1, { tenantId: 'gone' }), entry(2)]);
    expect((await stored()).map((row) => row.requestId)).toEqual(['r2']);
    await sink.close();
  });

  it('starts again after close, and close without a thread is a no-op', async () => {
    const sink = requestLogThread(file);
    await sink.close();
    await sink.append([entry(1)]);
    await sink.close();
    await sink.append([entry(2)]);
    await sink.close();
    expect(await stored()).toHaveLength(2);
  });

  it('rejects the batch when the thread cannot open the database', async () => {
    const sink = requestLogThread(join(directory, 'missing', 'nope', 'scim.sqlite'));
    await expect(sink.append([entry(1)])).rejects.toThrow();
    await sink.close();
  });
});
