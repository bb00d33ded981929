import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqlite } from './open.ts';
import { valuesKey } from './resource-columns.ts';

const MIGRATION = join(import.meta.dirname, 'migrations', '0010_users_emails_key.sql');

describe('valuesKey', () => {
  it('keeps each string value on its own line, folding ASCII only, as SQLite lower() does', () => {
    expect(
      valuesKey([
        { value: 'Ada@Example.COM', type: 'work' },
        { type: 'home' },
        { value: 42 },
        { value: 'ÉMILE@ÉCOLE.fr' },
      ]),
    ).toBe('ada@example.com\nÉmile@École.fr');
    expect(valuesKey(undefined)).toBe('');
    expect(valuesKey('not a list')).toBe('');
  });

  it('agrees with the backfill of migration 0010 for existing users', () => {
    const { client } = openSqlite(':memory:');
    client.prepare(`insert into tenants (id, name, created_at) values ('t', 't', 0)`).run();
    const documents = [
      { userName: 'a', emails: [{ value: 'Ada@Example.COM' }, { value: 'ÉMILE@ÉCOLE.fr' }] },
      { userName: 'b', emails: [{ value: 'x@y.z', type: 'work' }, { type: 'home' }] },
      { userName: 'c' },
    ];
    const insert = client.prepare(
      `insert into users (id, tenant_id, user_name, user_name_key, active, data, version, created_at, updated_at)
       values (?, 't', ?, ?, 1, ?, 1, 0, 0)`,
    );
    for (const data of documents)
      insert.run(data.userName, data.userName, data.userName, JSON.stringify(data));
    const backfill = readFileSync(MIGRATION, 'utf8').split('--> statement-breakpoint').at(-1) ?? '';
    client.exec(backfill);
    const keys = client.prepare(`select user_name, emails_key from users order by user_name`).all();
    expect(keys).toEqual(
      documents.map((data) => ({ user_name: data.userName, emails_key: valuesKey(data.emails) })),
    );
    client.close();
  });
});
