import { sql } from 'drizzle-orm';
import { IDP_CLIENTS } from '../../scim/idp-client.ts';
import {
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';

/** Times are epoch milliseconds; documents are JSON text. */
const createdAt = () => integer('created_at', { mode: 'timestamp_ms' }).notNull();
const updatedAt = () => integer('updated_at', { mode: 'timestamp_ms' }).notNull();

export const tenants = sqliteTable('tenants', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  /** Requests per second per credential; NULL takes the server default, 0 means unlimited. */
  rateLimitPerSecond: integer('rate_limit_per_second'),
  /** Roles may name workspaces and secret scopes not yet in the catalog; they are added on first use. */
  catalogAutoCreate: integer('catalog_auto_create', { mode: 'boolean' }).notNull().default(false),
  /** Role management through SCIM, per resource type; when off, `roles` in requests is ignored. */
  rolesManagedUsers: integer('roles_managed_users', { mode: 'boolean' }).notNull().default(true),
  rolesManagedGroups: integer('roles_managed_groups', { mode: 'boolean' }).notNull().default(true),
  rolesManagedServiceAccounts: integer('roles_managed_service_accounts', { mode: 'boolean' })
    .notNull()
    .default(true),
  /** SCIM sync switch: when off, every authenticated SCIM request is refused with 403. */
  scimEnabled: integer('scim_enabled', { mode: 'boolean' }).notNull().default(true),
  /** Which identity provider provisions this tenant (recorded in logs; picks response preferences). */
  idpClient: text('idp_client', { enum: IDP_CLIENTS }).notNull().default('generic'),
  /** A SCIM create whose userName matches a user created outside SCIM adopts it instead of 409. */
  adoptExistingUsers: integer('adopt_existing_users', { mode: 'boolean' }).notNull().default(false),
  /** Days the request log keeps entries; 0 keeps no log. */
  requestLogRetentionDays: integer('request_log_retention_days').notNull().default(7),
  createdAt: createdAt(),
});

/** Who manages a user or group: an IdP through SCIM, or the app itself (JIT sign-in, admin API). */
export const ORIGINS = ['scim', 'local'] as const;

/** The workspaces and secret scopes a tenant's roles may name (Tecton's role grammar). */
export const catalogEntries = sqliteTable(
  'catalog_entries',
  {
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['workspace', 'secret_scope'] }).notNull(),
    name: text('name').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.kind, t.name] })],
);

export const credentials = sqliteTable(
  'credentials',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['bearer', 'basic'] }).notNull(),
    label: text('label').notNull(),
    /** HTTP Basic only: the user name, unique within the tenant. */
    username: text('username'),
    /** Bearer: SHA-256 of the token, hex. Basic: a salted scrypt hash. Secrets are never stored. */
    secretHash: text('secret_hash').notNull(),
    createdAt: createdAt(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }),
    revokedAt: integer('revoked_at', { mode: 'timestamp_ms' }),
    lastUsedAt: integer('last_used_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    uniqueIndex('credentials_secret_hash').on(t.secretHash),
    index('credentials_tenant').on(t.tenantId),
    uniqueIndex('credentials_tenant_username').on(t.tenantId, t.username),
  ],
);

export const users = sqliteTable(
  'users',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    userName: text('user_name').notNull(),
    /** userName folded to lower case: uniqueness and eq are case-insensitive (RFC 7643 §4.1.1). */
    userNameKey: text('user_name_key').notNull(),
    externalId: text('external_id'),
    displayName: text('display_name'),
    /**
     * Every `emails.value`, ASCII lower-cased as SQLite's lower() folds, one per line: a
     * substring test on it finds every candidate for an `emails.value` filter without
     * reading the JSON document of each user (filter-sql.ts).
     */
    emailsKey: text('emails_key').notNull().default(''),
    active: integer('active', { mode: 'boolean' }).notNull(),
    data: text('data', { mode: 'json' }).notNull().$type<Record<string, unknown>>(),
    passwordHash: text('password_hash'),
    origin: text('origin', { enum: ORIGINS }).notNull().default('scim'),
    version: integer('version').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('users_tenant_user_name').on(t.tenantId, t.userNameKey),
    index('users_tenant_external_id').on(t.tenantId, t.externalId),
    index('users_tenant_created').on(t.tenantId, t.createdAt, t.id),
  ],
);

export const groups = sqliteTable(
  'groups',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    displayName: text('display_name').notNull(),
    displayNameKey: text('display_name_key').notNull(),
    externalId: text('external_id'),
    data: text('data', { mode: 'json' }).notNull().$type<Record<string, unknown>>(),
    /** Kept in step with group_members, so no request has to count a large group. */
    memberCount: integer('member_count').notNull().default(0),
    origin: text('origin', { enum: ORIGINS }).notNull().default('scim'),
    version: integer('version').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('groups_tenant_display_name').on(t.tenantId, t.displayNameKey),
    index('groups_tenant_external_id').on(t.tenantId, t.externalId),
    index('groups_tenant_created').on(t.tenantId, t.createdAt, t.id),
  ],
);

