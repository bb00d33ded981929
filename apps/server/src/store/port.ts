/**
 * The repository port: what the SCIM services need from storage, in domain
 * terms. The drizzle/SQLite implementation lives in `sqlite/`; a PostgreSQL
 * one can follow without touching the services.
 */
import type { ResolvedAttributePath, ResolvedFilter } from '../scim/query/resolved-filter.ts';

export type JsonObject = Record<string, unknown>;

export interface Tenant {
  id: string;
  name: string;
  /** Requests per second per credential; null: the server default; 0: unlimited. */
  rateLimitPerSecond: number | null;
  /** Roles may name catalog entries that do not exist yet; they are created on first use. */
  catalogAutoCreate: boolean;
  /** Whether SCIM requests may change roles, per resource type (Tecton: "contact support to disable"). */
  roleManagement: RoleManagement;
  /** SCIM sync switch: when off, every authenticated SCIM request is refused with 403. */
  scimEnabled: boolean;
  /** The identity provider that provisions this tenant. */
  idpClient: IdpClient;
  /** A SCIM create whose userName matches a locally created user adopts it (Teleport) instead of 409. */
  adoptExistingUsers: boolean;
  /** Days the request log keeps entries; 0 keeps none. */
  requestLogRetentionDays: number;
  created: Date;
}

/** Who manages a user or group: an IdP through SCIM, or the app itself (JIT sign-in, admin API). */
export type Origin = 'scim' | 'local';

/** Who made a change, for the audit trail and change events. */
export interface Actor {
  kind: 'scim' | 'admin' | 'system';
  /** The SCIM credential (bearer token or Basic) that made the request. */
  credentialId: string | null;
  /** The request id the server answered with (X-Request-Id). */
  requestId: string | null;
}

/** What a service's write needs beyond its arguments: whose data, and who is writing. */
export interface WriteScope {
  tenantId: string;
  actor: Actor;
}

export type { IdpClient } from '../scim/idp-client.ts';
import type { IdpClient } from '../scim/idp-client.ts';

export interface RoleManagement {
  users: boolean;
  groups: boolean;
  serviceAccounts: boolean;
}

export type CatalogKind = 'workspace' | 'secret_scope';

/** The workspaces and secret scopes a tenant's roles may name. */
export interface Catalog {
  workspaces: string[];
  secretScopes: string[];
}

