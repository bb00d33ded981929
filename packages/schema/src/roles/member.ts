import { ScimError } from '../errors.ts';
import { asciiLower, show } from './text.ts';

/**
 * Reads a member by its lower-case name, ignoring the case of the key: SCIM attribute names are
 * case-insensitive (RFC 7643 §2.1). Two spellings at once (`value` and `Value`) are ambiguous.
 * Only own keys are read, so `__proto__` and friends from JSON.parse are plain data.
 */
export function memberOf(object: Record<string, unknown>, name: string): unknown {
  let found: string | undefined;
  for (const key of Object.keys(object)) {
    if (asciiLower(key) !== name) continue;
    if (found !== undefined) {
      throw ScimError.of('invalidValue', `Both ${show(found)} and ${show(key)} are given`);
    }
    found = key;
  }
  return found === undefined ? undefined : object[found];
}
