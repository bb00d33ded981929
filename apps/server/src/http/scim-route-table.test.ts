import { describe, expect, it } from 'vitest';
import { scimRouter } from '../scim/router.ts';
import { scimRouteTable } from './scim-route-table.ts';

const routes = scimRouteTable(scimRouter);

describe('scimRouteTable', () => {
  it('finds a procedure and its path parameters', () => {
    expect(routes.match('GET', '/scim/v2/acme/Users/42')).toEqual({
      procedure: 'users.get',
      type: 'query',
      params: { tenant: 'acme', id: '42' },
    });
  });

  it('matches literals case-insensitively and keeps parameters as sent', () => {
    expect(routes.match('GET', '/scim/v2/Acme/users/AbC')?.params).toEqual({
      tenant: 'Acme',
      id: 'AbC',
    });
  });

  it('tells routes of the same shape apart by method and literal', () => {
    expect(routes.match('POST', '/scim/v2/acme/Users')?.procedure).toBe('users.create');
    expect(routes.match('POST', '/scim/v2/acme/Users/.search')?.procedure).toBe('search.users');
    expect(routes.match('GET', '/scim/v2/acme/Groups')?.procedure).toBe('groups.list');
    expect(routes.match('PATCH', '/scim/v2/acme/Groups/7')?.procedure).toBe('groups.patch');
  });

  it('ignores a trailing slash', () => {
    expect(routes.match('GET', '/scim/v2/acme/Users/')?.procedure).toBe('users.list');
  });

  it('finds nothing for an unknown path, a wrong method or a partial match', () => {
    expect(routes.match('GET', '/scim/v2/acme/Widgets')).toBeUndefined();
    expect(routes.match('PUT', '/scim/v2/acme/Users')).toBeUndefined();
    expect(routes.match('GET', '/scim/v2/acme/Users/1/extra')).toBeUndefined();
    expect(routes.match('POST', '/scim/v2/acme/Users/xsearch')).toBeUndefined();
  });
});
