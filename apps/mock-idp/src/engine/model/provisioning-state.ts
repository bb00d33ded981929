/**
 * What the IdP knows about the target: app users with their SCIM ids, pushed groups, imported
 * app groups, and the outcome of the last import. Okta shows these as each person's, group's and
 * assignment's provisioning status.
 */

/** Why the last provisioning task failed, as Okta's UI shows it. */
export interface ProvisioningError {
  /** HTTP status; null when no response arrived or nothing was sent. */
  status: number | null;
  scimType?: string;
  /** The SCIM error detail, or the engine's own explanation. */
  detail: string;
  /** The provisioning log entry of the failing request. */
  exchangeId?: number;
  at: string;
}

/**
 * pending: assigned but not created in the app (Create Users off, or waiting);
 * provisioned: exists in the app and is active; deactivated: exists, set inactive;
 * error: the last task failed (see `error`).
 */
export type AppUserStatus = 'pending' | 'provisioned' | 'deactivated' | 'error';

export interface AppUser {
  personId: string;
  /** The id the SCIM server assigned; absent until created or linked. */
  scimId?: string;
  /** Whether the app account is active, as last pushed or seen. */
  active: boolean;
  status: AppUserStatus;
  /** The app user profile by variable name, as last computed from mappings and assignments. */
  profile: Record<string, unknown>;
  error?: ProvisioningError;
}

/**
 * active: changes are pushed; inactive: push paused ("Deactivate group push");
 * error: the last push failed (see `error`).
 */
export type PushStatus = 'active' | 'inactive' | 'error';

export interface PushedGroup {
  groupId: string;
  /** The target group's SCIM id; absent when creating or linking it failed. */
  targetId?: string;
  /** The target group's name as last seen or pushed. */
  targetName: string;
  /** The Okta group's name when last pushed: renaming the Okta group pushes the new name. */
  sourceName: string;
  mode: 'create' | 'link';
  /** The push rule that pushed it, if any. */
  ruleId?: string;
  status: PushStatus;
  /**
   * SCIM ids of the members as last pushed; undefined while memberships wait for "Push Now"
   * ("Push group memberships immediately" cleared, §2).
   */
  members?: string[];
  error?: ProvisioningError;
}

/** Push groups by rule: every group whose name matches is pushed, also ones created later (§2). */
export interface PushRule {
  id: string;
  name: string;
  nameStartsWith?: string;
  nameContains?: string;
  active: boolean;
}

/** A group read from the app by "Import Groups", available for linking. */
export interface AppGroup {
  scimId: string;
  displayName: string;
}

export type UserImportOutcome = 'matched' | 'already linked' | 'unmatched' | 'skipped: inactive';
export type GroupImportOutcome = 'matches Okta group' | 'app only';

export interface ImportRow {
  scimId: string;
  /** userName of a user, displayName of a group. */
  name: string;
  outcome: UserImportOutcome | GroupImportOutcome;
  /** The Okta person or group it matched. */
  matchId?: string;
}

export interface ImportReport {
  kind: 'users' | 'groups';
  at: string;
  scanned: number;
  counts: Record<string, number>;
  rows: ImportRow[];
}
