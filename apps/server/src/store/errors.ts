/** A unique constraint was violated; `attribute` names the SCIM attribute. */
export class UniquenessViolation extends Error {
  override readonly name = 'UniquenessViolation';
  constructor(readonly attribute: string) {
    super(`${attribute} is already taken`);
  }
}
