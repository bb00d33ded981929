import { ScimError } from '@scim/schema';
import { UniquenessViolation } from '../store/errors.ts';

/** Runs a write; a unique-constraint violation becomes 409 uniqueness (RFC 7644 §3.3, §3.12). */
export async function withUniqueness<T>(write: () => Promise<T>, detail: string): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof UniquenessViolation) throw ScimError.of('uniqueness', detail);
    throw error;
  }
}
