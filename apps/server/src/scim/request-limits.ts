/**
 * The largest request body the server reads (RFC 7644 §3.12: 413 beyond it).
 * One constant for the HTTP edge and for Bulk's advertised maxPayloadSize,
 * so the two can never disagree.
 */
export const MAX_REQUEST_BODY_BYTES = 1024 * 1024;
