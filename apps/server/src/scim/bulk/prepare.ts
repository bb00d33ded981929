import { ScimError, URN, isJsonObject } from '@scim/schema';
import { referencedBulkId, referencedBulkIds } from './references.ts';
import type { BulkOperation } from './request.ts';
import { parseTarget, type Target } from './target.ts';

/** One operation, checked and ready to run once its references resolve. */
export interface PreparedOperation {
  index: number;
  method: string;
  bulkId: string | undefined;
  target: Target;
  /** The request body for the service; undefined for DELETE. */
  data: Record<string, unknown> | undefined;
  /** `version` becomes If-Match (RFC 7644 §3.7, §3.14). */
  ifMatch: string | null;
  /** bulkIds referenced by the path and the data. */
  references: Set<string>;
}

export type Prepared = { ok: true; operation: PreparedOperation } | { ok: false; error: ScimError };

/** Checks what one operation asks for; a defect fails that operation only (§3.7.3). */
export function prepareOperation(operation: BulkOperation): Prepared {
  try {
    return { ok: true, operation: prepare(operation) };
  } catch (error) {
    if (error instanceof ScimError) return { ok: false, error };
    throw error;
  }
}

function prepare(operation: BulkOperation): PreparedOperation {
  const target = parseTarget(operation.method, operation.path);
  // §3.7: bulkId is "REQUIRED when "method" is "POST"".
  if (target.method === 'POST' && operation.bulkId === undefined)
    throw ScimError.of('invalidSyntax', 'bulkId is required for POST');
  const { version } = operation;
  if (version !== undefined && version !== null && typeof version !== 'string')
    throw ScimError.of('invalidSyntax', 'version must be a string (an entity tag)');
  const data = body(target, operation.data);
  const references = referencedBulkIds(data);
  if ('id' in target) {
    const fromPath = referencedBulkId(target.id);
    if (fromPath !== undefined) references.add(fromPath);
  }
  return {
    index: operation.index,
    method: operation.method,
    bulkId: operation.bulkId,
    target,
    data,
    ifMatch: typeof version === 'string' ? version : null,
    references,
  };
}

/** §3.7: data is "REQUIRED in a request when "method" is "POST", "PUT", or "PATCH"". */
function body(target: Target, data: unknown): Record<string, unknown> | undefined {
  if (target.method === 'DELETE') return undefined;
  // Tolerated: PATCH data given as the bare list of operations (as in the §3.7.3 example).
  if (target.method === 'PATCH' && Array.isArray(data))
    return { schemas: [URN.patchOp], Operations: data };
  if (!isJsonObject(data))
    throw ScimError.of(
      'invalidSyntax',
      `data is required for ${target.method} and must be an object`,
    );
  return data;
}
