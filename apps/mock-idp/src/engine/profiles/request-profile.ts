/**
 * A request profile turns provisioning intents ("create this user", "add these members") into
 * the exact request sequence of one IdP (idp-wire-behavior §7). The provisioner decides what to
 * do; the profile decides how it looks on the wire.
 */
import type { SentAttribute } from '../app-profile/serialize-app-user.ts';
import type { ProvisioningError } from '../model/provisioning-state.ts';
import type { RateLimitPolicy } from '../scim-client/rate-limit.ts';
import type { ClientHeaders, RequestCause, ScimClient } from '../scim-client/scim-client.ts';
import type { RequestProfileName } from './profile-names.ts';

export type ScimResource = Record<string, unknown>;

export interface DesiredUser {
  userName: string;
  /** The IdP's own id for the person, sent as `externalId`. */
  externalId: string;
  /** Every sent app attribute with its value (null: none), in Profile Editor order. */
  sent: SentAttribute[];
  /** The person's password with Sync Password on, else Okta's placeholder (§1.2 O-3). */
  password: string;
  /** True when the password is the person's own (Sync Password on). */
  passwordSynced: boolean;
}

/** A group member as pushed: the SCIM id and the userName Okta puts in `display` (§1.2 O-13). */
export interface MemberRef {
  id: string;
  display: string;
}

export interface GroupRef {
  id: string;
  displayName: string;
}

export interface NewGroup {
  displayName: string;
  /** The IdP's own group id. */
  externalId: string;
}

export interface MemberChange {
  add: MemberRef[];
  remove: MemberRef[];
  /** Everyone who should be a member afterwards (for profiles that send the whole list). */
  all: MemberRef[];
}

export interface ListPage {
  resources: ScimResource[];
  totalResults: number;
  itemsPerPage: number;
  startIndex: number;
}

export type Outcome<T = undefined> =
  { ok: true; value: T } | { ok: false; error: ProvisioningError };

/** What a profile needs to send one action's requests. */
export interface ProfileCall {
  client: ScimClient;
  cause: RequestCause;
  /** ISO time for error records, from the engine's clock. */
  now: () => string;
  random: () => number;
}

export interface RequestProfile {
  name: RequestProfileName;
  label: string;
  /** One line on how this profile differs on the wire. */
  summary: string;
  headers: ClientHeaders;
  rateLimit: RateLimitPolicy;
  /** Entra matches a group by displayName before creating it (§3.3 E-14); Okta does not (O-10). */
  matchesGroupBeforeCreate: boolean;

  testConnection(call: ProfileCall): Promise<Outcome>;
  /** Lookup before create by the unique identifier (O-2, E-2); undefined when there is none. */
  findUser(call: ProfileCall, userName: string): Promise<Outcome<ScimResource | undefined>>;
  createUser(call: ProfileCall, user: DesiredUser): Promise<Outcome<ScimResource>>;
  updateUser(call: ProfileCall, id: string, user: DesiredUser): Promise<Outcome>;
  setUserActive(
    call: ProfileCall,
    id: string,
    active: boolean,
    user: DesiredUser,
  ): Promise<Outcome>;
  syncPassword(call: ProfileCall, id: string, user: DesiredUser): Promise<Outcome>;
  /** Hard delete; Okta never sends one (§1.2 O-7), so its profiles send nothing. */
  deleteUser(call: ProfileCall, id: string): Promise<Outcome>;

  findGroup(call: ProfileCall, displayName: string): Promise<Outcome<ScimResource | undefined>>;
  createGroup(call: ProfileCall, group: NewGroup): Promise<Outcome<ScimResource>>;
  /** `members`: the members as last pushed, for profiles that PUT the whole group. */
  renameGroup(
    call: ProfileCall,
    group: GroupRef,
    members: MemberRef[] | undefined,
  ): Promise<Outcome>;
  /** `onProgress` hears how many member changes have been sent, after each request. */
  changeMembers(
    call: ProfileCall,
    group: GroupRef,
    change: MemberChange,
    onProgress?: (sent: number) => void,
  ): Promise<Outcome>;
  /** "Push Now": the target's membership becomes exactly `members` (§2). */
  replaceMembers(
    call: ProfileCall,
    group: GroupRef,
    members: MemberRef[],
    onProgress?: (sent: number) => void,
  ): Promise<Outcome>;
  deleteGroup(call: ProfileCall, id: string): Promise<Outcome>;

  /** One page of an import (O-4, O-12). */
  listPage(
    call: ProfileCall,
    resource: 'Users' | 'Groups',
    startIndex: number,
    count: number,
  ): Promise<Outcome<ListPage>>;
}
