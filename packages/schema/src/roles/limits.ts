/**
 * Bounds on role input. `roles` arrives straight from request bodies, so every loop and parse in
 * this folder is bounded before it starts.
 */

/** Entries read from one `roles` array; a principal holds at most one assignment per type. */
export const MAX_ROLE_ENTRIES = 256;

/** Longest role type looked at; longer ones are refused before any matching. */
export const MAX_ROLE_TYPE_LENGTH = 128;

/** Longest workspace or secret scope name: keeps `secret_scope_<name>` (≤ 77) under the type cap. */
export const MAX_ROLE_NAME_LENGTH = 64;

/** Longest JSON-encoded value (Entra, idp-wire-behavior.md §3.3 E-10) handed to JSON.parse. */
export const MAX_ENCODED_ROLE_VALUE_LENGTH = 4096;
