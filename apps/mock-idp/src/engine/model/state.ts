import type { App } from './app.ts';
import type { Group, GroupRule, Person } from './directory.ts';
import type {
  AppGroup,
  AppUser,
  ImportReport,
  PushRule,
  PushedGroup,
} from './provisioning-state.ts';

/**
 * Everything the mock IdP knows, as plain JSON: the directory, the app and the provisioning
 * state. Never mutated: every change makes a new object, so a UI can compare by reference.
 */
export interface IdpState {
  version: 1;
  org: { name: string; subDomain: string };
  people: Record<string, Person>;
  groups: Record<string, Group>;
  groupRules: Record<string, GroupRule>;
  app: App;
  /** By person id. */
  appUsers: Record<string, AppUser>;
  /** By Okta group id. */
  pushedGroups: Record<string, PushedGroup>;
  pushRules: Record<string, PushRule>;
  /** Groups found in the app by the last group import. */
  appGroups: AppGroup[];
  lastImport: { users?: ImportReport; groups?: ImportReport };
  /** Source of Okta-style ids; kept in the state so ids are stable across export and import. */
  nextId: number;
  /** Five characters that make this org's ids differ from another org's (as Okta's do). */
  idSeed: string;
}
