import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from './config.ts';

describe('readConfig', () => {
  it('has defaults for every setting', () => {
    const config = readConfig({});
    expect(config.port).toBe(8080);
    expect(config.sqliteFile).toBe(resolve('data/scim.sqlite'));
    expect(config.bootstrap).toBeUndefined();
    expect(config.page).toEqual({ defaultCount: 100, maxCount: 1000 });
  });

  it.each([
    ['file:./x/y.sqlite', resolve('x/y.sqlite')],
    ['sqlite:/tmp/z.db', '/tmp/z.db'],
    ['/var/lib/scim.db', '/var/lib/scim.db'],
    [':memory:', ':memory:'],
  ])('DATABASE_URL %s → %s', (url, file) => {
    expect(readConfig({ DATABASE_URL: url }).sqliteFile).toBe(file);
  });

  it('reads the bootstrap tenant and token', () => {
    expect(
      readConfig({ SCIM_BOOTSTRAP_TENANT: 'acme', SCIM_BOOTSTRAP_TOKEN: 'abcdefgh' }).bootstrap,
    ).toEqual({
      tenant: 'acme',
      token: 'abcdefgh',
      workspaces: [],
      secretScopes: [],
      catalogAutoCreate: undefined,
    });
    expect(
      readConfig({
        SCIM_BOOTSTRAP_TENANT: 'acme',
        SCIM_BOOTSTRAP_WORKSPACES: 'prod, dev',
        SCIM_BOOTSTRAP_SECRET_SCOPES: 'snowflake_test',
        SCIM_BOOTSTRAP_CATALOG_AUTO_CREATE: 'true',
      }).bootstrap,
    ).toMatchObject({
      workspaces: ['prod', 'dev'],
      secretScopes: ['snowflake_test'],
      catalogAutoCreate: true,
    });
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT/],
    [{ SCIM_BOOTSTRAP_TENANT: 'Acme_Corp' }, /SCIM_BOOTSTRAP_TENANT/],
    [{ SCIM_BOOTSTRAP_TOKEN: 'abcdefgh' }, /needs SCIM_BOOTSTRAP_TENANT/],
    [{ SCIM_BOOTSTRAP_TENANT: 'acme', SCIM_BOOTSTRAP_TOKEN: 'short' }, /at least 8/],
    [{ DATABASE_URL: 'postgres://localhost/scim' }, /PostgreSQL is not supported yet/],
  ])('refuses %j', (env, message) => {
    expect(() => readConfig(env)).toThrow(message);
  });
});
