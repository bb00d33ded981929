import type { Authentication } from '../scim-client/authentication.ts';
import type { RequestProfileName } from '../profiles/profile-names.ts';

/** Profile Editor data types (the ones SCIM apps use). */
export type AttributeDataType = 'string' | 'boolean' | 'integer' | 'number' | 'string array';

/**
 * Profile Editor "Attribute type": Personal values are set per user (and win over group
 * values); Group values come from the group assignment (and win over the user's).
 */
export type AttributeScope = 'personal' | 'group';

export interface EnumMember {
  displayName: string;
  value: string;
}

/** One attribute of the app user profile (Profile Editor, idp-wire-behavior §1.4). */
export interface AppAttribute {
  /** Okta-internal name, used by mappings and assignments: `workspace_prod`. */
  variableName: string;
  displayName: string;
  dataType: AttributeDataType;
  /** Path inside the SCIM resource: `name.givenName`, `roles.^[type=='workspace_prod'].value`. */
  externalName: string;
  /** Schema URN the attribute belongs to; null means it is never sent (§1.4). */
  externalNamespace: string | null;
  description?: string;
  /** Allowed values; assignments offer these as a drop-down. */
  enum?: EnumMember[];
  scope: AttributeScope;
  /**
   * The element a `^[…]` selector creates also gets `primary: true`, as Okta's template does
   * for the work email (§1.2 O-3).
   */
  primary?: boolean;
}

/** Mapping "Apply on": Okta's pushStatus PUSH / DONT_PUSH (okta-expression-language §1). */
export type MappingApply = 'createAndUpdate' | 'createOnly';

/** Okta user → app user mapping of one app attribute. */
export interface AttributeMapping {
  /** Okta Expression Language: `user.firstName`, `isMemberOfGroupName("ML Ops") ? "owner" : null`. */
  expression: string;
  apply: MappingApply;
}

/** Provisioning › To App. */
export interface ToAppSwitches {
  createUsers: boolean;
  updateUserAttributes: boolean;
  deactivateUsers: boolean;
  syncPassword: boolean;
}

export interface UserAssignment {
  personId: string;
  /** Personal attribute values set on the assignment, by variable name. */
  values: Record<string, unknown>;
}

export interface GroupAssignment {
  groupId: string;
  /** Group attribute values set on the group assignment, by variable name. */
  values: Record<string, unknown>;
}

/** Push Groups settings (idp-wire-behavior §2). */
export interface PushSettings {
  /** Default of the "Push group memberships immediately" checkbox. */
  pushMembershipsImmediately: boolean;
  /** "Rename app groups to match group name in Okta" when linking. */
  renameOnLink: boolean;
}

export interface AppConnection {
  /** SCIM connector base URL, e.g. `https://host/scim/v2/acme`. */
  baseUrl: string;
  auth: Authentication;
  /** "Unique identifier field for users"; lookups filter on it (§1.2 O-2). */
  uniqueIdentifier: 'userName';
}

/** One application instance pointing at one SCIM target. */
export interface App {
  /** Instance name, the `app.*`/`$app` binding in expressions: `tecton`. */
  name: string;
  label: string;
  /** Which IdP's requests the app sends (idp-wire-behavior §7). */
  requestProfile: RequestProfileName;
  connection: AppConnection;
  switches: ToAppSwitches;
  attributes: AppAttribute[];
  /** By variable name; attributes without a mapping take assignment values. */
  mappings: Record<string, AttributeMapping>;
  userAssignments: UserAssignment[];
  /** In priority order: the first group that sets a value wins (§1.4, Datadog note). */
  groupAssignments: GroupAssignment[];
  pushSettings: PushSettings;
}
