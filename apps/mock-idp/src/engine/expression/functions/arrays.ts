import { describeType, normalize, scalarText, valuesEqual } from '../values.ts';
import { arrayArg, flattenValues, integerArg } from './arguments.ts';
import { type FunctionTable, fixed } from './types.ts';

/**
 * Arrays.* (okta-expression-language §5.2). Every array parameter also takes a CSV string
 * (§5.2). Results are new arrays; context data is never changed.
 */

/**
 * Items compare as `==` does, except that a number also equals its text, because CSV input
 * turns {10,20} into "10","20" and Arrays.contains('10,20', 10) should still be true
 * (doc silent; forgiving).
 */
function sameItem(item: unknown, value: unknown): boolean {
  if (valuesEqual(item, value)) return true;
  const a = normalize(item);
  const b = normalize(value);
  if (typeof a === 'number' && typeof b === 'string') return String(a) === b.trim();
  if (typeof a === 'string' && typeof b === 'number') return a.trim() === String(b);
  return false;
}

export const arrayFunctions: FunctionTable = {
  /** Null is treated as the empty array (doc silent; forgiving). */
  'Arrays.add': fixed('(array, value)', 2, (args, env) => [
    ...(arrayArg(args[0], env, 'array') ?? []),
    normalize(args[1]),
  ]),
  /** Removes every equal item, so the result surely lacks the value (doc silent). */
  'Arrays.remove': fixed('(array, value)', 2, (args, env) =>
    (arrayArg(args[0], env, 'array') ?? []).filter((item) => !sameItem(item, args[1])),
  ),
  'Arrays.clear': fixed('(array)', 1, (args, env) => {
    arrayArg(args[0], env, 'array');
    return [];
  }),
  /** 0-based; an index outside the array gives null rather than failing (doc silent). */
  'Arrays.get': fixed('(array, index)', 2, (args, env) => {
    const array = arrayArg(args[0], env, 'array');
    const index = integerArg(args[1], env, 'index');
    return array === null || index < 0 || index >= array.length ? null : normalize(array[index]);
  }),
  /** Arrays.flatten(10, {20,30}, 40) and Arrays.flatten('10, 20, 30, 40') (§5.2). */
  'Arrays.flatten': {
    params: '(value, ...)',
    minArgs: 1,
    maxArgs: Infinity,
    call: (args, env) => flattenValues(args, env, true),
  },
  'Arrays.contains': fixed('(array, value)', 2, (args, env) =>
    (arrayArg(args[0], env, 'array') ?? []).some((item) => sameItem(item, args[1])),
  ),
  /** Arrays.size(NULL) is 0 (§5.2, §7). */
  'Arrays.size': fixed('(array)', 1, (args, env) => arrayArg(args[0], env, 'array')?.length ?? 0),
  /** Arrays.isEmpty(NULL) is true (§5.2, §7). */
  'Arrays.isEmpty': fixed(
    '(array)',
    1,
    (args, env) => (arrayArg(args[0], env, 'array')?.length ?? 0) === 0,
  ),
  /** Joined with ',' exactly: no trimming, no spaces added (§5.2). Null items print as "". */
  'Arrays.toCsvString': fixed('(array)', 1, (args, env) => {
    const array = arrayArg(args[0], env, 'array');
    if (array === null) return null;
    return array
      .map((item) => {
        const value = normalize(item);
        if (value === null) return '';
        const text = scalarText(value);
        if (text === undefined)
          env.fail(`Arrays.toCsvString cannot print ${describeType(value)} item`);
        return text;
      })
      .join(',');
  }),
};
