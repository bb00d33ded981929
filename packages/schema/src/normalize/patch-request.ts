import { ScimError } from '../errors.ts';
import { URN } from '../discovery/urns.ts';
import { isJsonObject } from './resource.ts';

export type PatchOperationName = 'add' | 'remove' | 'replace';

export interface PatchOperation {
  op: PatchOperationName;
  path?: string;
  value?: unknown;
}

/** Bounds a single PATCH request; RFC 7644 leaves the limit to the server. */
export const MAX_PATCH_OPERATIONS = 1000;

const OPS = new Set<string>(['add', 'remove', 'replace']);

/**
 * Validates a PatchOp message (RFC 7644 §3.5.2) and normalises it:
 * `op` in any case (Entra sends "Replace"), `Operations`/`path`/`value` keys
 * in any case, a missing `schemas` tolerated, an empty path treated as none.
 */
export function normalizePatchRequest(raw: unknown): PatchOperation[] {
  if (!isJsonObject(raw)) {
    throw ScimError.of('invalidSyntax', 'The PATCH body must be a JSON object');
  }
  const schemas = field(raw, 'schemas');
  if (
    schemas !== undefined &&
    !(
      Array.isArray(schemas) &&
      schemas.some((s) => typeof s === 'string' && s.toLowerCase() === URN.patchOp.toLowerCase())
    )
  ) {
    throw ScimError.of('invalidSyntax', `A PATCH request must carry the schema ${URN.patchOp}`);
  }
  const operations = field(raw, 'Operations');
  if (!Array.isArray(operations) || operations.length === 0) {
    throw ScimError.of('invalidSyntax', 'A PATCH request needs a non-empty "Operations" array');
  }
  if (operations.length > MAX_PATCH_OPERATIONS) {
    throw ScimError.of(
      'tooMany',
      `A PATCH request may carry at most ${MAX_PATCH_OPERATIONS} operations`,
    );
  }
  return operations.map((operation, index) => normalizeOperation(operation, index));
}

function normalizeOperation(raw: unknown, index: number): PatchOperation {
  if (!isJsonObject(raw)) {
    throw ScimError.of('invalidSyntax', `Operations[${index}] must be an object`);
  }
  const op = field(raw, 'op');
  if (typeof op !== 'string' || !OPS.has(op.toLowerCase())) {
    throw ScimError.of(
      'invalidSyntax',
      `Operations[${index}].op must be "add", "remove" or "replace"`,
    );
  }
  const path = field(raw, 'path');
  if (path !== undefined && path !== null && typeof path !== 'string') {
    throw ScimError.of('invalidPath', `Operations[${index}].path must be a string`);
  }
  const result: PatchOperation = { op: op.toLowerCase() as PatchOperationName };
  if (typeof path === 'string' && path.trim() !== '') result.path = path.trim();
  const hasValue = Object.keys(raw).some((k) => k.toLowerCase() === 'value');
  if (hasValue) result.value = field(raw, 'value');
  if (result.op === 'remove' && result.path === undefined) {
    // RFC 7644 §3.5.2.2: remove without a path fails with noTarget.
    throw ScimError.of('noTarget', `Operations[${index}]: "remove" requires a path`);
  }
  if (result.op !== 'remove' && !hasValue) {
    throw ScimError.of('invalidSyntax', `Operations[${index}]: "${result.op}" requires a value`);
  }
  return result;
}

function field(object: Record<string, unknown>, name: string): unknown {
  if (name in object) return object[name];
  const lower = name.toLowerCase();
  const key = Object.keys(object).find((k) => k.toLowerCase() === lower);
  return key === undefined ? undefined : object[key];
}
