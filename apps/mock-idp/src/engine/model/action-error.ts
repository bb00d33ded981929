/** An action the engine refuses (unknown person, duplicate login, invalid expression…). */
export class IdpActionError extends Error {
  override readonly name = 'IdpActionError';
  constructor(
    message: string,
    /** 1-based column in the expression or external name the message is about. */
    readonly column?: number,
  ) {
    super(message);
  }
}
