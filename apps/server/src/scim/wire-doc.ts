/**
 * What a SCIM route does on the wire that trpc-to-openapi cannot see: procedure
 * inputs are only path and query parameters (the body reaches procedures through
 * the context), and status codes and headers are set at run time. Routes declare
 * it in `meta.wire`; the OpenAPI document is built from it
 * (http/openapi-scim-operations.ts), so the document says what the route does.
 */
export interface WireDoc {
  /** The JSON request body: a resource (RFC 7644 §3.3, §3.5.1), PatchOp (§3.5.2), SearchRequest (§3.4.3) or BulkRequest (§3.7). */
  body?: 'resource' | 'patchOp' | 'searchRequest' | 'bulkRequest';
  /** The success body; `document` is any JSON object (discovery, RFC 7644 §4). */
  returns: 'resource' | 'listResponse' | 'bulkResponse' | 'document' | 'nothing';
  /** A versioned resource: the success response carries its `ETag` (RFC 7644 §3.14). */
  etag?: boolean;
  /** The precondition it honours: If-Match (412 when stale) or If-None-Match (304 when current). */
  precondition?: 'If-Match' | 'If-None-Match';
  /** May answer 204 with no body: RFC 7644 §3.5.2 allows it for PATCH; RFC 7240 `Prefer: return=minimal` asks for it. */
  mayOmitBody?: boolean;
}
