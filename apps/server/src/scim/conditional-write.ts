import { ScimError } from '@scim/schema';
import type { WriteResult } from '../store/port.ts';
import { expectedVersionFrom, preconditionFailed } from './resource-meta.ts';

/** A conditional write that found no row is 404; one that found another version is 412 (RFC 7644 §3.14). */
export function assertWritten<T>(result: WriteResult<T>): asserts result is { ok: true; value: T } {
  if (!result.ok) throw result.reason === 'not_found' ? ScimError.notFound() : preconditionFailed();
}

/** What a DELETE needs of a resource's repository. */
interface DeletableRows {
  get(tenantId: string, id: string): Promise<{ version: number } | undefined>;
  delete(tenantId: string, id: string, expectedVersion?: number): Promise<WriteResult<true>>;
}

/** DELETE (RFC 7644 §3.6), conditional on If-Match; `notFound` details the 404. */
export async function deleteIfMatch(
  rows: DeletableRows,
  tenantId: string,
  id: string,
  ifMatch: string | null,
  notFound: string,
): Promise<void> {
  const current = await rows.get(tenantId, id);
  if (!current) throw ScimError.notFound(notFound);
  assertWritten(await rows.delete(tenantId, id, expectedVersionFrom(ifMatch, current.version)));
}
