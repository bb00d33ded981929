import type { ServiceProviderFeatures } from '@scim/schema';
import type { Store } from '../store/port.ts';
import { GroupService } from './groups/service.ts';
import type { ListLimits } from './query/list-params.ts';
import { UserService } from './users/service.ts';

export interface ScimServices {
  users: UserService;
  groups: GroupService;
  features: ServiceProviderFeatures;
}

export function createScimServices(store: Store, limits: ListLimits): ScimServices {
  return {
    users: new UserService(store, limits),
    groups: new GroupService(store, limits),
    // Truthful ServiceProviderConfig (RFC 7643 §5): what this build does today.
    features: {
      patch: true,
      bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
      filter: { supported: true, maxResults: limits.maxCount },
      changePassword: false,
      sort: false,
      etag: true,
    },
  };
}
