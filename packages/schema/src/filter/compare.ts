import type { AttributeType } from '../discovery/attribute.ts';
import type { CompareOperator, FilterValue } from './ast.ts';

export interface ValueDescription {
  type: AttributeType;
  caseExact: boolean;
}

/**
 * One attribute value against a non-null comparison value (RFC 7644 §3.4.2.2 Table 3):
 * booleans by eq/ne only, dateTime by instant, numbers numerically, everything else
 * as strings, case-insensitively unless the attribute is caseExact.
 */
export function compareValue(
  actual: unknown,
  op: CompareOperator,
  expected: Exclude<FilterValue, null>,
  description: ValueDescription | undefined,
): boolean {
  if (typeof expected === 'boolean') return compareBoolean(actual, op, expected);
  if (typeof actual !== 'string' && typeof actual !== 'number' && typeof actual !== 'boolean') {
    return op === 'ne';
  }
  const type = description?.type;
  const substring = op === 'co' || op === 'sw' || op === 'ew';

  if (type === 'dateTime' && !substring) {
    const difference = Date.parse(String(actual)) - Date.parse(String(expected));
    if (!Number.isNaN(difference)) return order(op, difference);
  }
  if (!substring) {
    const numeric = type === 'integer' || type === 'decimal';
    const bothNumbers = typeof actual === 'number' && typeof expected === 'number';
    const a = Number(actual);
    const b = Number(expected);
    if ((bothNumbers || numeric) && isNumber(actual) && isNumber(expected)) return order(op, a - b);
  }

  const caseExact = description?.caseExact ?? false;
  const a = caseExact ? String(actual) : String(actual).toLowerCase();
  const b = caseExact ? String(expected) : String(expected).toLowerCase();
  switch (op) {
    case 'co':
      return a.includes(b);
    case 'sw':
      return a.startsWith(b);
    case 'ew':
      return a.endsWith(b);
    default:
      return order(op, a < b ? -1 : a > b ? 1 : 0);
  }
}

/** IdPs send "True"/"False" strings for booleans; those compare equal to the literals. */
function compareBoolean(actual: unknown, op: CompareOperator, expected: boolean): boolean {
  let value: boolean | undefined;
  if (typeof actual === 'boolean') value = actual;
  else if (typeof actual === 'string' && /^(true|false)$/i.test(actual)) {
    value = actual.toLowerCase() === 'true';
  }
  if (op === 'eq') return value === expected;
  if (op === 'ne') return value !== expected;
  return false;
}

function isNumber(value: string | number | boolean): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  return typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value));
}

function order(op: CompareOperator, difference: number): boolean {
  switch (op) {
    case 'eq':
      return difference === 0;
    case 'ne':
      return difference !== 0;
    case 'gt':
      return difference > 0;
    case 'lt':
      return difference < 0;
    case 'ge':
      return difference >= 0;
    case 'le':
      return difference <= 0;
    default:
      return false;
  }
}