/** Non-human accounts; displayName is their unique, case-insensitive name within a tenant. */
export const serviceAccounts = sqliteTable(
  'service_accounts',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    displayName: text('display_name').notNull(),
    /** displayName folded to lower case: uniqueness and eq are case-insensitive. */
    displayNameKey: text('display_name_key').notNull(),
    externalId: text('external_id'),
    active: integer('active', { mode: 'boolean' }).notNull(),
    data: text('data', { mode: 'json' }).notNull().$type<Record<string, unknown>>(),
    version: integer('version').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('service_accounts_tenant_display_name').on(t.tenantId, t.displayNameKey),
    index('service_accounts_tenant_external_id').on(t.tenantId, t.externalId),
    index('service_accounts_tenant_created').on(t.tenantId, t.createdAt, t.id),
  ],
);

/** One row per membership, so adding a member never rewrites the group (large groups). */
export const groupMembers = sqliteTable(
  'group_members',
  {
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    groupId: text('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    memberId: text('member_id').notNull(),
    memberType: text('member_type', { enum: ['User', 'Group', 'ServiceAccount'] }).notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' })
      .notNull()
      .default(sql`(unixepoch() * 1000)`),
  },
  (t) => [
    primaryKey({ columns: [t.groupId, t.memberId] }),
    // member_id first: led by tenant_id, SQLite would walk every membership of the tenant
    // (a 100,000-member group included) to answer a lookup by group.
    index('group_members_by_member').on(t.memberId, t.tenantId),
  ],
);

/**
 * The change journal: one row per change, written in the transaction that
 * made it. It is the audit trail and the webhook outbox; `seq` orders it.
 */
export const changeEvents = sqliteTable(
  'change_events',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    id: text('id').notNull(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    resourceType: text('resource_type').notNull(),
    resourceId: text('resource_id').notNull(),
    /** Who made the change: `{ kind, credentialId, requestId }`. */
    actor: text('actor', { mode: 'json' }).notNull().$type<Record<string, unknown>>(),
    data: text('data', { mode: 'json' }).notNull().$type<Record<string, unknown>>(),
    occurredAt: integer('occurred_at', { mode: 'timestamp_ms' }).notNull(),
  },
  // No index on the random `id`: nothing looks events up by it, and each one costs a page write per change.
  (t) => [
    index('change_events_tenant_seq').on(t.tenantId, t.seq),
    index('change_events_tenant_resource').on(t.tenantId, t.resourceId, t.seq),
  ],
);

/** Teleport-style locks: a deprovisioned user stays locked until re-provisioned or lifted by an admin. */
export const userLocks = sqliteTable(
  'user_locks',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    /** The user's id; the row may outlive the user (a DELETE locks, too). */
    userId: text('user_id').notNull(),
    userName: text('user_name').notNull(),
    userNameKey: text('user_name_key').notNull(),
    externalId: text('external_id'),
    reason: text('reason', { enum: ['deactivated', 'deleted', 'admin'] }).notNull(),
    createdAt: createdAt(),
    liftedAt: integer('lifted_at', { mode: 'timestamp_ms' }),
    liftedReason: text('lifted_reason', { enum: ['reprovisioned', 'admin'] }),
  },
  (t) => [
    index('user_locks_tenant_user').on(t.tenantId, t.userId),
    index('user_locks_tenant_user_name').on(t.tenantId, t.userNameKey),
    index('user_locks_tenant_external_id').on(t.tenantId, t.externalId),
  ],
);

/** Where a tenant's change events are delivered; `cursor` is the last delivered `seq`. */
export const webhookEndpoints = sqliteTable(
  'webhook_endpoints',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    url: text('url').notNull(),
    description: text('description').notNull(),
    /** The HMAC key. Kept as is: signing needs it; shown once, never returned again. */
    secret: text('secret').notNull(),
    /** Event types to deliver; null delivers every type. */
    eventTypes: text('event_types', { mode: 'json' }).$type<string[]>(),
    cursor: integer('cursor').notNull(),
    /** Failed attempts at the batch after `cursor`; reset on success. */
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: integer('next_attempt_at', { mode: 'timestamp_ms' }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('webhook_endpoints_tenant').on(t.tenantId)],
);

/** One row per delivery attempt (a batch of events in one signed POST). */
export const webhookDeliveries = sqliteTable(
  'webhook_deliveries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    endpointId: text('endpoint_id')
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: 'cascade' }),
    firstSeq: integer('first_seq').notNull(),
    lastSeq: integer('last_seq').notNull(),
    eventCount: integer('event_count').notNull(),
    ok: integer('ok', { mode: 'boolean' }).notNull(),
    /** The receiver's HTTP status; null when no answer came. */
    status: integer('status'),
    error: text('error'),
    durationMs: integer('duration_ms').notNull(),
    attemptedAt: integer('attempted_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('webhook_deliveries_endpoint').on(t.endpointId, t.id)],
);

/** What each IdP sent and got back, secrets redacted; pruned by the tenant's retention. */
export const requestLog = sqliteTable(
  'request_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    requestId: text('request_id').notNull(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
    method: text('method').notNull(),
    path: text('path').notNull(),
    status: integer('status').notNull(),
    durationMs: integer('duration_ms').notNull(),
    credentialId: text('credential_id'),
    idpClient: text('idp_client'),
    userAgent: text('user_agent'),
    requestBody: text('request_body'),
    responseBody: text('response_body'),
  },
  (t) => [index('request_log_tenant_id').on(t.tenantId, t.id), index('request_log_at').on(t.at)],
);
