import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { readGroupsColumn } from './memberships.ts';

describe('readGroupsColumn', () => {
  it('orders groups by displayName exactly as SQLite orders text (UTF-8 bytes)', () => {
    const names = ['b', '😀 party', 'B', '\uFFFD odd', 'a', 'Ab', 'é'];
    const sqlite = new Database(':memory:');
    const expected = sqlite
      .prepare(
        `select name from (${names.map(() => 'select ? as name').join(' union all ')}) order by name`,
      )
      .pluck()
      .all(...names);
    sqlite.close();
    const column = JSON.stringify(names.map((name, i) => [`g${i}`, name]));
    expect(readGroupsColumn(column).map((group) => group.displayName)).toEqual(expected);
    expect(readGroupsColumn('[]')).toEqual([]);
    expect(readGroupsColumn('[["g1","Only"]]')).toEqual([{ id: 'g1', displayName: 'Only' }]);
  });
});
