import { describe, expect, it } from 'vitest';
import {
  locateReferences,
  referencedBulkId,
  referencedBulkIds,
  replaceReferences,
} from './references.ts';

const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

function nested(depth: number): unknown {
  let value: unknown = 'bulkId:deep';
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

describe('bulkId references', () => {
  it.each([
    ['bulkId:qwerty', 'qwerty'],
    ['bulkId:with:colons and spaces', 'with:colons and spaces'],
    ['bulkId:', undefined],
    ['bulkid:qwerty', undefined],
    ['BULKID:qwerty', undefined],
    [' bulkId:qwerty', undefined],
    ['qwerty', undefined],
  ])('%j references %j', (value, bulkId) => {
    expect(referencedBulkId(value)).toBe(bulkId);
  });

  it('refuses a referenced bulkId longer than 256 characters (invalidValue)', () => {
    expect(referencedBulkId(`bulkId:${'x'.repeat(256)}`)).toHaveLength(256);
    expect(() => referencedBulkId(`bulkId:${'x'.repeat(257)}`)).toThrow(
      expect.objectContaining({ status: 400, scimType: 'invalidValue' }),
    );
  });

  it('finds references anywhere in the values, never in keys', () => {
    const data = {
      displayName: 'Tour Guides',
      members: [{ type: 'User', value: 'bulkId:qwerty' }, { value: 'plain-id' }],
      [ENTERPRISE]: { manager: { value: 'bulkId:boss' } },
      'bulkId:key': 'not a reference target',
      tags: ['bulkId:t1', 7, null, true],
    };
    expect(locateReferences(data)).toEqual([
      { path: ['members', 0, 'value'], bulkId: 'qwerty' },
      { path: [ENTERPRISE, 'manager', 'value'], bulkId: 'boss' },
      { path: ['tags', 0], bulkId: 't1' },
    ]);
    expect(referencedBulkIds(data)).toEqual(new Set(['qwerty', 'boss', 't1']));
  });

  it('replaces references in a copy, leaving the rest and the original untouched', () => {
    const data = {
      members: [{ value: 'bulkId:a' }, { value: 'bulkId:b', type: 'Group' }],
      count: 2,
      nothing: null,
    };
    const ids: Record<string, string> = { a: 'id-a', b: 'id-b' };
    const replaced = replaceReferences(data, (b) => ids[b] ?? 'missing');
    expect(replaced).toEqual({
      members: [{ value: 'id-a' }, { value: 'id-b', type: 'Group' }],
      count: 2,
      nothing: null,
    });
    expect(data.members[0]?.value).toBe('bulkId:a');
  });

  it('lets the resolver fail the replacement', () => {
    expect(() =>
      replaceReferences({ value: 'bulkId:x' }, () => {
        throw new Error('unresolvable');
      }),
    ).toThrow('unresolvable');
  });

  it('walks 32 levels of nesting and refuses the 33rd with invalidSyntax', () => {
    expect(referencedBulkIds(nested(32))).toEqual(new Set(['deep']));
    for (const walk of [
      () => locateReferences(nested(33)),
      () => replaceReferences(nested(33), String),
    ]) {
      expect(walk).toThrow(expect.objectContaining({ status: 400, scimType: 'invalidSyntax' }));
    }
  });

  it('stops at the depth bound even on very deep input', () => {
    expect(() => locateReferences(nested(100_000))).toThrow(/nested deeper than 32/);
  });
});
