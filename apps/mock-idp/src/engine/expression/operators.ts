import type { BinaryOperator } from './ast.ts';
import type { ResolvedOptions } from './context.ts';
import { evaluationError } from './errors.ts';
import { compileJavaRegex } from './regex.ts';
import {
  compareValues,
  describeType,
  isRecord,
  normalize,
  scalarText,
  valuesEqual,
} from './values.ts';

/** The non-short-circuit binary operators (§3, §6, §7); AND, OR and ?: live in evaluate.ts. */
export function applyOperator(
  operator: BinaryOperator,
  left: unknown,
  right: unknown,
  column: number,
  options: ResolvedOptions,
): unknown {
  switch (operator) {
    case '==':
      return valuesEqual(left, right);
    case '!=':
      return !valuesEqual(left, right);
    case '<':
    case '>':
    case '<=':
    case '>=':
      return compare(operator, left, right, column);
    case 'matches':
      return matches(left, right, column);
    case '+':
      return plus(left, right, column, options);
    case '-':
    case '*':
    case '/':
    case '%':
      return arithmetic(operator, left, right, column);
    default:
      throw evaluationError(`Operator '${operator}' cannot be applied here`, column);
  }
}

function compare(operator: '<' | '>' | '<=' | '>=', left: unknown, right: unknown, column: number) {
  const order = compareValues(left, right);
  if (order === undefined) {
    const mixed = typeof normalize(left) === 'string' || typeof normalize(right) === 'string';
    throw evaluationError(
      `Cannot compare ${describeType(left)} with ${describeType(right)} using '${operator}'`,
      column,
      mixed ? 'Convert.toNum(text) turns text into a number' : undefined,
    );
  }
  switch (operator) {
    case '<':
      return order < 0;
    case '>':
      return order > 0;
    case '<=':
      return order <= 0;
    default:
      return order >= 0;
  }
}

/**
 * `text matches 'regex'` is Java's String.matches: the whole text must match (§6, §9.4).
 * A null left side does not match (SpEL would fail; doc silent, forgiving).
 */
function matches(left: unknown, right: unknown, column: number): boolean {
  const pattern = scalarText(normalize(right));
  if (pattern === undefined) {
    throw evaluationError(
      `'matches' needs a regular expression on its right, got ${describeType(right)}`,
      column,
    );
  }
  const value = normalize(left);
  if (value === null) return false;
  const text = scalarText(value);
  if (text === undefined) {
    throw evaluationError(`'matches' needs text on its left, got ${describeType(value)}`, column);
  }
  const fail = (detail: string): never => {
    throw evaluationError(detail, column);
  };
  return compileJavaRegex(pattern, { whole: true }, fail).test(text);
}

/**
 * `+` adds two numbers and otherwise concatenates when either side is text (§7). Null follows
 * the nullConcat option: SpEL prints it as "null" and cannot add null to null or a number.
 */
function plus(left: unknown, right: unknown, column: number, options: ResolvedOptions): unknown {
  let a = normalize(left);
  let b = normalize(right);
  if (options.nullConcat === 'empty') {
    a = a ?? '';
    b = b ?? '';
  }
  if (typeof a === 'number' && typeof b === 'number') return a + b;
  if (typeof a === 'string' || typeof b === 'string') {
    return concatText(a, column) + concatText(b, column);
  }
  throw evaluationError(
    `Operator '+' cannot add ${describeType(a)} and ${describeType(b)}`,
    column,
    a === null || b === null
      ? 'Give a default with ?: (for example user.middleName ?: "")'
      : undefined,
  );
}

/** Java's String.valueOf, and SpEL's list-to-text conversion ("a,b") for arrays. */
function concatText(value: unknown, column: number): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) {
    return value
      .map((item) => (normalize(item) === null ? '' : concatText(item, column)))
      .join(',');
  }
  const text = scalarText(value);
  if (text === undefined || isRecord(value)) {
    throw evaluationError(`Operator '+' cannot join ${describeType(value)} to text`, column);
  }
  return text;
}

/**
 * `- * / %` on numbers only ([SpEL], §3). Division of two whole numbers truncates like Java's
 * int division (JS cannot tell 2.0 from 2, so any whole numbers count as ints). Division by
 * zero is an error rather than Java's Infinity for doubles, which has no JSON form.
 */
function arithmetic(
  operator: '-' | '*' | '/' | '%',
  left: unknown,
  right: unknown,
  column: number,
) {
  const a = normalize(left);
  const b = normalize(right);
  if (typeof a !== 'number' || typeof b !== 'number') {
    throw evaluationError(
      `Operator '${operator}' needs numbers, got ${describeType(a)} and ${describeType(b)}`,
      column,
    );
  }
  switch (operator) {
    case '-':
      return a - b;
    case '*':
      return a * b;
    default:
      if (b === 0) throw evaluationError('Division by zero', column);
      if (operator === '%') return a % b;
      return Number.isInteger(a) && Number.isInteger(b) ? Math.trunc(a / b) : a / b;
  }
}
