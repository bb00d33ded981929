import { describe, expect, it } from 'vitest';
import { URN } from '../discovery/urns.ts';
import { ScimError } from '../errors.ts';
import { parsePath } from '../path/parse.ts';
import { and, eq, pr } from './filters.ts';
import { patch, patchPath, patchRequest } from './patch-operations.ts';

describe('PATCH builders', () => {
  it('build a PatchOp body from operations', () => {
    expect(
      patchRequest(
        patch.add('members', [{ value: 'u1' }]),
        patch.replace({ active: false }),
        patch.remove(patchPath('members', eq('value', 'u2'))),
      ),
    ).toEqual({
      schemas: [URN.patchOp],
      Operations: [
        { op: 'add', path: 'members', value: [{ value: 'u1' }] },
        { op: 'replace', value: { active: false } },
        { op: 'remove', path: 'members[value eq "u2"]' },
      ],
    });
  });

  it('print value-filter paths with quoting, and the server parses them back', () => {
    const path = patchPath('emails', and(eq('type', 'work'), pr('value')), 'value');
    expect(path).toBe('emails[type eq "work" and value pr].value');
    expect(parsePath(path).subAttribute).toBe('value');
    const tricky = patchPath('members', eq('value', 'a"]b'));
    expect(tricky).toBe(String.raw`members[value eq "a\"]b"]`);
    expect(parsePath(tricky).valueFilter).toEqual({
      kind: 'compare',
      path: { name: 'value' },
      op: 'eq',
      value: 'a"]b',
    });
  });

  it('refuse paths the server could not read, before sending', () => {
    expect(() => patch.remove('members[value eq')).toThrow(ScimError);
    expect(() => patch.replace('name..givenName', 'x')).toThrow(ScimError);
    expect(() => patchPath('emails', undefined, 'value')).toThrow(ScimError);
    expect(() => patchRequest()).toThrow(ScimError);
  });
});
