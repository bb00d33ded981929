import { createEntraProfile } from './entra.ts';
import { createOktaProfile } from './okta.ts';
import type { RequestProfileName } from './profile-names.ts';
import type { RequestProfile } from './request-profile.ts';

const PROFILES: Record<RequestProfileName, RequestProfile> = {
  'okta-oin': createOktaProfile('oin'),
  'okta-aiw': createOktaProfile('aiw'),
  entra: createEntraProfile(false),
  'entra-flag': createEntraProfile(true),
};

export function requestProfile(name: RequestProfileName): RequestProfile {
  return PROFILES[name];
}

export function allRequestProfiles(): RequestProfile[] {
  return Object.values(PROFILES);
}
