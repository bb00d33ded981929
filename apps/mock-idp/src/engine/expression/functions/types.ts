import type { ExpressionContext, ResolvedOptions } from '../context.ts';

/** What a function sees of the evaluation besides its arguments. */
export interface CallEnv {
  /** Registry name, e.g. "String.substring", for messages. */
  readonly name: string;
  readonly context: ExpressionContext;
  readonly options: ResolvedOptions;
  /** Throws an evaluation error pointing at the call. */
  fail(detail: string, hint?: string): never;
  /** Parses and evaluates an expression given as text (getFilteredGroups), with extra roots. */
  evaluateNested(source: string, roots: Record<string, unknown>): unknown;
}

export interface FunctionDef {
  /** Parameter list shown in argument-count errors, e.g. "(str, start, end)". */
  params: string;
  minArgs: number;
  /** Infinity for varargs. */
  maxArgs: number;
  /** A further rule on the argument count (String.stringSwitch takes key/value pairs). */
  argCountProblem?: (count: number) => string | undefined;
  /** Set when Okta has the function but not where mappings run (§5.4 Groups.*). */
  unavailable?: string;
  call(args: readonly unknown[], env: CallEnv): unknown;
}

export type FunctionTable = Record<string, FunctionDef>;

/** Shorthand for the common fixed-arity case. */
export function fixed(params: string, count: number, call: FunctionDef['call']): FunctionDef {
  return { params, minArgs: count, maxArgs: count, call };
}
