import { MAX_VALUE_DEPTH } from '../limits.ts';
import { describeType, isRecord, normalize, scalarText } from '../values.ts';
import type { CallEnv } from './types.ts';

/**
 * Converting call arguments to the Java parameter types Okta's functions declare. SpEL
 * converts numbers and Booleans to String and numeric text to numbers, so these do too.
 */

/** A String parameter: null stays null (callers decide what null means), scalars become text. */
export function textArg(value: unknown, env: CallEnv, param: string): string | null {
  const normalized = normalize(value);
  if (normalized === null) return null;
  const text = scalarText(normalized);
  if (text === undefined)
    env.fail(`${env.name} expects text for ${param}, got ${describeType(value)}`);
  return text;
}

/** An int parameter: numbers are truncated like Java's intValue, numeric text is parsed. */
export function integerArg(value: unknown, env: CallEnv, param: string): number {
  const normalized = normalize(value);
  const number =
    typeof normalized === 'number'
      ? normalized
      : typeof normalized === 'string' && /^\s*[+-]?\d+(\.\d+)?\s*$/.test(normalized)
        ? Number(normalized)
        : undefined;
  if (number === undefined || !Number.isFinite(number)) {
    env.fail(`${env.name} expects a number for ${param}, got ${describeType(value)}`);
  }
  return Math.trunc(number);
}

/**
 * An array parameter. "All Arrays.* accept a CSV string where an array is expected" (§5.2);
 * items are trimmed because the doc shows Arrays.flatten('10, 20, 30, 40') as {10,20,30,40}.
 * The empty string (a cleared attribute, §7) is the empty array; another scalar is a
 * one-item array. Null stays null so each function can apply its documented null rule.
 */
export function arrayArg(value: unknown, env: CallEnv, param: string): unknown[] | null {
  const normalized = normalize(value);
  if (normalized === null) return null;
  if (Array.isArray(normalized)) return normalized as unknown[];
  if (typeof normalized === 'string') return splitCsv(normalized);
  if (isRecord(normalized)) env.fail(`${env.name} expects an array for ${param}, got an object`);
  return [normalized];
}

export function splitCsv(text: string): string[] {
  return text.trim() === '' ? [] : text.split(',').map((item) => item.trim());
}

/**
 * Flattens nested arrays in order, skipping nulls; bounded because context data may be
 * cyclic. With `csv`, top-level strings are split like an array argument (§5.2).
 */
export function flattenValues(
  values: readonly unknown[],
  env: CallEnv,
  csv: boolean,
  depth = 0,
): unknown[] {
  if (depth > MAX_VALUE_DEPTH) env.fail(`${env.name}: arrays are nested too deeply`);
  const result: unknown[] = [];
  for (const value of values) {
    const normalized = normalize(value);
    if (normalized === null) continue;
    if (Array.isArray(normalized)) result.push(...flattenValues(normalized, env, false, depth + 1));
    else if (csv && typeof normalized === 'string') result.push(...splitCsv(normalized));
    else result.push(normalized);
  }
  return result;
}
