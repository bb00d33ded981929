import { describe, expect, it } from 'vitest';
import { entraFilterQuery, oktaFilterQuery } from './filter-queries.ts';

describe('filter queries as each IdP encodes them', () => {
  it('Okta: %20 and %22, then startIndex=1&count=100 (O-2, O-11)', () => {
    expect(oktaFilterQuery('userName', 'test.user@okta.local')).toBe(
      'filter=userName%20eq%20%22test.user%40okta.local%22&startIndex=1&count=100',
    );
    expect(oktaFilterQuery('displayName', 'Test SCIMv2')).toBe(
      'filter=displayName%20eq%20%22Test%20SCIMv2%22&startIndex=1&count=100',
    );
  });

  it('Entra: + for spaces and no paging (E-2, E-14)', () => {
    expect(entraFilterQuery('displayName', 'TEST')).toBe('filter=displayName+eq+%22TEST%22');
  });

  it('escapes quotes and backslashes inside the value (RFC 7644 §3.4.2.2)', () => {
    expect(decodeURIComponent(oktaFilterQuery('userName', 'a"b\\c'))).toBe(
      'filter=userName eq "a\\"b\\\\c"&startIndex=1&count=100',
    );
  });
});
