import { removeAttribute, writeAttribute } from '../app-profile/resource-paths.ts';
import type { DesiredUser, ScimResource } from './request-profile.ts';

/**
 * Okta's profile update (idp-wire-behavior §1.2 O-6): take what the server returned, lay the
 * mapped attributes over it, and send the whole object back, `id`, `meta` and `groups` included.
 * A mapped attribute without a value is removed, so a cleared role slot leaves `roles`.
 */
export function overlayUser(current: ScimResource, user: DesiredUser): ScimResource {
  const resource = structuredClone(current);
  for (const { location, value } of user.sent) {
    if (value === null) removeAttribute(resource, location);
    else writeAttribute(resource, location, value);
  }
  return resource;
}
