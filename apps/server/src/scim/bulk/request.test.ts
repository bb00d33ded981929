import { describe, expect, it } from 'vitest';
import { BULK_MAX_OPERATIONS } from './limits.ts';
import { parseBulkRequest } from './request.ts';
import { parseTarget } from './target.ts';

const BULK = 'urn:ietf:params:scim:api:messages:2.0:BulkRequest';
const del = (id: string) => ({ method: 'DELETE', path: `/Users/${id}` });

describe('parseBulkRequest', () => {
  it('reads keys and method in any case, and tolerates a missing schemas', () => {
    const request = parseBulkRequest({
      FAILONERRORS: '2',
      operations: [{ METHOD: 'post', Path: '/users', BULKID: 'q', Data: { userName: 'a' } }],
    });
    expect(request).toEqual({
      failOnErrors: 2,
      operations: [
        {
          index: 0,
          method: 'POST',
          bulkId: 'q',
          version: undefined,
          path: '/users',
          data: { userName: 'a' },
        },
      ],
    });
  });

  it.each<[string, unknown, string]>([
    ['not an object', ['x'], 'must be a BulkRequest object'],
    ['a wrong schema', { schemas: ['urn:x'], Operations: [del('1')] }, BULK],
    ['no Operations', { schemas: [BULK] }, 'non-empty "Operations"'],
    ['empty Operations', { schemas: [BULK], Operations: [] }, 'non-empty "Operations"'],
    ['Operations not an array', { Operations: { method: 'POST' } }, 'non-empty "Operations"'],
    [
      'an operation not an object',
      { Operations: [del('1'), 'DELETE'] },
      'Operations[1] must be an object',
    ],
    ['no method', { Operations: [{ path: '/Users' }] }, 'Operations[0].method is required'],
    [
      'a numeric bulkId',
      { Operations: [{ method: 'POST', bulkId: 7 }] },
      'bulkId must be a non-empty string',
    ],
    [
      'an over-long bulkId',
      { Operations: [{ method: 'POST', bulkId: 'x'.repeat(257) }] },
      'longer than 256',
    ],
    [
      'a duplicate bulkId',
      { Operations: [{ method: 'POST', bulkId: 'q' }, del('1'), { method: 'POST', bulkId: 'q' }] },
      "Operations[0] and Operations[2] both use bulkId 'q'",
    ],
    [
      'failOnErrors 0',
      { failOnErrors: 0, Operations: [del('1')] },
      'failOnErrors must be a positive integer',
    ],
    ['failOnErrors 1.5', { failOnErrors: 1.5, Operations: [del('1')] }, 'positive integer'],
    ['failOnErrors "x"', { failOnErrors: 'x', Operations: [del('1')] }, 'positive integer'],
  ])('refuses %s with 400 invalidSyntax', (_, body, detail) => {
    expect(() => parseBulkRequest(body)).toThrow(
      expect.objectContaining({
        status: 400,
        scimType: 'invalidSyntax',
        message: expect.stringContaining(detail),
      }),
    );
  });

  it(`accepts ${BULK_MAX_OPERATIONS} operations and refuses one more with 413 naming the limit`, () => {
    const ops = (n: number) => Array.from({ length: n }, (_, i) => del(String(i)));
    expect(parseBulkRequest({ Operations: ops(BULK_MAX_OPERATIONS) }).operations).toHaveLength(
      BULK_MAX_OPERATIONS,
    );
    expect(() => parseBulkRequest({ Operations: ops(BULK_MAX_OPERATIONS + 1) })).toThrow(
      expect.objectContaining({
        status: 413,
        message: expect.stringContaining('maxOperations is 1000'),
      }),
    );
  });
});

describe('parseTarget', () => {
  it.each([
    ['POST', '/Users', { method: 'POST', kind: 'Users' }],
    ['POST', 'groups/', { method: 'POST', kind: 'Groups' }],
    ['PUT', '/Users/abc', { method: 'PUT', kind: 'Users', id: 'abc' }],
    ['PATCH', '/Groups/bulkId:qwerty', { method: 'PATCH', kind: 'Groups', id: 'bulkId:qwerty' }],
    ['DELETE', '/USERS/a%20b', { method: 'DELETE', kind: 'Users', id: 'a b' }],
  ])('%s %s', (method, path, target) => {
    expect(parseTarget(method, path)).toEqual(target);
  });

  it.each([
    ['GET', '/Users/1', 'invalidSyntax'],
    ['POST', undefined, 'invalidSyntax'],
    ['POST', '/Widgets', 'invalidPath'],
    ['POST', '/Users/1', 'invalidPath'],
    ['PUT', '/Users', 'invalidPath'],
    ['DELETE', '/Users/1/extra', 'invalidPath'],
    ['PATCH', '/Users/1?attributes=x', 'invalidPath'],
    ['POST', '/Bulk', 'invalidPath'],
  ])('%s %s fails with %s', (method, path, scimType) => {
    expect(() => parseTarget(method, path)).toThrow(
      expect.objectContaining({ status: 400, scimType }),
    );
  });
});
