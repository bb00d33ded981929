import { arrayFunctions } from './arrays.ts';
import { convertFunctions } from './convert.ts';
import { groupFunctions } from './groups.ts';
import { iso3166Functions } from './iso3166.ts';
import { stringFunctions } from './strings.ts';
import { timeFunctions } from './time.ts';
import type { FunctionDef, FunctionTable } from './types.ts';
import { userFunctions } from './users.ts';

/**
 * Every function the language knows, by the name it is written with (§5): namespaced
 * (`String.len`), bare (`isMemberOfGroupName`) and user methods (`user.getGroups`).
 * Names are case-sensitive, like the Java methods behind them.
 */
const FUNCTIONS: FunctionTable = {
  ...stringFunctions,
  ...arrayFunctions,
  ...convertFunctions,
  ...iso3166Functions,
  ...groupFunctions,
  ...userFunctions,
  ...timeFunctions,
};

/** Prefixes written as `Namespace.function(...)`, never as values (§3 primary). */
export const NAMESPACES: ReadonlySet<string> = new Set(
  Object.keys(FUNCTIONS)
    .map((name) => name.split('.')[0] ?? '')
    .filter((prefix) => prefix !== 'user' && /^[A-Z]/.test(prefix)),
);

export function lookupFunction(name: string): FunctionDef | undefined {
  return Object.hasOwn(FUNCTIONS, name) ? FUNCTIONS[name] : undefined;
}

/** All function names, e.g. for autocompletion. */
export function functionNames(): string[] {
  return Object.keys(FUNCTIONS);
}

/** "String.len expects 1 argument (str), got 2", or undefined when the count fits. */
export function argumentCountProblem(
  name: string,
  definition: FunctionDef,
  count: number,
): string | undefined {
  const { minArgs, maxArgs, params } = definition;
  const plural = (n: number): string => `${n} argument${n === 1 ? '' : 's'}`;
  let expected: string | undefined;
  if (minArgs === maxArgs && count !== minArgs) expected = plural(minArgs);
  else if (count < minArgs) expected = `at least ${plural(minArgs)}`;
  else if (count > maxArgs) expected = `at most ${plural(maxArgs)}`;
  if (expected) return `${name} expects ${expected} ${params}, got ${count}`;
  const extra = definition.argCountProblem?.(count);
  return extra ? `${name} ${params}: ${extra}` : undefined;
}
