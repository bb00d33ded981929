/**
 * RFC 7644 §3.7.4: the service provider MUST define the maximum number of
 * operations and the maximum payload size of one bulk request (advertised
 * as `bulk.maxOperations` / `bulk.maxPayloadSize`, RFC 7643 §5). The HTTP
 * edge refuses bodies over the same size with 413, so both limits hold.
 */
import { MAX_REQUEST_BODY_BYTES } from '../request-limits.ts';

export const BULK_MAX_OPERATIONS = 1000;
export const BULK_MAX_PAYLOAD_BYTES = MAX_REQUEST_BODY_BYTES;

/** Bounds the work per operation: containers nested in `data` (walks never recurse deeper). */
export const BULK_MAX_DATA_DEPTH = 32;

/** Longest accepted bulkId, declared or referenced as `bulkId:<id>`. */
export const BULK_MAX_BULK_ID_LENGTH = 256;
