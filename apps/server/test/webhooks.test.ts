/**
 * Change events to webhooks: written to the journal with each change,
 * delivered signed, in order, at least once, retried with backoff, and
 * resumed after a crash.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { verifySignature } from '../src/webhooks/signature.ts';
import { startServerProcess } from './server-process.ts';
import { scimJson, startTestServer, TEST_ADMIN_TOKEN, type TestServer } from './test-server.ts';

interface Delivered {
  events: { id: string; seq: number; type: string; resource: { id: string }; data: any }[];
}

/** A webhook receiver; `answer` decides each response (status, or 'hang' to never answer). */
class Receiver {
  readonly batches: { body: string; signature: string | null; parsed: Delivered }[] = [];
  answer: (n: number) => number | 'hang' = () => 200;
  private server: Server | undefined;
  private waiters: (() => void)[] = [];

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      void read(req).then((body) => {
        const n = this.batches.length;
        this.batches.push({
          body,
          signature: req.headers['x-scim-signature'] as string | null,
          parsed: JSON.parse(body) as Delivered,
        });
        for (const wake of this.waiters.splice(0)) wake();
        const answer = this.answer(n);
        if (answer !== 'hang') res.writeHead(answer).end();
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}/hook`;
  }

  /** Every delivered event, in delivery order (duplicates included). */
  get events() {
    return this.batches.flatMap((b) => b.parsed.events);
  }

  async until(condition: () => boolean, timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
      if (Date.now() > deadline) throw new Error('timed out waiting for deliveries');
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }
}

function read(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

describe('webhooks', () => {
  let server: TestServer;
  let receiver: Receiver;

  beforeAll(async () => {
    server = await startTestServer({ env: { SCIM_WEBHOOK_RETRY_BASE_MS: '50' } });
  });
  afterAll(() => server.stop());
  afterEach(async () => {
    await receiver.stop();
    for (const hook of (await (await server.admin('/tenants/acme/webhooks')).json()) as {
      id: string;
    }[])
      await server.admin(`/tenants/acme/webhooks/${hook.id}`, { method: 'DELETE' });
  });

  const subscribe = async (json: Record<string, unknown> = {}) => {
    receiver = new Receiver();
    const url = await receiver.start();
    const res = await server.admin('/tenants/acme/webhooks', {
      method: 'POST',
      json: { url, description: 'test', ...json },
    });
    expect(res.status).toBe(200);
    return (await res.json()) as { id: string; secret: string; cursor: number };
  };

  it('delivers every change, signed, in journal order; the secret is shown once', async () => {
    const hook = await subscribe();
    expect(hook.secret).toMatch(/^whsec_/);
    const listed = await (await server.admin('/tenants/acme/webhooks')).text();
    expect(listed).not.toContain(hook.secret);

    const user = await scimJson(
      await server.scim('/Users', { method: 'POST', body: { userName: 'hooked@example.com' } }),
    );
    const group = await scimJson(
      await server.scim('/Groups', {
        method: 'POST',
        body: { displayName: 'Hooked', members: [{ value: user.id }] },
      }),
    );
    await server.scim(`/Users/${user.id}`, { method: 'DELETE' });
    const expected = [
      'user.created',
      'group.created',
      'group.membership.added',
      'user.deleted',
      'group.membership.removed',
      'user.locked',
    ];
    await receiver.until(() => receiver.events.length >= expected.length);
    expect(receiver.events.map((e) => e.type)).toEqual(expected);
    expect(receiver.events[2]?.resource.id).toBe(group.id);
    const seqs = receiver.events.map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(seqs[0]).toBeGreaterThan(hook.cursor);
    for (const batch of receiver.batches) {
      expect(verifySignature(hook.secret, batch.body, batch.signature, new Date())).toBe(true);
    }
  });

  it('retries a failing endpoint with backoff until it answers 2xx, and logs each attempt', async () => {
    const hook = await subscribe();
    receiver.answer = (n) => (n < 2 ? 503 : 200);
    await server.scim('/Users', { method: 'POST', body: { userName: 'retried@example.com' } });
    await receiver.until(() => receiver.batches.length >= 3);
    const ids = receiver.batches.map((b) => b.parsed.events[0]?.id);
    expect(new Set(ids).size).toBe(1); // the same batch, three times
    await new Promise((r) => setTimeout(r, 100));
    const log = (await (
      await server.admin(`/tenants/acme/webhooks/${hook.id}/deliveries`)
    ).json()) as { ok: boolean; status: number | null }[];
    expect(log.slice(0, 3).map((d) => [d.ok, d.status])).toEqual([
      [true, 200],
      [false, 503],
      [false, 503],
    ]);
    const [state] = (await (await server.admin('/tenants/acme/webhooks')).json()) as {
      failedAttempts: number;
    }[];
    expect(state?.failedAttempts).toBe(0);
  });

  it('delivers only the subscribed event types', async () => {
    await subscribe({ eventTypes: ['group.created'] });
    await server.scim('/Users', { method: 'POST', body: { userName: 'filtered@example.com' } });
    await server.scim('/Groups', { method: 'POST', body: { displayName: 'Filtered' } });
    await receiver.until(() => receiver.events.length >= 1);
    await new Promise((r) => setTimeout(r, 200));
    expect(receiver.events.map((e) => e.type)).toEqual(['group.created']);
  });

  it('refuses endpoints that are not http(s) and unknown event types', async () => {
    receiver = new Receiver();
    await receiver.start();
    for (const json of [
      { url: 'ftp://example.com/hook' },
      { url: 'not a url' },
      { url: 'https://example.com/hook', eventTypes: ['user.exploded'] },
    ]) {
      expect((await server.admin('/tenants/acme/webhooks', { method: 'POST', json })).status).toBe(
        400,
      );
    }
  });
});

describe('outbox', () => {
  const directory = mkdtempSync(join(tmpdir(), 'scim-outbox-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('a server killed mid-delivery delivers every event after restart', async () => {
    const env = {
      DATABASE_URL: `file:${join(directory, 'scim.sqlite')}`,
      SCIM_BOOTSTRAP_TENANT: 'acme',
      SCIM_BOOTSTRAP_TOKEN: 'outbox-token-0123456789',
      SCIM_ADMIN_TOKEN: TEST_ADMIN_TOKEN,
      SCIM_WEBHOOK_RETRY_BASE_MS: '50',
    };
    const receiver = new Receiver();
    const hookUrl = await receiver.start();
    // The first delivery never gets an answer: the server dies while it is in flight.
    receiver.answer = (n) => (n === 0 ? 'hang' : 200);
    const first = await startServerProcess(env);
    const call = (base: string, path: string, init: RequestInit = {}) =>
      fetch(`${base}${path}`, {
        ...init,
        headers: {
          'content-type': 'application/json',
          authorization: path.startsWith('/api')
            ? `Bearer ${TEST_ADMIN_TOKEN}`
            : 'Bearer outbox-token-0123456789',
        },
      });
    try {
      const hook = await call(first.url, '/api/tenants/acme/webhooks', {
        method: 'POST',
        body: JSON.stringify({ url: hookUrl }),
      });
      expect(hook.status).toBe(200);
      const ids: string[] = [];
      for (let i = 0; i < 20; i++) {
        const res = await call(first.url, '/scim/v2/acme/Users', {
          method: 'POST',
          body: JSON.stringify({ userName: `outbox-${i}@example.com` }),
        });
        expect(res.status).toBe(201);
        ids.push(((await res.json()) as { id: string }).id);
      }
      await receiver.until(() => receiver.batches.length >= 1);
      await first.kill();
      expect(receiver.batches).toHaveLength(1);

      const second = await startServerProcess(env);
      try {
        // Everything is delivered again after the restart, whatever the lost batch held.
        await receiver.until(() => {
          const seen = new Set(
            receiver.batches.slice(1).flatMap((b) => b.parsed.events.map((e) => e.resource.id)),
          );
          return ids.every((id) => seen.has(id));
        });
        // After the restart, the journal is delivered from its cursor, in order.
        const resent = receiver.batches.slice(1).flatMap((b) => b.parsed.events);
        const seqs = resent.map((e) => e.seq);
        expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
        expect(new Set(resent.map((e) => e.resource.id))).toEqual(new Set(ids));
      } finally {
        await second.kill();
      }
    } finally {
      await receiver.stop();
    }
  }, 60_000);
});
