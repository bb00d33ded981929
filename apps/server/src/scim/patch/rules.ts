import { ScimError, type AttributeDefinition } from '@scim/schema';
import { deepEqual } from './json.ts';

/**
 * RFC 7643 §2.2 `immutable`: may be set when absent; once set it may not change
 * (re-sending the same value is fine).
 */
export function assertMutable(
  definition: AttributeDefinition,
  current: unknown,
  next: unknown,
  where: string,
): void {
  if (definition.mutability !== 'immutable') return;
  if (current === undefined || current === null) return;
  if (deepEqual(current, next)) return;
  throw ScimError.of('mutability', `Attribute '${where}' is immutable and already set`);
}

/** RFC 7643 §2.2 `required`: a PATCH may not leave a required attribute without a value. */
export function assertRemovable(definition: AttributeDefinition, where: string): void {
  if (definition.required) {
    throw ScimError.of('invalidValue', `Attribute '${where}' is required and cannot be removed`);
  }
}

/** `immutable` for a multi-valued attribute changed in place: a set that has values stays as it is. */
export function assertSetMutable(
  definition: AttributeDefinition,
  hadValues: boolean,
  where: string,
): void {
  if (definition.mutability === 'immutable' && hadValues) {
    throw ScimError.of('mutability', `Attribute '${where}' is immutable and already set`);
  }
}
