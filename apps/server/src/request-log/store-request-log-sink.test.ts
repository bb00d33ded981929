import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../store/port.ts';
import { createSqliteStore } from '../store/sqlite/store.ts';
import { storeRequestLogSink } from './store-request-log-sink.ts';

let store: Store;

beforeEach(async () => {
  store = createSqliteStore(':memory:');
  await store.transaction(({ tenants }) => tenants.create('acme', 'Acme'));
});
afterEach(() => store.close());

describe('storeRequestLogSink (a :memory: database)', () => {
  it('writes a batch through the store, bodies redacted, and skips deleted tenants', async () => {
    const sink = storeRequestLogSink(store);
    const entry = (requestId: string, tenantId: string) => ({
      requestId,
      tenantId,
      at: new Date(),
      method: 'PATCH',
      path: '/scim/v2/acme/Users/1',
      status: 200,
      durationMs: 2,
      credentialId: 'c1',
      idpClient: 'entra' as const,
      userAgent: null,
      requestBody: Buffer.from(
        JSON.stringify({ Operations: [{ op: 'replace', path: 'password', value: 'S3cret!' }] }),
      ),
      responseBody: '{"id":"1"}',
    });
    await sink.append([entry('r1', 'acme'), entry('r2', 'gone')]);
    const rows = await store.read(({ requestLog }) => requestLog.list('acme', { limit: 10 }));
    expect(rows.map((row) => row.requestId)).toEqual(['r1']);
    expect(rows[0]?.requestBody).toBe(
      '{"Operations":[{"op":"replace","path":"password","value":"[redacted]"}]}',
    );
    await sink.close();
  });
});
