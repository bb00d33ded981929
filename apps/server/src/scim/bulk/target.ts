import { ScimError } from '@scim/schema';
import { decodeParam } from '../route-input.ts';

export type ResourceKind = 'Users' | 'Groups' | 'ServiceAccounts';
export type BulkMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What one bulk operation addresses. `id` may still be a `bulkId:` reference. */
export type Target =
  | { method: 'POST'; kind: ResourceKind }
  | { method: Exclude<BulkMethod, 'POST'>; kind: ResourceKind; id: string };

const KINDS: Record<string, ResourceKind> = {
  users: 'Users',
  groups: 'Groups',
  serviceaccounts: 'ServiceAccounts',
};
const METHODS = new Set<string>(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * RFC 7644 §3.7: "If "method" is "POST", the value must specify a resource
 * type endpoint, e.g., /Users or /Groups, whereas all other "method" values
 * must specify the path to a specific resource". Resource type names in any
 * case; leading and trailing slashes optional.
 */
export function parseTarget(method: string, path: unknown): Target {
  if (!METHODS.has(method)) {
    throw ScimError.of(
      'invalidSyntax',
      `Unsupported method '${method}'; use POST, PUT, PATCH or DELETE`,
    );
  }
  if (typeof path !== 'string' || path.trim() === '')
    throw ScimError.of('invalidSyntax', 'path is required');
  const segments = path
    .trim()
    .replace(/^\/+|\/+$/g, '')
    .split('/');
  const kind = KINDS[(segments[0] ?? '').toLowerCase()];
  if (kind === undefined || /[?#]/.test(path))
    throw ScimError.of(
      'invalidPath',
      `'${path}' is not /Users, /Groups or /ServiceAccounts, or a resource in them`,
    );
  if (method === 'POST') {
    if (segments.length !== 1)
      throw ScimError.of(
        'invalidPath',
        `POST must target /Users, /Groups or /ServiceAccounts, not '${path}'`,
      );
    return { method, kind };
  }
  const id = segments[1];
  if (segments.length !== 2 || id === undefined || id === '')
    throw ScimError.of(
      'invalidPath',
      `${method} must target /Users/{id}, /Groups/{id} or /ServiceAccounts/{id}, not '${path}'`,
    );
  return { method: method as Exclude<BulkMethod, 'POST'>, kind, id: decodeParam(id) };
}
