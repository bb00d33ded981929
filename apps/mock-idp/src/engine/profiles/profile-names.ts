/** The request profiles of idp-wire-behavior §7 that the engine implements. */
export const REQUEST_PROFILE_NAMES = ['okta-oin', 'okta-aiw', 'entra', 'entra-flag'] as const;

export type RequestProfileName = (typeof REQUEST_PROFILE_NAMES)[number];

export function isRequestProfileName(name: string): name is RequestProfileName {
  return (REQUEST_PROFILE_NAMES as readonly string[]).includes(name);
}
