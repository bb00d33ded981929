/**
 * Filter query strings as each IdP encodes them: Okta percent-encodes spaces and quotes and
 * adds `startIndex=1&count=100` (idp-wire-behavior §1.2 O-2, O-11); Entra writes `+` for spaces
 * (§3.3 E-2) and asks groups without members (E-14).
 */

/** `attribute eq "value"`, the value quoted as a JSON string (RFC 7644 §3.4.2.2). */
function equalityFilter(attribute: string, value: string): string {
  return `${attribute} eq ${JSON.stringify(value)}`;
}

export function oktaFilterQuery(attribute: string, value: string): string {
  return `filter=${encodeURIComponent(equalityFilter(attribute, value))}&startIndex=1&count=100`;
}

export function entraFilterQuery(attribute: string, value: string): string {
  return `filter=${encodeURIComponent(equalityFilter(attribute, value)).replace(/%20/g, '+')}`;
}

export const ENTRA_WITHOUT_MEMBERS = 'excludedAttributes=members';
