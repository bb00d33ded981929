import { z } from 'zod';
import { Meta } from './multi-valued.ts';

export const GroupMember = z
  .object({
    value: z.string({ error: 'is required' }).min(1, 'must not be empty'),
    $ref: z.string().nullable().optional(),
    type: z.string().optional(),
    display: z.string().optional(),
  })
  .loose();
export type GroupMember = z.infer<typeof GroupMember>;

/** The writable part of a Group (RFC 7643 §4.2), after normalisation. */
export const GroupInput = z
  .object({
    displayName: z.string({ error: 'is required' }).trim().min(1, 'must not be empty'),
    externalId: z.string().optional(),
    members: z.array(GroupMember).optional(),
    description: z.string().optional(),
    idpMappingNames: z.array(z.string()).optional(),
    roles: z.array(z.object({ type: z.string(), value: z.string() }).loose()).optional(),
  })
  .loose();
export type GroupInput = z.infer<typeof GroupInput>;

export const Group = GroupInput.extend({
  schemas: z.array(z.string()),
  id: z.string(),
  meta: Meta,
});
export type Group = z.infer<typeof Group>;
