/**
 * How the app's SCIM connection authenticates (Okta's "HTTP Header" or Basic Auth,
 * idp-wire-behavior §1.1). Okta's OAuth mode is not modelled.
 */
export type Authentication =
  { type: 'bearer'; token: string } | { type: 'basic'; username: string; password: string };

export function authorizationHeader(auth: Authentication): string {
  if (auth.type === 'bearer') return `Bearer ${auth.token}`;
  return `Basic ${base64(`${auth.username}:${auth.password}`)}`;
}

/** The header as the log shows it: scheme kept, secret masked. */
export function maskAuthorization(value: string): string {
  const scheme = value.split(' ', 1)[0] ?? '';
  return scheme === value ? '••••' : `${scheme} ••••`;
}

/** UTF-8 safe; btoa exists in browsers and in Node. */
function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}