export interface Credential {
  id: string;
  tenantId: string;
  kind: 'bearer' | 'basic';
  label: string;
  /** HTTP Basic only. */
  username: string | null;
  created: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

/** A stored resource: its document plus the server-owned fields. */
export interface StoredResource {
  id: string;
  tenantId: string;
  /** Canonical attributes, extensions under their URN keys; no id, meta or members. */
  data: JsonObject;
  version: number;
  created: Date;
  lastModified: Date;
}

export interface StoredUser extends StoredResource {
  userName: string;
  active: boolean;
  origin: Origin;
}

export interface StoredGroup extends StoredResource {
  displayName: string;
  memberCount: number;
  origin: Origin;
}

export interface StoredServiceAccount extends StoredResource {
  displayName: string;
  active: boolean;
}

export interface MemberRef {
  value: string;
  type: 'User' | 'Group' | 'ServiceAccount';
}

export interface Member extends MemberRef {
  display: string | undefined;
}

/** RFC 7644 §3.4.2.3 */
export interface SortOrder {
  path: ResolvedAttributePath;
  descending: boolean;
}

/** Just after which row a cursor page starts (RFC 9865): the row's sort key, creation time and id. */
export interface CursorPosition {
  sortKey?: string | number | null;
  created: number;
  id: string;
}

export type Paging =
  /** RFC 7644 §3.4.2.4; startIndex is 1-based. */
  | { kind: 'index'; startIndex: number; count: number }
  /** RFC 9865; `after` undefined for the first page. */
  | { kind: 'cursor'; after: CursorPosition | undefined; count: number };

export interface ListQuery {
  filter: ResolvedFilter | undefined;
  /** Undefined: creation order, the stable default. */
  sort: SortOrder | undefined;
  paging: Paging;
}

export interface Page<T> {
  totalResults: number;
  items: T[];
  /** With cursor paging: where the next page starts; absent on the last page. */
  next?: CursorPosition;
}

export interface NewUser {
  id: string;
  data: JsonObject;
  passwordHash: string | null;
  /** Default 'scim'. */
  origin?: Origin;
}

export interface NewGroup {
  id: string;
  data: JsonObject;
  /** Default 'scim'. */
  origin?: Origin;
}

/** What a membership change really changed: ids already in (or already out) are not listed. */
export interface MembershipDelta {
  added: MemberRef[];
  removed: string[];
}

/** A deleted resource, and the groups it was a member of (it leaves them). */
export interface Deleted {
  leftGroups: string[];
}

export interface NewServiceAccount {
  id: string;
  data: JsonObject;
}

/** Outcome of a conditional write (RFC 7644 §3.14 If-Match). */
export type WriteResult<T> =
  { ok: true; value: T } | { ok: false; reason: 'not_found' | 'version_mismatch' };

export interface TenantRepository {
  get(id: string): Promise<Tenant | undefined>;
  ensure(id: string, name: string): Promise<Tenant>;
  setRateLimit(id: string, perSecond: number | null): Promise<void>;
  setCatalogAutoCreate(id: string, on: boolean): Promise<void>;
  setRoleManagement(id: string, settings: Partial<RoleManagement>): Promise<void>;
  setScimEnabled(id: string, on: boolean): Promise<void>;
  setIdpClient(id: string, client: IdpClient): Promise<void>;
  setAdoptExistingUsers(id: string, on: boolean): Promise<void>;
  setRequestLogRetentionDays(id: string, days: number): Promise<void>;
  list(): Promise<Tenant[]>;
  /** Creates a tenant; false when the id is taken. */
  create(id: string, name: string): Promise<boolean>;
  rename(id: string, name: string): Promise<boolean>;
  /** Deletes the tenant and, by cascade, everything it owns. */
  delete(id: string): Promise<boolean>;
}

export interface CatalogRepository {
  list(tenantId: string): Promise<Catalog>;
  /** Adds entries; existing ones are left as they are. */
  add(tenantId: string, kind: CatalogKind, names: string[]): Promise<void>;
}

/** A bearer token's credential (with its secret hash, for the constant-time check) and its tenant. */
export interface Bearer {
  credential: Credential & { secretHash: string };
  tenant: Tenant;
}

export interface CredentialRepository {
  /** Looks a credential up by the hash of its secret. */
  findBySecretHash(secretHash: string): Promise<(Credential & { secretHash: string }) | undefined>;
  /** The credential of this tenant with this secret hash, and the tenant: what a bearer token authenticates as. */
  findBearer(tenantId: string, secretHash: string): Promise<Bearer | undefined>;
  /** Looks an HTTP Basic credential up by its user name within a tenant. */
  findBasic(
    tenantId: string,
    username: string,
  ): Promise<(Credential & { secretHash: string }) | undefined>;
  create(input: {
    id: string;
    tenantId: string;
    label: string;
    secretHash: string;
    expiresAt: Date | null;
    kind?: Credential['kind'];
    username?: string | null;
  }): Promise<Credential>;
  get(tenantId: string, id: string): Promise<Credential | undefined>;
  list(tenantId: string): Promise<Credential[]>;
  /** Sets revokedAt unless already revoked; false when there is no such credential. */
  revoke(tenantId: string, id: string, at: Date): Promise<boolean>;
  touch(id: string, at: Date): Promise<void>;
}

export interface UserRepository {
  get(tenantId: string, id: string): Promise<StoredUser | undefined>;
  list(tenantId: string, query: ListQuery): Promise<Page<StoredUser>>;
  /** Throws UniquenessViolation when userName is taken. */
  insert(tenantId: string, user: NewUser): Promise<StoredUser>;
  /** Replaces the document; `expectedVersion` makes it conditional. */
  update(
    tenantId: string,
    id: string,
    data: JsonObject,
    options: { expectedVersion?: number; passwordHash?: string | null; origin?: Origin },
  ): Promise<WriteResult<StoredUser>>;
  delete(tenantId: string, id: string, expectedVersion?: number): Promise<WriteResult<Deleted>>;
  /** Looks a user up by userName, case-insensitively (RFC 7643 §4.1.1). */
  findByUserName(tenantId: string, userName: string): Promise<StoredUser | undefined>;
  findByExternalId(tenantId: string, externalId: string): Promise<StoredUser | undefined>;
  getWithGroups(tenantId: string, id: string): Promise<WithGroups<StoredUser> | undefined>;
  listWithGroups(tenantId: string, query: ListQuery): Promise<Page<WithGroups<StoredUser>>>;
  /** A user's direct groups, by displayName (the read-only `groups` attribute). */
  groupsOf(tenantId: string, userId: string): Promise<GroupRef[]>;
}

/** A group a user or service account is a direct member of (the read-only `groups` attribute). */
export interface GroupRef {
  id: string;
  displayName: string;
}

/** A member read together with its direct groups, in one statement. */
export interface WithGroups<TResource> {
  resource: TResource;
  groups: GroupRef[];
}

export interface ServiceAccountRepository {
  get(tenantId: string, id: string): Promise<StoredServiceAccount | undefined>;
  list(tenantId: string, query: ListQuery): Promise<Page<StoredServiceAccount>>;
  /** Throws UniquenessViolation when displayName is taken. */
  insert(tenantId: string, account: NewServiceAccount): Promise<StoredServiceAccount>;
  /** Replaces the document; `expectedVersion` makes it conditional. */
  update(
    tenantId: string,
    id: string,
    data: JsonObject,
    options: { expectedVersion?: number },
  ): Promise<WriteResult<StoredServiceAccount>>;
  delete(tenantId: string, id: string, expectedVersion?: number): Promise<WriteResult<Deleted>>;
  getWithGroups(
    tenantId: string,
    id: string,
  ): Promise<WithGroups<StoredServiceAccount> | undefined>;
  listWithGroups(
    tenantId: string,
    query: ListQuery,
  ): Promise<Page<WithGroups<StoredServiceAccount>>>;
  /** A service account's direct groups, by displayName (the read-only `groups` attribute). */
  groupsOf(tenantId: string, id: string): Promise<GroupRef[]>;
}

export interface GroupRepository {
  get(tenantId: string, id: string): Promise<StoredGroup | undefined>;
  list(tenantId: string, query: ListQuery): Promise<Page<StoredGroup>>;
  insert(tenantId: string, group: NewGroup): Promise<StoredGroup>;
  update(
    tenantId: string,
    id: string,
    data: JsonObject,
    options: { expectedVersion?: number; origin?: Origin },
  ): Promise<WriteResult<StoredGroup>>;
  delete(tenantId: string, id: string, expectedVersion?: number): Promise<WriteResult<Deleted>>;
  /** Bumps version and lastModified without changing the document (a membership change). */
  touch(tenantId: string, id: string, expectedVersion?: number): Promise<WriteResult<StoredGroup>>;
  members(tenantId: string, groupIds: string[]): Promise<Map<string, Member[]>>;
  addMembers(tenantId: string, groupId: string, members: MemberRef[]): Promise<MembershipDelta>;
  removeMembers(tenantId: string, groupId: string, memberIds: string[]): Promise<MembershipDelta>;
  /** Makes `members` the whole membership, changing only the rows that differ. */
  replaceMembers(tenantId: string, groupId: string, members: MemberRef[]): Promise<MembershipDelta>;
  /** Which of these ids exist in the tenant, and as what type. */
  resolveMembers(tenantId: string, ids: string[]): Promise<Map<string, MemberRef['type']>>;
}

/** A group a principal belongs to, directly or through nested groups, with that group's roles. */
export interface GroupMembershipPath {
  id: string;
  displayName: string;
  /** The group's `roles` attribute as stored. */
  roles: unknown;
  /** 1 for a direct membership, 2 for a group inside a group, … */
  depth: number;
  /** The direct group through which this one is reached (itself when depth is 1). */
  via: { id: string; displayName: string };
}

export interface AccessRepository {
  /** Every group that contains the member, transitively; nearest first. Never reads other members. */
  groupsContaining(tenantId: string, memberId: string): Promise<GroupMembershipPath[]>;
}

export type ResourceTypeName = 'User' | 'Group' | 'ServiceAccount';

/** A change as a service describes it; the journal adds id, sequence, actor and time. */
export interface NewChange {
  /** `user.created`, `group.membership.added`, `role.assigned`, … (changes/change-types.ts). */
  type: string;
  resourceType: ResourceTypeName;
  resourceId: string;
  data: JsonObject;
}

export interface StoredChange extends NewChange {
  /** Position in the journal: events of one tenant are delivered in this order. */
  seq: number;
  id: string;
  tenantId: string;
  actor: Actor;
  occurredAt: Date;
}

/** A journaled change as commit listeners see it. */
export interface CommittedChange extends NewChange {
  tenantId: string;
  actor: Actor;
}

export interface ChangeQuery {
  /** Only events after this sequence number. */
  afterSeq?: number;
  /** Only events before this sequence number (paging backwards, newest first). */
  beforeSeq?: number;
  resourceId?: string;
  types?: string[];
  limit: number;
  order: 'asc' | 'desc';
}

/** The change journal: audit trail and webhook outbox in one, written in the changing transaction. */
export interface ChangeRepository {
  append(tenantId: string, actor: Actor, changes: NewChange[]): Promise<void>;
  list(tenantId: string, query: ChangeQuery): Promise<StoredChange[]>;
  /** The newest sequence number of the tenant's journal; 0 when it is empty. */
  lastSeq(tenantId: string): Promise<number>;
}

export type LockReason = 'deactivated' | 'deleted' | 'admin';

export interface UserLock {
  id: string;
  tenantId: string;
  userId: string;
  userName: string;
  externalId: string | null;
  reason: LockReason;
  created: Date;
  liftedAt: Date | null;
  liftedReason: 'reprovisioned' | 'admin' | null;
}

export interface LockRepository {
  /** The user's lock in force, by id, by userName (case-insensitive) or by externalId. */
  active(
    tenantId: string,
    by: { userId?: string; userName?: string; externalId?: string },
  ): Promise<UserLock | undefined>;
  /** Every lock in force on this user's id, userName (case-insensitive) or externalId. */
  activeMatching(
    tenantId: string,
    user: { userId: string; userName: string; externalId: string | null },
  ): Promise<UserLock[]>;
  create(lock: Omit<UserLock, 'liftedAt' | 'liftedReason'>): Promise<UserLock>;
  lift(
    tenantId: string,
    id: string,
    at: Date,
    reason: 'reprovisioned' | 'admin',
  ): Promise<UserLock | undefined>;
  list(
    tenantId: string,
    query: { activeOnly: boolean; since?: Date; limit: number },
  ): Promise<UserLock[]>;
}

export interface RequestLogEntry {
  requestId: string;
  tenantId: string;
  at: Date;
  method: string;
  /** Path and query string, as received. */
  path: string;
  status: number;
  durationMs: number;
  credentialId: string | null;
  idpClient: string | null;
  userAgent: string | null;
  /** Redacted and bounded JSON text, or a note saying why it is absent. */
  requestBody: string | null;
  responseBody: string | null;
}

export interface StoredRequestLogEntry extends RequestLogEntry {
  id: number;
}

export interface RequestLogQuery {
  /** Entries older than this id (newest first paging). */
  beforeId?: number;
  method?: string;
  status?: number;
  /** A substring of the path. */
  pathContains?: string;
  requestId?: string;
  limit: number;
}

export interface RequestLogRepository {
  append(entries: RequestLogEntry[]): Promise<void>;
  list(tenantId: string, query: RequestLogQuery): Promise<StoredRequestLogEntry[]>;
  /** Deletes each tenant's entries older than its retention; returns how many went. */
  prune(now: Date): Promise<number>;
}

export interface WebhookEndpoint {
  id: string;
  tenantId: string;
  url: string;
  description: string;
  eventTypes: string[] | null;
  /** The last delivered journal sequence number. */
  cursor: number;
  attempts: number;
  nextAttemptAt: Date;
  created: Date;
}

export interface WebhookDelivery {
  id: number;
  endpointId: string;
  firstSeq: number;
  lastSeq: number;
  eventCount: number;
  ok: boolean;
  status: number | null;
  error: string | null;
  durationMs: number;
  attemptedAt: Date;
}

export interface WebhookRepository {
  create(
    endpoint: Omit<WebhookEndpoint, 'attempts' | 'nextAttemptAt'> & { secret: string },
  ): Promise<WebhookEndpoint>;
  list(tenantId: string): Promise<WebhookEndpoint[]>;
  get(tenantId: string, id: string): Promise<WebhookEndpoint | undefined>;
  delete(tenantId: string, id: string): Promise<boolean>;
  /** The tenants that have at least one endpoint. */
  subscribedTenants(): Promise<string[]>;
  /** Endpoints with undelivered events whose next attempt is due, with their signing secrets. */
  due(now: Date, limit: number): Promise<(WebhookEndpoint & { secret: string })[]>;
  /** Moves the cursor past events the endpoint does not subscribe to. */
  advance(endpointId: string, cursor: number): Promise<void>;
  /** Records an attempt; on success moves the cursor, on failure schedules the next try. */
  recordAttempt(
    delivery: Omit<WebhookDelivery, 'id'>,
    next: { cursor: number; attempts: number; nextAttemptAt: Date },
  ): Promise<void>;
  deliveries(tenantId: string, endpointId: string, limit: number): Promise<WebhookDelivery[]>;
}

export interface Repositories {
  tenants: TenantRepository;
  changes: ChangeRepository;
  locks: LockRepository;
  requestLog: RequestLogRepository;
  webhooks: WebhookRepository;
  catalog: CatalogRepository;
  access: AccessRepository;
  credentials: CredentialRepository;
  users: UserRepository;
  groups: GroupRepository;
  serviceAccounts: ServiceAccountRepository;
}

export interface Store {
  /** Runs `work` in one transaction: all of it is written, or none (RFC 7644 §3.5.2 atomic PATCH). */
  transaction<T>(work: (repositories: Repositories) => Promise<T>): Promise<T>;
  /**
   * Calls `listener` after each commit that journaled changes, with those
   * changes in journal order. Returns a function that unsubscribes.
   */
  onCommittedChanges(listener: (changes: CommittedChange[]) => void): () => void;
  /** Runs read-only `work` against one consistent state of the data; it must not write. */
  read<T>(work: (repositories: Repositories) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
