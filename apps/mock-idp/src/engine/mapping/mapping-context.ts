import type { ExpressionContext } from '../expression/index.ts';
import type { DirectoryIndex } from '../model/directory-index.ts';
import type { Person } from '../model/directory.ts';
import type { IdpState } from '../model/state.ts';

/** `user.getInternalProperty("status")` (okta-expression-language §4). */
const internalStatus: Record<Person['status'], string> = {
  ACTIVE: 'ACTIVE',
  SUSPENDED: 'SUSPENDED',
  DEACTIVATED: 'DEPROVISIONED',
};

/** What an Okta → app mapping sees for one person (okta-expression-language §4). */
export function mappingContext(
  state: IdpState,
  index: DirectoryIndex,
  person: Person,
  appUserProfile: Record<string, unknown> | undefined,
): ExpressionContext {
  return {
    user: { ...person.profile },
    groups: index.expressionGroupsOf(person.id),
    ...(appUserProfile ? { appuser: appUserProfile } : {}),
    app: { name: state.app.name, label: state.app.label },
    org: { name: state.org.name, subDomain: state.org.subDomain },
    internal: { id: person.id, status: internalStatus[person.status] },
  };
}
