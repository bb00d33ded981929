import { ScimError, URN, isJsonObject } from '@scim/schema';
import { BULK_MAX_BULK_ID_LENGTH, BULK_MAX_OPERATIONS } from './limits.ts';

/** One entry of `Operations`, its envelope checked; what it asks for is checked per operation. */
export interface BulkOperation {
  /** Position in the request; results are reported in this order. */
  index: number;
  /** Upper-cased, as echoed in the response. */
  method: string;
  bulkId: string | undefined;
  version: unknown;
  path: unknown;
  data: unknown;
}

export interface BulkRequest {
  failOnErrors: number | undefined;
  operations: BulkOperation[];
}

/**
 * Reads a BulkRequest message (RFC 7644 §3.7), tolerant like the rest of the
 * server: keys and `method` in any case, a missing `schemas` accepted.
 * Whatever makes the message as a whole unusable is a 400 invalidSyntax for
 * the request; too many operations is a 413 naming the limit (§3.7.4).
 */
export function parseBulkRequest(body: unknown): BulkRequest {
  if (!isJsonObject(body)) throw syntax('The request body must be a BulkRequest object');
  const schemas = field(body, 'schemas');
  if (
    schemas !== undefined &&
    !(
      Array.isArray(schemas) &&
      schemas.some(
        (s) => typeof s === 'string' && s.toLowerCase() === URN.bulkRequest.toLowerCase(),
      )
    )
  ) {
    throw syntax(`A bulk request must carry the schema ${URN.bulkRequest}`);
  }
  const operations = field(body, 'Operations');
  if (!Array.isArray(operations) || operations.length === 0)
    throw syntax('A bulk request needs a non-empty "Operations" array');
  if (operations.length > BULK_MAX_OPERATIONS) {
    throw ScimError.status(
      413,
      `The bulk request has ${operations.length} operations; maxOperations is ${BULK_MAX_OPERATIONS}`,
    );
  }
  const parsed = operations.map((operation, index) => parseOperation(operation, index));
  rejectDuplicateBulkIds(parsed);
  return { failOnErrors: parseFailOnErrors(field(body, 'failOnErrors')), operations: parsed };
}

function parseOperation(raw: unknown, index: number): BulkOperation {
  if (!isJsonObject(raw)) throw syntax(`Operations[${index}] must be an object`);
  const method = field(raw, 'method');
  if (typeof method !== 'string' || method.trim() === '')
    throw syntax(`Operations[${index}].method is required`);
  const bulkId = field(raw, 'bulkId');
  if (bulkId !== undefined && bulkId !== null) {
    if (typeof bulkId !== 'string' || bulkId === '')
      throw syntax(`Operations[${index}].bulkId must be a non-empty string`);
    if (bulkId.length > BULK_MAX_BULK_ID_LENGTH)
      throw syntax(
        `Operations[${index}].bulkId is longer than ${BULK_MAX_BULK_ID_LENGTH} characters`,
      );
  }
  return {
    index,
    method: method.trim().toUpperCase(),
    bulkId: typeof bulkId === 'string' ? bulkId : undefined,
    version: field(raw, 'version'),
    path: field(raw, 'path'),
    data: field(raw, 'data'),
  };
}

/** §3.7: a bulkId is "unique within a bulk request"; a repeated one would make references ambiguous. */
function rejectDuplicateBulkIds(operations: BulkOperation[]): void {
  const seen = new Map<string, number>();
  for (const { bulkId, index } of operations) {
    if (bulkId === undefined) continue;
    const first = seen.get(bulkId);
    if (first !== undefined)
      throw syntax(`Operations[${first}] and Operations[${index}] both use bulkId '${bulkId}'`);
    seen.set(bulkId, index);
  }
}

/** §3.7: "An integer specifying the number of errors" accepted before stopping. */
function parseFailOnErrors(value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  const n = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 1)
    throw syntax('failOnErrors must be a positive integer');
  return n;
}

function field(object: Record<string, unknown>, name: string): unknown {
  if (name in object) return object[name];
  const lower = name.toLowerCase();
  const key = Object.keys(object).find((k) => k.toLowerCase() === lower);
  return key === undefined ? undefined : object[key];
}

function syntax(detail: string): ScimError {
  return ScimError.of('invalidSyntax', detail);
}
