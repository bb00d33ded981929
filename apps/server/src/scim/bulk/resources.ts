import type { ScimServices } from '../services.ts';
import type { ResourceKind } from './target.ts';

/** What a bulk result needs from a write: the id (for references and location) and the version (ETag). */
export interface Written {
  id: string;
  version: number;
}

/** The Users, Groups and ServiceAccounts services behind one interface; each call is its own transaction. */
export interface ResourceWriter {
  create(kind: ResourceKind, body: unknown): Promise<Written>;
  replace(kind: ResourceKind, id: string, body: unknown, ifMatch: string | null): Promise<Written>;
  patch(kind: ResourceKind, id: string, body: unknown, ifMatch: string | null): Promise<Written>;
  delete(kind: ResourceKind, id: string, ifMatch: string | null): Promise<void>;
}

/** Bulk results carry no resource bodies, so groups are written without reading members back. */
const NO_MEMBERS = { withMembers: false };

export function resourceWriter(services: ScimServices, tenantId: string): ResourceWriter {
  const { users, groups, serviceAccounts } = services;
  const user = async (view: Promise<{ user: Written }>) => pick((await view).user);
  const group = async (view: Promise<{ group: Written }>) => pick((await view).group);
  const account = async (view: Promise<{ account: Written }>) => pick((await view).account);
  return {
    create: (kind, body) => {
      switch (kind) {
        case 'Users':
          return user(users.create(tenantId, body));
        case 'Groups':
          return group(groups.create(tenantId, body, NO_MEMBERS));
        case 'ServiceAccounts':
          return account(serviceAccounts.create(tenantId, body));
      }
    },
    replace: (kind, id, body, ifMatch) => {
      switch (kind) {
        case 'Users':
          return user(users.replace(tenantId, id, body, ifMatch));
        case 'Groups':
          return group(groups.replace(tenantId, id, body, ifMatch, NO_MEMBERS));
        case 'ServiceAccounts':
          return account(serviceAccounts.replace(tenantId, id, body, ifMatch));
      }
    },
    patch: (kind, id, body, ifMatch) => {
      switch (kind) {
        case 'Users':
          return user(users.patch(tenantId, id, body, ifMatch));
        case 'Groups':
          return group(groups.patch(tenantId, id, body, ifMatch, NO_MEMBERS));
        case 'ServiceAccounts':
          return account(serviceAccounts.patch(tenantId, id, body, ifMatch));
      }
    },
    delete: (kind, id, ifMatch) => {
      switch (kind) {
        case 'Users':
          return users.delete(tenantId, id, ifMatch);
        case 'Groups':
          return groups.delete(tenantId, id, ifMatch);
        case 'ServiceAccounts':
          return serviceAccounts.delete(tenantId, id, ifMatch);
      }
    },
  };
}

function pick({ id, version }: Written): Written {
  return { id, version };
}
