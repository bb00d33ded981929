/**
 * Okta's Universal Directory as far as provisioning needs it (idp-wire-behavior §2):
 * people, groups with static members, and group rules that add members by expression.
 */

/** The Okta user profile: the four base attributes every person has, plus any custom ones. */
export interface PersonProfile {
  login: string;
  firstName: string;
  lastName: string;
  email: string;
  displayName?: string | null;
  [attribute: string]: unknown;
}

/**
 * Okta's user status, as far as provisioning cares: DEACTIVATED deprovisions; SUSPENDED only
 * blocks sign-in, keeps the app assignments and sends nothing (idp-wire-behavior §1.2 O-7).
 */
export type PersonStatus = 'ACTIVE' | 'SUSPENDED' | 'DEACTIVATED';

export interface Person {
  /** Okta user id, `00u…`. */
  id: string;
  status: PersonStatus;
  profile: PersonProfile;
  /** Sent to the app only when Sync Password is on (§1.2 O-9). */
  password?: string;
}

export interface Group {
  /** Okta group id, `00g…`. */
  id: string;
  name: string;
  description?: string;
  /** Person ids added by hand; rule members are computed (see directory-index.ts). */
  members: string[];
}

/** "Group rule": every person for whom `expression` is true is a member of `assignTo`. */
export interface GroupRule {
  /** `0pr…` */
  id: string;
  name: string;
  /** Okta Expression Language, `user.*` only (okta-expression-language §1). */
  expression: string;
  /** Group ids. */
  assignTo: string[];
  active: boolean;
}
