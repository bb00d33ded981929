import { expect } from 'vitest';
import { ScimError } from '../errors.ts';

/** Runs `fn`, expects a ScimError, and returns it for assertions on scimType and detail. */
export function catchScimError(fn: () => unknown): ScimError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ScimError);
    return error as ScimError;
  }
  throw new Error('expected a ScimError');
}
