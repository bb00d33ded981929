import { z } from 'zod';
import { URN } from '../discovery/urns.ts';
import { Meta, MultiValuedEntry } from './multi-valued.ts';

export const Name = z
  .object({
    formatted: z.string().optional(),
    familyName: z.string().optional(),
    givenName: z.string().optional(),
    middleName: z.string().optional(),
    honorificPrefix: z.string().optional(),
    honorificSuffix: z.string().optional(),
  })
  .loose();

export const Address = z
  .object({
    formatted: z.string().optional(),
    streetAddress: z.string().optional(),
    locality: z.string().optional(),
    region: z.string().optional(),
    postalCode: z.string().optional(),
    country: z.string().optional(),
    type: z.string().optional(),
    primary: z.boolean().optional(),
  })
  .loose();

export const GroupReference = z.object({
  value: z.string(),
  $ref: z.string().optional(),
  display: z.string().optional(),
  type: z.enum(['direct', 'indirect']).optional(),
});

/** RFC 7643 §4.3 */
export const EnterpriseUserExtension = z
  .object({
    employeeNumber: z.string().optional(),
    costCenter: z.string().optional(),
    organization: z.string().optional(),
    division: z.string().optional(),
    department: z.string().optional(),
    manager: z
      .object({
        value: z.string().optional(),
        $ref: z.string().optional(),
        displayName: z.string().optional(),
      })
      .loose()
      .optional(),
  })
  .loose();
export type EnterpriseUserExtension = z.infer<typeof EnterpriseUserExtension>;

/**
 * The writable part of a User (RFC 7643 §4.1), after normalisation.
 * Loose: unknown attributes and extension objects are kept.
 */
export const UserInput = z
  .object({
    userName: z.string({ error: 'is required' }).trim().min(1, 'must not be empty'),
    externalId: z.string().optional(),
    name: Name.optional(),
    displayName: z.string().optional(),
    nickName: z.string().optional(),
    profileUrl: z.string().optional(),
    title: z.string().optional(),
    userType: z.string().optional(),
    preferredLanguage: z.string().optional(),
    locale: z.string().optional(),
    timezone: z.string().optional(),
    active: z.boolean().optional(),
    password: z.string().optional(),
    emails: z.array(MultiValuedEntry).optional(),
    phoneNumbers: z.array(MultiValuedEntry).optional(),
    ims: z.array(MultiValuedEntry).optional(),
    photos: z.array(MultiValuedEntry).optional(),
    addresses: z.array(Address).optional(),
    entitlements: z.array(MultiValuedEntry).optional(),
    roles: z.array(MultiValuedEntry).optional(),
    x509Certificates: z.array(MultiValuedEntry).optional(),
    [URN.enterpriseUser]: EnterpriseUserExtension.optional(),
  })
  .loose();
export type UserInput = z.infer<typeof UserInput>;

/** A User as the server returns it. */
export const User = UserInput.omit({ password: true }).extend({
  schemas: z.array(z.string()),
  id: z.string(),
  active: z.boolean(),
  groups: z.array(GroupReference).optional(),
  meta: Meta,
});
export type User = z.infer<typeof User>;
