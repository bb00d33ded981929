/** What an expression is evaluated against: one person, their groups and the org (§4, §9.2). */

export interface ExpressionGroup {
  id: string;
  name: string;
  /**
   * `group.type` for user.getGroups (§5.4): OKTA_GROUP, APP_GROUP or BUILT_IN.
   * Defaults to BUILT_IN for the group named Everyone and OKTA_GROUP otherwise, as in Okta.
   */
  type?: string;
  /** `group.source.id`: the app instance an APP_GROUP was imported from. */
  sourceId?: string;
  description?: string;
}

/** A manager or assistant reached through getManagerUser / getManagerAppUser (§5.5). */
export interface RelatedUser {
  /** Their Okta user profile. */
  user: Record<string, unknown>;
  /** Their app user profiles by app name (`google`, `zendesk`). */
  appUsers?: Record<string, Record<string, unknown>>;
}

/** One app instance other than the in-context one (§4 `$app.$attr`, `$app_app.$attr`). */
export interface NamedApp {
  /** App user profile: `zendesk.firstName`. */
  profile?: Record<string, unknown>;
  /** App instance settings: `zendesk_app.companySubDomain`. */
  settings?: Record<string, unknown>;
}

export interface ExpressionContext {
  /** Okta user profile: `user.firstName`, custom attributes (§4). */
  user: Record<string, unknown>;
  /** In-context app user profile: `appuser.firstName` (App → Okta mappings, §1, §4). */
  appuser?: Record<string, unknown>;
  /** The person's groups, for isMemberOf*, getFilteredGroups and user.getGroups (§5.4). */
  groups: ExpressionGroup[];
  /** In-context app instance settings: `app.subdomain` (§1, §4). */
  app?: Record<string, unknown>;
  /** Org properties: `org.name`, `org.subDomain` (§4). */
  org?: Record<string, unknown>;
  /** External IdP user, for username transforms: `idpuser.firstName` (§4). */
  idpuser?: Record<string, unknown>;
  /** Session data for SAML attribute statements: `session.amr` (§4). */
  session?: Record<string, unknown>;
  /** Other app instances by name (§4): `zendesk.firstName`, `zendesk_app.domain`. */
  apps?: Record<string, NamedApp>;
  /** user.getInternalProperty("id" | "status") (§4). */
  internal?: { id?: string; status?: string };
  /** user.getLinkedObject("manager") → the linked user's profile (§5.5). */
  linkedObjects?: Record<string, Record<string, unknown> | null>;
  /** getManagerUser / getManagerAppUser("active_directory", …) (§5.5). */
  manager?: RelatedUser;
  /** getAssistantUser / getAssistantAppUser("active_directory", …) (§5.5). */
  assistant?: RelatedUser;
  /** Active Directory app user profiles, for hasDirectoryUser / findDirectoryUser (§5.5). */
  directoryUsers?: Record<string, unknown>[];
  /** Workday app user profiles, for hasWorkdayUser / findWorkdayUser (§5.5). */
  workdayUsers?: Record<string, unknown>[];
}

/** Switches for what the doc marks [UNK] (§9.6). Defaults follow the doc's recommendation. */
export interface ExpressionOptions {
  /**
   * `"a" + null`: 'spel' gives "anull" and `null + null` is an error, as in SpEL (the doc's
   * default); 'empty' treats null operands as "" (§7).
   */
  nullConcat?: 'spel' | 'empty';
  /** String.replace / replaceFirst `match`: literal text (default) or a Java regex (§5.1). */
  replaceMatch?: 'literal' | 'regex';
  /**
   * isMemberOfGroupNameRegex("/.*admin.*"): 'strip' (default) drops one leading '/' and a
   * matching trailing '/'; 'literal' keeps them as part of the pattern (§5.4).
   */
  groupRegexSlashes?: 'strip' | 'literal';
  /** Clock for Time.now and two-digit years; defaults to the current time. */
  now?: () => Date;
}

export type ResolvedOptions = Required<ExpressionOptions>;

export function resolveOptions(options: ExpressionOptions = {}): ResolvedOptions {
  return {
    nullConcat: options.nullConcat ?? 'spel',
    replaceMatch: options.replaceMatch ?? 'literal',
    groupRegexSlashes: options.groupRegexSlashes ?? 'strip',
    now: options.now ?? (() => new Date()),
  };
}
