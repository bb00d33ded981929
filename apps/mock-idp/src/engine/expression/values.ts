import { MAX_VALUE_DEPTH } from './limits.ts';

/**
 * The value model: EL values are JS null, string, number, boolean, arrays and plain objects
 * (profiles, groups). Semantics follow SpEL/Java where the doc says EL inherits them (§3, §6).
 */

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Context data may hold undefined; EL only knows null (§9.2 "unknown attribute → null"). */
export function normalize(value: unknown): unknown {
  return value === undefined ? null : value;
}

/** Own properties only, so `user.constructor` is null rather than a JS function. */
export function ownProperty(record: Record<string, unknown>, name: string): unknown {
  return Object.hasOwn(record, name) ? normalize(record[name]) : null;
}

/** "a string", "null", ... for messages. */
export function describeType(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'a Boolean';
    default:
      return 'an object';
  }
}

/** Text of a scalar as Java's String.valueOf would print it; undefined for anything else. */
export function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/**
 * SpEL `==` (§6): numbers by value, strings case-sensitively, Booleans, lists element by
 * element; values of different types are simply not equal ("123" == 123 is false).
 */
export function valuesEqual(left: unknown, right: unknown, depth = 0): boolean {
  const a = normalize(left);
  const b = normalize(right);
  if (a === null || b === null) return a === b;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (depth >= MAX_VALUE_DEPTH) return false;
    return (
      a.length === b.length && a.every((item, index) => valuesEqual(item, b[index], depth + 1))
    );
  }
  if (isRecord(a) && isRecord(b)) {
    if (depth >= MAX_VALUE_DEPTH) return false;
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length &&
      keys.every((key) => Object.hasOwn(b, key) && valuesEqual(a[key], b[key], depth + 1))
    );
  }
  return a === b;
}

/**
 * SpEL's StandardTypeComparator (§6): numbers numerically, strings by UTF-16 code units
 * (lexicographic, so "10" < "9"), false < true, and null sorts before everything.
 * Returns undefined when the two cannot be compared.
 */
export function compareValues(left: unknown, right: unknown): number | undefined {
  const a = normalize(left);
  const b = normalize(right);
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  const sameType =
    (typeof a === 'number' && typeof b === 'number') ||
    (typeof a === 'string' && typeof b === 'string') ||
    (typeof a === 'boolean' && typeof b === 'boolean');
  if (!sameType) return undefined;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A condition's truth (§6 "conditions must evaluate to Boolean"). Null counts as false: an
 * attribute that was never set is not true (doc silent; most forgiving). Undefined means the
 * value is not a Boolean at all, which the caller reports.
 */
export function conditionValue(value: unknown): boolean | undefined {
  const normalized = normalize(value);
  if (normalized === null) return false;
  return typeof normalized === 'boolean' ? normalized : undefined;
}
