import type { WriteScope } from '../../store/port.ts';
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

export function resourceWriter(services: ScimServices, scope: WriteScope): ResourceWriter {
  const { users, groups, serviceAccounts } = services;
  const user = async (view: Promise<{ user: Written }>) => pick((await view).user);
  const group = async (view: Promise<{ group: Written }>) => pick((await view).group);
  const account = async (view: Promise<{ account: Written }>) => pick((await view).account);
  return {
    create: (kind, body) => {
      switch (kind) {
        case 'Users':
          return user(users.create(scope, body));
        case 'Groups':
          return group(groups.create(scope, body, NO_MEMBERS));
        case 'ServiceAccounts':
          return account(serviceAccounts.create(scope, body));
      }
    },
    replace: (kind, id, body, ifMatch) => {
      switch (kind) {
        case 'Users':
          return user(users.replace(scope, id, body, ifMatch));
        case 'Groups':
          return group(groups.replace(scope, id, body, ifMatch, NO_MEMBERS));
        case 'ServiceAccounts':
          return account(serviceAccounts.replace(scope, id, body, ifMatch));
      }
    },
    patch: (kind, id, body, ifMatch) => {
      switch (kind) {
        case 'Users':
          return user(users.patch(scope, id, body, ifMatch));
        case 'Groups':
          return group(groups.patch(scope, id, body, ifMatch, NO_MEMBERS));
        case 'ServiceAccounts':
          return account(serviceAccounts.patch(scope, id, body, ifMatch));
      }
    },
    delete: (kind, id, ifMatch) => {
      switch (kind) {
        case 'Users':
          return users.delete(scope, id, ifMatch);
        case 'Groups':
          return groups.delete(scope, id, ifMatch);
        case 'ServiceAccounts':
          return serviceAccounts.delete(scope, id, ifMatch);
      }
    },
  };
}

function pick({ id, version }: Written): Written {
  return { id, version };
}
