import { describe, expect, it } from 'vitest';
import { User, UserInput } from '../models/user.ts';
import { resolveAttribute, resolveSubAttribute, userResourceType } from './resource-types.ts';
import { URN } from './urns.ts';

describe('resolveAttribute', () => {
  it('finds core, common and extension attributes case-insensitively', () => {
    expect(resolveAttribute(userResourceType, 'USERNAME')?.definition.name).toBe('userName');
    expect(resolveAttribute(userResourceType, 'externalid')?.schemaUrn).toBeUndefined();
    const manager = resolveAttribute(userResourceType, 'Manager', URN.enterpriseUser.toUpperCase());
    expect(manager).toMatchObject({ schemaUrn: URN.enterpriseUser, inExtension: true });
    expect(manager && resolveSubAttribute(manager.definition, 'VALUE')?.name).toBe('value');
    expect(resolveAttribute(userResourceType, 'nosuch')).toBeUndefined();
  });
});

describe('the zod models and the schema definitions agree', () => {
  it('every core User attribute is in the User model and vice versa', () => {
    const defined = userResourceType.schema.attributes.map((a) => a.name).sort();
    const modelled = Object.keys({ ...UserInput.shape, ...User.shape })
      .filter((k) => !['schemas', 'id', 'externalId', 'meta', URN.enterpriseUser].includes(k))
      .sort();
    expect(modelled).toEqual(defined);
  });
});
