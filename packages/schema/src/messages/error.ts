import { z } from 'zod';
import { SCIM_ERROR_SCHEMA, SCIM_TYPE_STATUS, type ScimType } from '../errors.ts';

/** RFC 7644 §3.12 error body. */
export const ScimErrorResponse = z.object({
  schemas: z.tuple([z.literal(SCIM_ERROR_SCHEMA)]),
  status: z.string(),
  scimType: z.enum(Object.keys(SCIM_TYPE_STATUS) as [ScimType, ...ScimType[]]).optional(),
  detail: z.string(),
});
export type ScimErrorResponse = z.infer<typeof ScimErrorResponse>;
