import { describe, expect, it } from 'vitest';
import { ServiceAccount, ServiceAccountInput } from '../models/service-account.ts';
import { User, UserInput } from '../models/user.ts';
import {
  resolveAttribute,
  resolveSubAttribute,
  resourceTypes,
  schemaDefinitions,
  serviceAccountResourceType,
  userResourceType,
} from './resource-types.ts';
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

  it('every ServiceAccount attribute is in the ServiceAccount model and vice versa', () => {
    const defined = serviceAccountResourceType.schema.attributes.map((a) => a.name).sort();
    const modelled = Object.keys({ ...ServiceAccountInput.shape, ...ServiceAccount.shape })
      .filter((k) => !['schemas', 'id', 'externalId', 'meta'].includes(k))
      .sort();
    expect(modelled).toEqual(defined);
  });
});

describe('the ServiceAccount resource type', () => {
  it('has its own schema URN, is advertised and has a required, unique displayName', () => {
    expect(serviceAccountResourceType).toMatchObject({
      id: 'ServiceAccount',
      endpoint: '/ServiceAccounts',
      schema: { id: URN.serviceAccount },
    });
    expect(URN.serviceAccount).toBe('urn:scim-server:schemas:core:1.0:ServiceAccount');
    expect(resourceTypes).toContain(serviceAccountResourceType);
    expect(schemaDefinitions.map((s) => s.id)).toContain(URN.serviceAccount);
    expect(resolveAttribute(serviceAccountResourceType, 'DISPLAYNAME')?.definition).toMatchObject({
      required: true,
      uniqueness: 'server',
    });
    expect(resolveAttribute(serviceAccountResourceType, 'groups')?.definition.mutability).toBe(
      'readOnly',
    );
  });
});
