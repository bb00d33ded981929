import { describe, expect, it } from 'vitest';
import { deferReferences } from './deferral.ts';

const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const deferred =
  (...ids: string[]) =>
  (bulkId: string) =>
    ids.includes(bulkId);

describe('deferReferences (RFC 7644 §3.7.1)', () => {
  it('leaves deferred members out of the POST and adds them back with one PATCH add', () => {
    const data = {
      displayName: 'Group A',
      members: [
        { type: 'Group', value: 'bulkId:b' },
        { type: 'User', value: 'bulkId:created-before' },
        { type: 'Group', value: 'bulkId:c' },
      ],
    };
    expect(deferReferences(data, deferred('b', 'c'))).toEqual({
      data: { displayName: 'Group A', members: [{ type: 'User', value: 'bulkId:created-before' }] },
      later: [
        {
          op: 'add',
          path: 'members',
          value: [
            { type: 'Group', value: 'bulkId:b' },
            { type: 'Group', value: 'bulkId:c' },
          ],
        },
      ],
    });
    expect(data.members).toHaveLength(3);
  });

  it('defers a singular complex attribute of an extension as a whole', () => {
    const data = {
      userName: 'bob',
      [ENTERPRISE]: { employeeNumber: '7', manager: { value: 'bulkId:alice' } },
    };
    expect(deferReferences(data, deferred('alice'))).toEqual({
      data: { userName: 'bob', [ENTERPRISE]: { employeeNumber: '7' } },
      later: [{ op: 'add', path: `${ENTERPRISE}:manager`, value: { value: 'bulkId:alice' } }],
    });
  });

  it('defers a string attribute', () => {
    expect(deferReferences({ userName: 'x', nickName: 'bulkId:n' }, deferred('n'))).toEqual({
      data: { userName: 'x' },
      later: [{ op: 'add', path: 'nickName', value: 'bulkId:n' }],
    });
  });

  it('changes nothing when no reference is deferred', () => {
    const data = { members: [{ value: 'bulkId:a' }] };
    expect(deferReferences(data, deferred())).toEqual({ data, later: [] });
  });

  it.each([
    [{ a: { b: { c: 'bulkId:x' } } }, 'a.b.c'],
    [{ a: [[{ value: 'bulkId:x' }]] }, 'a.0.0.value'],
    [{ a: [{ b: { value: 'bulkId:x' } }] }, 'a.0.b.value'],
  ])('refuses a reference no PATCH add can restore (%j) with 409', (data, path) => {
    expect(() => deferReferences(data, deferred('x'))).toThrow(
      expect.objectContaining({ status: 409, message: expect.stringContaining(path) }),
    );
  });
});
