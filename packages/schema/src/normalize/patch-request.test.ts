import { describe, expect, it } from 'vitest';
import { ScimError } from '../errors.ts';
import { MAX_PATCH_OPERATIONS, normalizePatchRequest } from './patch-request.ts';

const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

describe('normalizePatchRequest', () => {
  it('lower-cases op (Entra sends "Replace") and reads keys in any case', () => {
    expect(
      normalizePatchRequest({
        schemas: [PATCH_OP],
        operations: [
          { OP: 'Replace', Path: 'active', Value: 'False' },
          { op: 'ADD', value: { title: 'x' } },
        ],
      }),
    ).toEqual([
      { op: 'replace', path: 'active', value: 'False' },
      { op: 'add', value: { title: 'x' } },
    ]);
  });

  it('tolerates a missing schemas array and treats an empty path as none', () => {
    expect(
      normalizePatchRequest({
        Operations: [{ op: 'replace', path: ' ', value: { active: false } }],
      }),
    ).toEqual([{ op: 'replace', value: { active: false } }]);
  });

  it.each([
    [{ schemas: ['urn:wrong'], Operations: [{ op: 'add', value: {} }] }, 'invalidSyntax'],
    [{ schemas: [PATCH_OP] }, 'invalidSyntax'],
    [{ schemas: [PATCH_OP], Operations: [] }, 'invalidSyntax'],
    [{ schemas: [PATCH_OP], Operations: [{ op: 'move', path: 'a' }] }, 'invalidSyntax'],
    [{ schemas: [PATCH_OP], Operations: [{ op: 'add', path: 'title' }] }, 'invalidSyntax'],
    [{ schemas: [PATCH_OP], Operations: [{ op: 'remove' }] }, 'noTarget'],
    [{ schemas: [PATCH_OP], Operations: [{ op: 'add', path: 7, value: 1 }] }, 'invalidPath'],
    [{ schemas: [PATCH_OP], Operations: ['add'] }, 'invalidSyntax'],
    [
      {
        schemas: [PATCH_OP],
        Operations: Array.from({ length: MAX_PATCH_OPERATIONS + 1 }, () => ({
          op: 'remove',
          path: 'title',
        })),
      },
      'tooMany',
    ],
    ['not an object', 'invalidSyntax'],
  ])('refuses %j with %s', (raw, scimType) => {
    try {
      normalizePatchRequest(raw);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ScimError);
      expect((error as ScimError).scimType).toBe(scimType);
    }
  });
});
