import { z } from 'zod';

/** RFC 7643 §2.4: the common shape of a multi-valued attribute entry. */
export const MultiValuedEntry = z
  .object({
    value: z.string().optional(),
    display: z.string().optional(),
    type: z.string().optional(),
    primary: z.boolean().optional(),
  })
  .loose();

export const Meta = z.object({
  resourceType: z.string(),
  created: z.string(),
  lastModified: z.string(),
  location: z.string(),
  version: z.string(),
});
export type Meta = z.infer<typeof Meta>;
