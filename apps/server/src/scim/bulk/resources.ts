import type { ScimServices } from '../services.ts';
import type { ResourceKind } from './target.ts';

/** What a bulk result needs from a write: the id (for references and location) and the version (ETag). */
export interface Written {
  id: string;
  version: number;
}

/** The Users and Groups services behind one interface; each call is its own transaction. */
export interface ResourceWriter {
  create(kind: ResourceKind, body: unknown): Promise<Written>;
  replace(kind: ResourceKind, id: string, body: unknown, ifMatch: string | null): Promise<Written>;
  patch(kind: ResourceKind, id: string, body: unknown, ifMatch: string | null): Promise<Written>;
  delete(kind: ResourceKind, id: string, ifMatch: string | null): Promise<void>;
}

/** Bulk results carry no resource bodies, so groups are written without reading members back. */
const NO_MEMBERS = { withMembers: false };

export function resourceWriter(services: ScimServices, tenantId: string): ResourceWriter {
  const { users, groups } = services;
  const user = async (view: Promise<{ user: Written }>) => pick((await view).user);
  const group = async (view: Promise<{ group: Written }>) => pick((await view).group);
  return {
    create: (kind, body) =>
      kind === 'Users'
        ? user(users.create(tenantId, body))
        : group(groups.create(tenantId, body, NO_MEMBERS)),
    replace: (kind, id, body, ifMatch) =>
      kind === 'Users'
        ? user(users.replace(tenantId, id, body, ifMatch))
        : group(groups.replace(tenantId, id, body, ifMatch, NO_MEMBERS)),
    patch: (kind, id, body, ifMatch) =>
      kind === 'Users'
        ? user(users.patch(tenantId, id, body, ifMatch))
        : group(groups.patch(tenantId, id, body, ifMatch, NO_MEMBERS)),
    delete: (kind, id, ifMatch) =>
      kind === 'Users' ? users.delete(tenantId, id, ifMatch) : groups.delete(tenantId, id, ifMatch),
  };
}

function pick({ id, version }: Written): Written {
  return { id, version };
}
