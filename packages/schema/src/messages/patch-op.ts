import { z } from 'zod';
import { URN } from '../discovery/urns.ts';

/**
 * RFC 7644 §3.5.2 PatchOp as clients should send it. The server parses
 * with the tolerant `normalizePatchRequest`; this model documents the
 * canonical form and types the SDK.
 */
export const PatchOp = z.object({
  schemas: z.array(z.string()).default([URN.patchOp]),
  Operations: z
    .array(
      z.object({
        op: z.preprocess(
          (v) => (typeof v === 'string' ? v.toLowerCase() : v),
          z.enum(['add', 'remove', 'replace']),
        ),
        path: z.string().optional(),
        value: z.unknown().optional(),
      }),
    )
    .min(1),
});
export type PatchOp = z.infer<typeof PatchOp>;
