import { describeType, normalize } from '../values.ts';
import { type CallEnv, type FunctionTable, fixed } from './types.ts';

/** Convert.* (okta-expression-language §5.3). Null converts to null (doc silent; forgiving). */

const DECIMAL_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function numberFrom(value: unknown, env: CallEnv): number | null {
  const normalized = normalize(value);
  if (normalized === null) return null;
  if (typeof normalized === 'number') return normalized;
  if (typeof normalized === 'string' && DECIMAL_TEXT.test(normalized.trim())) {
    return Number(normalized.trim());
  }
  // OIE: "non-numeric text throws" (§5.3).
  const shown = typeof normalized === 'string' ? `'${normalized}'` : describeType(normalized);
  return env.fail(`${env.name} cannot convert ${shown} to a number`);
}

export const convertFunctions: FunctionTable = {
  /**
   * Rounds half up (123.4 → 123, 123.6 → 124, -1.6 → -2), then keeps the low 32 bits like
   * Java's (int) cast of Math.round: the doc's '-2147483649' → 2147483647 and
   * 2147483647.7 → -2147483648 are both that wrap-around (§5.3).
   */
  'Convert.toInt': fixed('(value)', 1, (args, env) => {
    const number = numberFrom(args[0], env);
    if (number === null) return null;
    if (!Number.isFinite(number)) env.fail(`${env.name} cannot convert ${number} to an integer`);
    return Math.round(number) | 0;
  }),
  'Convert.toNum': fixed('(value)', 1, (args, env) => numberFrom(args[0], env)),
};
