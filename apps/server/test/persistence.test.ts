/** The operator contract: migrations apply on start and data survives a restart. */
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scimJson, startTestServer } from './test-server.ts';

const directory = mkdtempSync(join(tmpdir(), 'scim-restart-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('restart', () => {
  it('keeps users, groups, memberships and the bootstrap token across a restart', async () => {
    const first = await startTestServer({ directory });
    const user = await scimJson(
      await first.scim('/Users', { method: 'POST', body: { userName: 'persist@example.com' } }),
    );
    const group = await scimJson(
      await first.scim('/Groups', {
        method: 'POST',
        body: { displayName: 'Persisted', members: [{ value: user.id }] },
      }),
    );
    await first.stop();
    expect(existsSync(join(directory, 'scim.sqlite'))).toBe(true);

    const second = await startTestServer({ directory });
    try {
      const again = await scimJson(await second.scim(`/Users/${user.id}`));
      expect(again.userName).toBe('persist@example.com');
      expect(again.meta.version).toBe(user.meta.version);
      const reread = await scimJson(await second.scim(`/Groups/${group.id}`));
      expect(reread.members.map((m: { value: string }) => m.value)).toEqual([user.id]);
    } finally {
      await second.stop();
    }
  });
});
