import type { CompareOperator } from './ast.ts';

/** RFC 7644 §3.4.2.2 Table 3, in the lower case the AST stores. */
export const COMPARE_OPERATORS: readonly CompareOperator[] = [
  'eq',
  'ne',
  'co',
  'sw',
  'ew',
  'gt',
  'lt',
  'ge',
  'le',
];

/** Operators that order values; RFC 7644 §3.4.2.2 rejects them for booleans (and null has no order). */
export const ORDERING_OPERATORS: readonly CompareOperator[] = ['gt', 'lt', 'ge', 'le'];

export function isCompareOperator(word: string): word is CompareOperator {
  return (COMPARE_OPERATORS as readonly string[]).includes(word);
}
