import { describe, expect, it } from 'vitest';
import { requestLine, requestLineMatches } from './request-lines.ts';
import { subsetMismatches } from './subset-match.ts';

describe('subsetMismatches', () => {
  it('accepts extra keys and matches attribute names case-insensitively', () => {
    expect(
      subsetMismatches(
        { userName: 'a', name: { givenName: 'A' } },
        { USERNAME: 'a', name: { givenName: 'A', familyName: 'B' }, id: '1' },
      ),
    ).toEqual([]);
  });

  it('matches arrays by length and element, in any order', () => {
    const roles = [
      { type: 'workspace_dev', value: 'editor', display: 'x' },
      { type: 'account_type', value: 'admin' },
    ];
    expect(
      subsetMismatches(
        [
          { type: 'account_type', value: 'admin' },
          { type: 'workspace_dev', value: 'editor' },
        ],
        roles,
      ),
    ).toEqual([]);
    expect(subsetMismatches([{ type: 'account_type', value: 'admin' }], roles)).toEqual([
      '(root) has 2 elements, expected 1: [{"type":"workspace_dev","value":"editor","display":"x"},{"type":"account_type","value":"admin"}]',
    ]);
    expect(
      subsetMismatches(
        { roles: [{ type: 'account_type', value: 'admin' }, { type: 'x' }] },
        { roles },
      ),
    ).toEqual([
      'roles[1] {"type":"x"} matches no element of [{"type":"workspace_dev","value":"editor","display":"x"},{"type":"account_type","value":"admin"}]',
    ]);
  });

  it('knows the matchers', () => {
    expect(
      subsetMismatches(
        {
          id: '$nonEmpty',
          a: '$any',
          b: '$absent',
          c: '$empty',
          d: '$number',
          e: '$string',
          f: '$boolean',
          g: '$empty',
        },
        { id: 'x', a: 0, c: [], d: 1, e: '', f: false, g: null },
      ),
    ).toEqual([]);
    expect(
      subsetMismatches(
        { id: '$nonEmpty', a: '$any', b: '$absent', c: '$empty' },
        { id: '', b: 1, c: [1] },
      ),
    ).toEqual([
      'id is "", expected something non-empty',
      'a is missing',
      'b is 1, expected absent',
      'c is [1], expected empty or absent',
    ]);
  });

  it('names the path of a scalar difference', () => {
    expect(
      subsetMismatches({ name: { givenName: 'Ada' } }, { name: { givenName: 'Augusta' } }),
    ).toEqual(['name.givenName is "Augusta", expected "Ada"']);
  });
});

describe('request lines', () => {
  it('decodes the query but keeps + so Okta and Entra encodings stay distinct', () => {
    expect(
      requestLine({
        method: 'GET',
        path: '/Users',
        query: 'filter=userName%20eq%20%22a%40b%22&startIndex=1&count=100',
      }),
    ).toBe('GET /Users?filter=userName eq "a@b"&startIndex=1&count=100');
    expect(
      requestLine({ method: 'GET', path: '/Users', query: 'filter=userName+eq+%22a%22' }),
    ).toBe('GET /Users?filter=userName+eq+"a"');
    expect(requestLine({ method: 'DELETE', path: '/Groups/1', query: '' })).toBe(
      'DELETE /Groups/1',
    );
  });

  it('matches exactly, or with * for anything', () => {
    expect(
      requestLineMatches(
        'GET /Users?filter=userName+eq+"*"',
        'GET /Users?filter=userName+eq+"1f0c-9a"',
      ),
    ).toBe(true);
    expect(requestLineMatches('GET /Users', 'GET /Users?x=1')).toBe(false);
    expect(requestLineMatches('GET /Users(.*)', 'GET /Users(.*)')).toBe(true);
  });
});
