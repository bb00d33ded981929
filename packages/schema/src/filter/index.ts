/** SCIM filter grammar and evaluation (RFC 7644 §3.4.2.2). */
export type { AttributePath, CompareOperator, Filter, FilterValue } from './ast.ts';
export { COMPARE_OPERATORS } from './operators.ts';
export { MAX_FILTER_LENGTH, parseFilter } from './parse.ts';
export { MAX_FILTER_DEPTH } from './parser.ts';
export { printAttributePath, printFilter } from './print.ts';
export { matchesFilter, type EvaluationOptions } from './evaluate.ts';
