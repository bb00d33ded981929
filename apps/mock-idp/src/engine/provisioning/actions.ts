/**
 * Everything the mock IdP can be asked to do: an admin's clicks in Okta's console (directory,
 * assignments, Profile Editor, mappings, Push Groups, Import) plus two diagnostics (Test
 * Connection and a raw SCIM request). Actions are plain data, so a UI, a scenario file and a
 * test drive the engine the same way.
 */
import type {
  AppAttribute,
  AppConnection,
  AttributeMapping,
  PushSettings,
  ToAppSwitches,
} from '../model/app.ts';
import type { NewGroup, NewGroupRule, NewPerson } from '../model/directory-changes.ts';
import type { PersonProfile } from '../model/directory.ts';
import type { RequestProfileName } from '../profiles/profile-names.ts';
import type { HttpMethod } from '../scim-client/scim-client.ts';

export type AssignmentTarget = { personId: string } | { groupId: string };

export interface NewPushRule {
  name: string;
  nameStartsWith?: string;
  nameContains?: string;
}

export type IdpAction =
  | { type: 'testConnection' }
  | { type: 'addPerson'; person: NewPerson }
  /** Many people at once (a CSV import or a generated test population): one state change. */
  | { type: 'addPeople'; people: NewPerson[] }
  | { type: 'updatePerson'; personId: string; profile: Partial<PersonProfile> }
  | { type: 'deactivatePerson'; personId: string }
  | { type: 'reactivatePerson'; personId: string }
  /** Blocks sign-in only: the app account stays as it is and nothing is sent. */
  | { type: 'suspendPerson'; personId: string }
  | { type: 'unsuspendPerson'; personId: string }
  | { type: 'deletePerson'; personId: string }
  | { type: 'setPassword'; personId: string; password: string }
  | { type: 'addGroup'; group: NewGroup }
  | { type: 'renameGroup'; groupId: string; name: string }
  | { type: 'addToGroup'; groupId: string; personIds: string[] }
  | { type: 'removeFromGroup'; groupId: string; personIds: string[] }
  | { type: 'addGroupRule'; rule: NewGroupRule }
  | { type: 'setGroupRuleActive'; ruleId: string; active: boolean }
  | { type: 'assignUser'; personId: string; values?: Record<string, unknown> }
  | { type: 'unassignUser'; personId: string }
  | { type: 'assignGroup'; groupId: string; values?: Record<string, unknown> }
  | { type: 'unassignGroup'; groupId: string }
  | { type: 'setAssignmentValues'; target: AssignmentTarget; values: Record<string, unknown> }
  | { type: 'addAttribute'; attribute: AppAttribute }
  /** Profile Editor: replaces the attribute named `variableName` (which stays the same). */
  | { type: 'updateAttribute'; attribute: AppAttribute }
  /** Profile Editor: the attribute goes, with its mapping and assignment values. */
  | { type: 'removeAttribute'; variableName: string }
  | { type: 'setMapping'; variableName: string; mapping: AttributeMapping | null }
  /** Okta's "Apply updates now" / Force Sync: re-evaluate every mapping for everyone assigned. */
  | { type: 'applyMappings' }
  | { type: 'setSwitches'; switches: Partial<ToAppSwitches> }
  /** Provisioning › Integration: where and how the app's SCIM requests go. */
  | { type: 'setConnection'; connection: Pick<AppConnection, 'baseUrl' | 'auth'> }
  /** Which IdP's request shapes the app sends (idp-wire-behavior §7). */
  | { type: 'setRequestProfile'; profile: RequestProfileName }
  | { type: 'setPushSettings'; settings: Partial<PushSettings> }
  | {
      type: 'pushGroup';
      groupId: string;
      mode: 'create' | 'link';
      /** Link: the app group's name when it differs from the Okta group's. */
      targetName?: string;
      /** Defaults to the app's "Push group memberships immediately" setting. */
      pushMemberships?: boolean;
    }
  | { type: 'addPushRule'; rule: NewPushRule }
  | { type: 'pushNow'; groupId: string }
  | { type: 'setPushActive'; groupId: string; active: boolean }
  | { type: 'unlinkPushedGroup'; groupId: string; deleteInApp: boolean }
  | { type: 'importUsers'; confirmMatches?: boolean }
  | { type: 'importGroups' }
  /** "Provision User" / retry: run the user's task again, pushing the profile even if unchanged. */
  | { type: 'provisionUser'; personId: string }
  | {
      type: 'request';
      method: HttpMethod;
      path: string;
      query?: string;
      body?: unknown;
      /** Replaces the connection's Authorization header; null sends none. */
      authorization?: string | null;
    };

export type IdpActionType = IdpAction['type'];
