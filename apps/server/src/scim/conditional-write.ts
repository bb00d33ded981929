import { ScimError } from '@scim/schema';
import type { Deleted, WriteResult } from '../store/port.ts';
import { expectedVersionFrom, preconditionFailed } from './resource-meta.ts';

/** A conditional write that found no row is 404; one that found another version is 412 (RFC 7644 §3.14). */
export function assertWritten<T>(result: WriteResult<T>): asserts result is { ok: true; value: T } {
  if (!result.ok) throw result.reason === 'not_found' ? ScimError.notFound() : preconditionFailed();
}

/** What a DELETE needs of a resource's repository. */
interface DeletableRows<T extends { version: number }> {
  get(tenantId: string, id: string): Promise<T | undefined>;
  delete(tenantId: string, id: string, expectedVersion?: number): Promise<WriteResult<Deleted>>;
}

/**
 * DELETE (RFC 7644 §3.6), conditional on If-Match; `notFound` details the
 * 404. Returns what was deleted, for its change events.
 */
export async function deleteIfMatch<T extends { version: number }>(
  rows: DeletableRows<T>,
  tenantId: string,
  id: string,
  ifMatch: string | null,
  notFound: string,
): Promise<{ deleted: T; leftGroups: string[] }> {
  const current = await rows.get(tenantId, id);
  if (!current) throw ScimError.notFound(notFound);
  const result = await rows.delete(tenantId, id, expectedVersionFrom(ifMatch, current.version));
  assertWritten(result);
  return { deleted: current, leftGroups: result.value.leftGroups };
}
