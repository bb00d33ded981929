/**
 * 'syntax': found without a context (lexing, parsing, unknown functions, argument counts),
 * so checkExpression can show it inline. 'evaluation': found while evaluating for one person.
 */
export type ExpressionErrorKind = 'syntax' | 'evaluation';

/** Every failure of the expression language, pointing at a 1-based column of the source. */
export class ExpressionError extends Error {
  override readonly name = 'ExpressionError';
  readonly kind: ExpressionErrorKind;
  /**
   * 1-based column of the offending token, counted in UTF-16 code units from the start of the
   * source (newlines included), which is what a textarea's selectionStart counts too.
   */
  readonly column: number;
  /** The message without the trailing " at column N", for UIs that show the column apart. */
  readonly detail: string;
  /** A suggestion such as "Did you mean String.toLowerCase?", when one is known. */
  readonly hint: string | undefined;

  /** `where` joins detail and column: "Unterminated string starting at column 5". */
  constructor(
    kind: ExpressionErrorKind,
    detail: string,
    column: number,
    hint?: string,
    where = 'at',
  ) {
    super(`${detail} ${where} column ${column}`);
    this.kind = kind;
    this.detail = detail;
    this.column = column;
    this.hint = hint;
  }
}

export function syntaxError(detail: string, column: number, hint?: string): ExpressionError {
  return new ExpressionError('syntax', detail, column, hint);
}

export function evaluationError(detail: string, column: number, hint?: string): ExpressionError {
  return new ExpressionError('evaluation', detail, column, hint);
}
