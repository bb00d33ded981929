import { ScimError } from '../errors.ts';
import { isJsonObject } from '../normalize/resource.ts';
import type { RoleAssignment } from './assignment.ts';
import { MAX_ENCODED_ROLE_VALUE_LENGTH } from './limits.ts';
import { memberOf } from './member.ts';
import { parseRoleId } from './role-id.ts';
import { show } from './text.ts';

/**
 * Reads a role id sent as a plain string or as the `value` of an entry whose type is not ours.
 * Entra's app-role PATCH encodes a JSON document as that string (idp-wire-behavior.md §3.3 E-10):
 * `{"id":"06b0…","value":"workspace_prod:editor","displayName":"Role1234"}`, whose `value` is the
 * role id. The document is parsed once, within a size cap, and never recursively.
 */
export function readRoleIdText(text: string): RoleAssignment {
  if (!looksLikeJson(text)) return parseRoleId(text);
  if (text.length > MAX_ENCODED_ROLE_VALUE_LENGTH) {
    throw invalid(
      `JSON-encoded role value is longer than ${MAX_ENCODED_ROLE_VALUE_LENGTH} characters`,
    );
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    throw invalid(`Role value ${show(text)} is not valid JSON`);
  }
  if (!isJsonObject(document))
    throw invalid(`JSON-encoded role value ${show(text)} is not an object`);
  const inner = memberOf(document, 'value');
  if (typeof inner !== 'string' || inner === '') {
    throw invalid(`JSON-encoded role value ${show(text)} has no "value" string`);
  }
  if (looksLikeJson(inner)) {
    throw invalid(`JSON-encoded role value ${show(text)} nests another JSON document`);
  }
  return parseRoleId(inner);
}

/** Role ids start with a type letter, so a leading `{`, `[` or `"` can only mean JSON. */
function looksLikeJson(text: string): boolean {
  const first = text.trimStart().charAt(0);
  return first === '{' || first === '[' || first === '"';
}

function invalid(detail: string): ScimError {
  return ScimError.of('invalidValue', detail);
}
