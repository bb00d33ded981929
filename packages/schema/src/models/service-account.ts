import { z } from 'zod';
import { Meta, MultiValuedEntry } from './multi-valued.ts';
import { GroupReference } from './user.ts';

/** The writable part of a ServiceAccount (URN.serviceAccount), after normalisation. Loose like User. */
export const ServiceAccountInput = z
  .object({
    displayName: z.string({ error: 'is required' }).trim().min(1, 'must not be empty'),
    externalId: z.string().optional(),
    description: z.string().optional(),
    active: z.boolean().optional(),
    roles: z.array(MultiValuedEntry).optional(),
  })
  .loose();
export type ServiceAccountInput = z.infer<typeof ServiceAccountInput>;

/** A ServiceAccount as the server returns it. */
export const ServiceAccount = ServiceAccountInput.extend({
  schemas: z.array(z.string()),
  id: z.string(),
  active: z.boolean(),
  groups: z.array(GroupReference).optional(),
  meta: Meta,
});
export type ServiceAccount = z.infer<typeof ServiceAccount>;
