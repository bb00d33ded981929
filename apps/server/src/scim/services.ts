import type { ServiceProviderFeatures } from '@scim/schema';
import type { Store } from '../store/port.ts';
import { BULK_MAX_OPERATIONS, BULK_MAX_PAYLOAD_BYTES } from './bulk/limits.ts';
import { GroupService } from './groups/service.ts';
import { RoleService } from './roles/service.ts';
import type { ListLimits } from './query/list-params.ts';
import { ServiceAccountService } from './service-accounts/service.ts';
import { UserService } from './users/service.ts';

export interface ScimServices {
  users: UserService;
  groups: GroupService;
  serviceAccounts: ServiceAccountService;
  roles: RoleService;
  features: ServiceProviderFeatures;
  limits: ListLimits;
}

export function createScimServices(store: Store, limits: ListLimits): ScimServices {
  return {
    users: new UserService(store),
    groups: new GroupService(store),
    serviceAccounts: new ServiceAccountService(store),
    roles: new RoleService(store),
    limits,
    // Truthful ServiceProviderConfig (RFC 7643 §5): what this build does today.
    features: {
      patch: true,
      bulk: {
        supported: true,
        maxOperations: BULK_MAX_OPERATIONS,
        maxPayloadSize: BULK_MAX_PAYLOAD_BYTES,
      },
      filter: { supported: true, maxResults: limits.maxCount },
      changePassword: false,
      sort: true,
      etag: true,
      // Index paging stays the default: Okta and Entra page by startIndex.
      pagination: {
        cursor: true,
        index: true,
        defaultPaginationMethod: 'index',
        defaultPageSize: limits.defaultCount,
        maxPageSize: limits.maxCount,
      },
    },
  };
}
