import { bulkRouter } from './bulk/router.ts';
import { discoveryRouter } from './discovery/router.ts';
import { groupsRouter } from './groups/router.ts';
import { rolesRouter } from './roles/router.ts';
import { searchRouter } from './search/router.ts';
import { serviceAccountsRouter } from './service-accounts/router.ts';
import { createScimRouter } from './trpc.ts';
import { usersRouter } from './users/router.ts';

/** The SCIM wire API under /scim/v2/{tenant}. */
export const scimRouter = createScimRouter({
  discovery: discoveryRouter,
  users: usersRouter,
  groups: groupsRouter,
  serviceAccounts: serviceAccountsRouter,
  search: searchRouter,
  roles: rolesRouter,
  bulk: bulkRouter,
});

export type ScimRouter = typeof scimRouter;
