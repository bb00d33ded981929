/**
 * The identity provider a tenant is provisioned by, and the one place that
 * maps it to response preferences. Request parsing stays tolerant for all
 * of them; only what we answer differs.
 */
export const IDP_CLIENTS = [
  'okta',
  'entra',
  'pingfederate',
  'onelogin',
  'sailpoint',
  'generic',
] as const;

export type IdpClient = (typeof IDP_CLIENTS)[number];

export interface ResponsePreferences {
  /** Answer a successful group PATCH with 204 instead of the group. */
  minimalGroupPatch: boolean;
}

/**
 * Entra: group PATCH "should yield 204"; returning all members "isn't advisable"
 * (idp-wire-behavior.md §3.3 E-15). Okta accepts both; the others are not known to care.
 */
export function responsePreferences(client: IdpClient): ResponsePreferences {
  return { minimalGroupPatch: client === 'entra' };
}
