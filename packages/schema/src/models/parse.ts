import type { z } from 'zod';
import { ScimError } from '../errors.ts';

/**
 * Validates normalised data against a model; the first issue becomes a
 * 400 invalidValue naming the attribute (RFC 7644 §3.12).
 */
export function parseModel<T extends z.ZodType>(model: T, data: unknown): z.infer<T> {
  const result = model.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : 'body';
  throw ScimError.of('invalidValue', `${where}: ${issue?.message ?? 'invalid value'}`);
}
