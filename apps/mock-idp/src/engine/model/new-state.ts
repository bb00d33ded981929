import { templateAttributes, templateMappings } from '../app-profile/okta-scim-template.ts';
import type { RequestProfileName } from '../profiles/profile-names.ts';
import type { Authentication } from '../scim-client/authentication.ts';
import type { App, PushSettings, ToAppSwitches } from './app.ts';
import { randomIdSeed } from './okta-ids.ts';
import type { IdpState } from './state.ts';

export interface NewStateOptions {
  baseUrl: string;
  auth: Authentication;
  requestProfile?: RequestProfileName;
  appName?: string;
  appLabel?: string;
  org?: { name: string; subDomain: string };
  switches?: Partial<ToAppSwitches>;
  pushSettings?: Partial<PushSettings>;
  /** Fixes the ids' org seed (tests); random otherwise. */
  idSeed?: string;
}

/**
 * A fresh org with one SCIM app as Okta sets it up: the template's attributes and mappings,
 * Create/Update/Deactivate on and Sync Password off (the seed's recommendation).
 */
export function createState(options: NewStateOptions): IdpState {
  const app: App = {
    name: options.appName ?? 'scim_app',
    label: options.appLabel ?? 'SCIM 2.0 app',
    requestProfile: options.requestProfile ?? 'okta-oin',
    connection: { baseUrl: options.baseUrl, auth: options.auth, uniqueIdentifier: 'userName' },
    switches: {
      createUsers: true,
      updateUserAttributes: true,
      deactivateUsers: true,
      syncPassword: false,
      ...options.switches,
    },
    attributes: templateAttributes(),
    mappings: templateMappings(),
    userAssignments: [],
    groupAssignments: [],
    pushSettings: {
      pushMembershipsImmediately: true,
      renameOnLink: false,
      ...options.pushSettings,
    },
  };
  return {
    version: 1,
    org: options.org ?? { name: 'Mock IdP', subDomain: 'mock' },
    people: {},
    groups: {},
    groupRules: {},
    app,
    appUsers: {},
    pushedGroups: {},
    pushRules: {},
    appGroups: [],
    lastImport: {},
    nextId: 1,
    idSeed: options.idSeed ?? randomIdSeed(),
  };
}
