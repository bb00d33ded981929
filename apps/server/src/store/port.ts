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
  created: Date;
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
}

export interface StoredGroup extends StoredResource {
  displayName: string;
  memberCount: number;
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
}

export interface NewGroup {
  id: string;
  data: JsonObject;
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

export interface CredentialRepository {
  /** Looks a credential up by the hash of its secret. */
  findBySecretHash(secretHash: string): Promise<(Credential & { secretHash: string }) | undefined>;
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
    options: { expectedVersion?: number; passwordHash?: string | null },
  ): Promise<WriteResult<StoredUser>>;
  delete(tenantId: string, id: string, expectedVersion?: number): Promise<WriteResult<true>>;
  /** Direct group memberships of each user, for the read-only `groups` attribute. */
  groupsOf(
    tenantId: string,
    userIds: string[],
  ): Promise<Map<string, { id: string; displayName: string }[]>>;
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
  delete(tenantId: string, id: string, expectedVersion?: number): Promise<WriteResult<true>>;
  /** Direct group memberships of each service account, for the read-only `groups` attribute. */
  groupsOf(
    tenantId: string,
    ids: string[],
  ): Promise<Map<string, { id: string; displayName: string }[]>>;
}

export interface GroupRepository {
  get(tenantId: string, id: string): Promise<StoredGroup | undefined>;
  list(tenantId: string, query: ListQuery): Promise<Page<StoredGroup>>;
  insert(tenantId: string, group: NewGroup): Promise<StoredGroup>;
  update(
    tenantId: string,
    id: string,
    data: JsonObject,
    options: { expectedVersion?: number },
  ): Promise<WriteResult<StoredGroup>>;
  delete(tenantId: string, id: string, expectedVersion?: number): Promise<WriteResult<true>>;
  /** Bumps version and lastModified without changing the document (a membership change). */
  touch(tenantId: string, id: string, expectedVersion?: number): Promise<WriteResult<StoredGroup>>;
  members(tenantId: string, groupIds: string[]): Promise<Map<string, Member[]>>;
  addMembers(tenantId: string, groupId: string, members: MemberRef[]): Promise<void>;
  removeMembers(tenantId: string, groupId: string, memberIds: string[]): Promise<void>;
  replaceMembers(tenantId: string, groupId: string, members: MemberRef[]): Promise<void>;
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

export interface Repositories {
  tenants: TenantRepository;
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
  /** Runs read-only `work` against one consistent state of the data; it must not write. */
  read<T>(work: (repositories: Repositories) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
