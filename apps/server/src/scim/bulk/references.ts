import { ScimError, isJsonObject } from '@scim/schema';
import { BULK_MAX_BULK_ID_LENGTH, BULK_MAX_DATA_DEPTH } from './limits.ts';

/**
 * `bulkId:<id>` references (RFC 7644 §3.7.2): any string value of exactly
 * that form, anywhere in an operation's data or in its path, stands for the
 * id of the resource created by the POST with that bulkId. The prefix is
 * the RFC's literal, case-sensitive; so are bulkIds.
 */
export const BULK_ID_PREFIX = 'bulkId:';

export type JsonPath = (string | number)[];

export interface ReferenceLocation {
  /** Keys and array indexes from the root of the value to the string. */
  path: JsonPath;
  bulkId: string;
}

/** `"bulkId:qwerty"` → `"qwerty"`; anything else → undefined. Over-long ids are invalidValue. */
export function referencedBulkId(value: string): string | undefined {
  if (!value.startsWith(BULK_ID_PREFIX)) return undefined;
  const bulkId = value.slice(BULK_ID_PREFIX.length);
  if (bulkId === '') return undefined;
  if (bulkId.length > BULK_MAX_BULK_ID_LENGTH) {
    throw ScimError.of(
      'invalidValue',
      `A bulkId reference is longer than ${BULK_MAX_BULK_ID_LENGTH} characters`,
    );
  }
  return bulkId;
}

/** Every reference inside `value`, in document order. */
export function locateReferences(value: unknown): ReferenceLocation[] {
  const found: ReferenceLocation[] = [];
  const path: JsonPath = [];
  const visit = (node: unknown, depth: number): void => {
    if (typeof node === 'string') {
      const bulkId = referencedBulkId(node);
      if (bulkId !== undefined) found.push({ path: [...path], bulkId });
      return;
    }
    if (Array.isArray(node)) {
      enter(depth);
      node.forEach((item, i) => {
        path.push(i);
        visit(item, depth + 1);
        path.pop();
      });
    } else if (isJsonObject(node)) {
      enter(depth);
      for (const [key, item] of Object.entries(node)) {
        path.push(key);
        visit(item, depth + 1);
        path.pop();
      }
    }
  };
  visit(value, 0);
  return found;
}

/** The distinct bulkIds referenced inside `value`. */
export function referencedBulkIds(value: unknown): Set<string> {
  return new Set(locateReferences(value).map((r) => r.bulkId));
}

/**
 * A copy of `value` with every reference replaced by `resolve(bulkId)`
 * (which throws when the reference cannot be resolved).
 */
export function replaceReferences(value: unknown, resolve: (bulkId: string) => string): unknown {
  const visit = (node: unknown, depth: number): unknown => {
    if (typeof node === 'string') {
      const bulkId = referencedBulkId(node);
      return bulkId === undefined ? node : resolve(bulkId);
    }
    if (Array.isArray(node)) {
      enter(depth);
      return node.map((item) => visit(item, depth + 1));
    }
    if (isJsonObject(node)) {
      enter(depth);
      const copy: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(node)) copy[key] = visit(item, depth + 1);
      return copy;
    }
    return node;
  };
  return visit(value, 0);
}

/** Walks stop at BULK_MAX_DATA_DEPTH nested containers: recursion is bounded. */
function enter(depth: number): void {
  if (depth >= BULK_MAX_DATA_DEPTH) {
    throw ScimError.of('invalidSyntax', `data is nested deeper than ${BULK_MAX_DATA_DEPTH} levels`);
  }
}
