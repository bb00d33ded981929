import { parseFilter, userResourceType } from '@scim/schema';
import { describe, expect, it } from 'vitest';
import { resolveFilter } from '../../scim/query/resolve-filter.ts';
import type { FilterTarget } from './filter-sql.ts';
import { uniqueKeyOf } from './list-query.ts';
import { users } from './schema.ts';

const target: FilterTarget = {
  data: users.data,
  columns: {
    userName: { column: users.userNameKey, foldedKey: true, unique: true },
    externalId: { column: users.externalId },
    displayName: { column: users.displayName, foldedKey: true },
  },
};
const keyOf = (filter: string) =>
  uniqueKeyOf(resolveFilter(parseFilter(filter), userResourceType), target);

describe('uniqueKeyOf', () => {
  it('takes eq on a unique folded key, folding the value as compileFilter does', () => {
    expect(keyOf('userName eq "Ann@Example.COM"')).toEqual({
      column: users.userNameKey,
      value: 'ann@example.com',
    });
    expect(keyOf('USERNAME EQ "ann"')?.value).toBe('ann');
  });

  it('leaves every other filter to the general listing', () => {
    expect(uniqueKeyOf(undefined, target)).toBeUndefined();
    for (const filter of [
      'userName ne "ann"',
      'userName sw "ann"',
      'userName eq null',
      'userName eq "ann" and active eq true',
      'not (userName eq "ann")',
      'externalId eq "ann"',
      'displayName eq "Ann"',
      'emails[value eq "ann"]',
    ]) {
      expect(keyOf(filter), filter).toBeUndefined();
    }
  });
});
