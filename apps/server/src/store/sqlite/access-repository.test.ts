import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import { groupsContainingQuery } from './access-repository.ts';
import { openSqlite } from './open.ts';

describe('groupsContaining', () => {
  it('walks up from the member through the member index, never scanning a group’s members', () => {
    const { client } = openSqlite(':memory:');
    const query = new SQLiteSyncDialect().sqlToQuery(groupsContainingQuery('acme', 'u1'));
    const plan = client
      .prepare(`explain query plan ${query.sql}`)
      .all(...query.params)
      .map((row) => (row as { detail: string }).detail);
    const onMembers = plan.filter((detail) => /\b(group_members|gm)\b/.test(detail));
    expect(onMembers.length).toBeGreaterThan(0);
    for (const detail of onMembers)
      expect(detail).toMatch(/USING (COVERING )?INDEX group_members_by_member/);
    client.close();
  });
});
