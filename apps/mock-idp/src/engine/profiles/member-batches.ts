/**
 * Membership changes of big groups go out in batches. Neither Okta nor Entra documents its
 * batch size (idp-wire-behavior §8 "Entra's maximum members per PATCH op"); 100 keeps each
 * request small. "Push Now" is never split: a replace must carry the whole list.
 */
export const MEMBERS_PER_REQUEST = 100;

export function inBatches<T>(items: readonly T[], size = MEMBERS_PER_REQUEST): T[][] {
  const batches: T[][] = [];
  for (let start = 0; start < items.length; start += size) {
    batches.push(items.slice(start, start + size));
  }
  return batches;
}
