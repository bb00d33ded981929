/**
 * The scenario file: a directory, an app set up in Okta's vocabulary, and a timeline of
 * actions, each with the outcome it should have. Validated with zod so a malformed file is
 * reported by place (`steps[3].user: …`), never half-run.
 */
import { z } from 'zod';
import { REQUEST_PROFILE_NAMES } from '../profiles/profile-names.ts';

const key = z.string().min(1);
const profileValue = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())]);

/** `login`, names and email, any custom attributes, plus how scenarios refer to the person. */
export const PersonSchema = z
  .object({
    /** How steps refer to the person; defaults to the login. */
    key: key.optional(),
    login: z.string().min(1),
    firstName: z.string().min(1),
    lastName: z.string().min(1),
    email: z.string().min(1),
    displayName: z.string().optional(),
    password: z.string().optional(),
    status: z.enum(['ACTIVE', 'SUSPENDED', 'DEACTIVATED']).optional(),
  })
  .catchall(profileValue);

export const GroupSchema = z.strictObject({
  key: key.optional(),
  name: z.string().min(1),
  description: z.string().optional(),
  /** Person keys. */
  members: z.array(key).optional(),
});

export const GroupRuleSchema = z.strictObject({
  key: key.optional(),
  name: z.string().min(1),
  expression: z.string().min(1),
  /** Group keys. */
  assignTo: z.array(key).min(1),
});

export const AttributeSchema = z.strictObject({
  variableName: z.string().min(1),
  displayName: z.string().optional(),
  dataType: z.enum(['string', 'boolean', 'integer', 'number', 'string array']).default('string'),
  externalName: z.string().min(1),
  /** Defaults to the core User schema; null: never sent. */
  externalNamespace: z.string().nullable().default('urn:ietf:params:scim:schemas:core:2.0:User'),
  description: z.string().optional(),
  enum: z.array(z.strictObject({ displayName: z.string(), value: z.string() })).optional(),
  scope: z.enum(['personal', 'group']).default('personal'),
  primary: z.boolean().optional(),
});

const MappingSchema = z.union([
  z.string().min(1),
  z.null(),
  z.strictObject({
    expression: z.string().min(1),
    apply: z.enum(['createAndUpdate', 'createOnly']).default('createAndUpdate'),
  }),
]);

export const AppSchema = z.strictObject({
  name: z
    .string()
    .regex(/^[a-z][a-z0-9_]*$/, 'lower-case letters, digits and _')
    .optional(),
  label: z.string().optional(),
  /** Start from Okta's SCIM 2.0 template attributes and mappings, or from nothing. */
  template: z.enum(['okta-scim2', 'none']).default('okta-scim2'),
  switches: z
    .strictObject({
      createUsers: z.boolean().optional(),
      updateUserAttributes: z.boolean().optional(),
      deactivateUsers: z.boolean().optional(),
      syncPassword: z.boolean().optional(),
    })
    .optional(),
  /** The seed's role attributes for these workspaces and secret scopes. */
  roleAttributes: z
    .strictObject({
      workspaces: z.array(z.string().min(1)).default([]),
      secretScopes: z.array(z.string().min(1)).default([]),
    })
    .optional(),
  attributes: z.array(AttributeSchema).default([]),
  /** By variable name: an expression, `{expression, apply}`, or null to remove a template mapping. */
  mappings: z.record(z.string(), MappingSchema).default({}),
  pushSettings: z
    .strictObject({
      pushMembershipsImmediately: z.boolean().optional(),
      renameOnLink: z.boolean().optional(),
    })
    .optional(),
});

const statusExpectation = z.enum([
  'pending',
  'provisioned',
  'deactivated',
  'error',
  'not assigned',
]);
const pushExpectation = z.enum(['active', 'inactive', 'error', 'not pushed']);

const RequestExpectation = z.union([
  z.string().min(1),
  z.strictObject({
    /** `METHOD path?query`, query decoded, `{user:key}`/`{group:key}` for SCIM ids, `*` for anything. */
    request: z.string().min(1),
    status: z.union([z.number().int(), z.array(z.number().int())]).optional(),
    body: z.unknown().optional(),
    response: z.unknown().optional(),
  }),
]);

export const ExpectationSchema = z.strictObject({
  /** The action succeeds (default) or fails. */
  ok: z.boolean().optional(),
  /** The action fails with an error containing this text. */
  error: z.string().optional(),
  /** Exactly these requests, in this order. */
  requests: z.array(RequestExpectation).optional(),
  /** Provisioning status of app users by person key. */
  users: z
    .record(
      key,
      z.union([
        statusExpectation,
        z.strictObject({ status: statusExpectation.optional(), error: z.string().optional() }),
      ]),
    )
    .optional(),
  /** Push status by group key. */
  groups: z.record(key, pushExpectation).optional(),
  /** What the SCIM server returns afterwards (subset match), or "$absent" for a 404. */
  server: z
    .strictObject({
      users: z.record(key, z.unknown()).optional(),
      groups: z.record(key, z.unknown()).optional(),
    })
    .optional(),
  /** Import counts: scanned, matched, unmatched, "already linked", "skipped: inactive"… */
  import: z.record(z.string(), z.number().int()).optional(),
  /** For `request` steps. */
  response: z
    .strictObject({
      status: z.union([z.number().int(), z.array(z.number().int())]).optional(),
      body: z.unknown().optional(),
    })
    .optional(),
});

const step = <N extends string, T extends z.ZodRawShape>(name: N, shape: T) =>
  z.strictObject({
    do: z.literal(name),
    /** Shown in the report instead of the action. */
    title: z.string().optional(),
    expect: ExpectationSchema.optional(),
    ...shape,
  });

const values = z.record(
  z.string(),
  z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())]),
);

export const STEP_SCHEMAS = [
  step('test connection', {}),
  step('add person', { person: PersonSchema }),
  step('update person', { user: key, set: z.record(z.string(), profileValue) }),
  step('deactivate person', { user: key }),
  step('reactivate person', { user: key }),
  step('delete person', { user: key }),
  step('set password', { user: key, password: z.string().min(1) }),
  step('add group', { group: GroupSchema }),
  step('rename group', { group: key, name: z.string().min(1) }),
  step('add to group', { group: key, users: z.array(key).min(1) }),
  step('remove from group', { group: key, users: z.array(key).min(1) }),
  step('add group rule', { rule: GroupRuleSchema }),
  step('assign user', { user: key, values: values.optional() }),
  step('unassign user', { user: key }),
  step('assign group', { group: key, values: values.optional() }),
  step('unassign group', { group: key }),
  step('set assignment values', { user: key.optional(), group: key.optional(), values }),
  step('add attribute', { attribute: AttributeSchema }),
  step('change mapping', {
    attribute: z.string().min(1),
    expression: z.string().min(1).nullable(),
    apply: z.enum(['createAndUpdate', 'createOnly']).optional(),
  }),
  step('apply mappings', {}),
  step('set switches', {
    switches: z.strictObject({
      createUsers: z.boolean().optional(),
      updateUserAttributes: z.boolean().optional(),
      deactivateUsers: z.boolean().optional(),
      syncPassword: z.boolean().optional(),
    }),
  }),
  step('push group', {
    group: key,
    mode: z.enum(['create', 'link']).default('create'),
    target: z.string().min(1).optional(),
    pushMemberships: z.boolean().optional(),
  }),
  step('push groups by rule', {
    rule: z.strictObject({
      name: z.string().min(1),
      nameStartsWith: z.string().optional(),
      nameContains: z.string().optional(),
    }),
  }),
  step('push now', { group: key }),
  step('deactivate push', { group: key }),
  step('activate push', { group: key }),
  step('unlink pushed group', { group: key, deleteInApp: z.boolean() }),
  step('import users', { confirmMatches: z.boolean().optional() }),
  step('import groups', {}),
  step('provision user', { user: key }),
  step('request', {
    method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']),
    /** Below the base URL, query included: `/Users?filter=userName eq "x"` (encoded for you). */
    path: z.string().startsWith('/'),
    body: z.unknown().optional(),
    /** "none" sends no Authorization; any other text is sent as the Authorization value. */
    auth: z.string().optional(),
    /** `user:<key>` or `group:<key>`: later steps can write `{user:<key>}` for the returned id. */
    remember: z
      .string()
      .regex(/^(user|group):[^{}]+$/, 'user:<key> or group:<key>')
      .optional(),
  }),
  step('check', {}),
] as const;

export const StepSchema = z.discriminatedUnion('do', STEP_SCHEMAS);

export const STEP_NAMES: readonly string[] = STEP_SCHEMAS.map((schema) => schema.shape.do.value);

export const ScenarioSchema = z.strictObject({
  $schema: z.string().optional(),
  name: z.string().min(1),
  description: z.string().optional(),
  profile: z.enum(REQUEST_PROFILE_NAMES).default('okta-oin'),
  app: AppSchema.default({ template: 'okta-scim2', attributes: [], mappings: {} }),
  directory: z
    .strictObject({
      people: z.array(PersonSchema).default([]),
      groups: z.array(GroupSchema).default([]),
      groupRules: z.array(GroupRuleSchema).default([]),
    })
    .default({ people: [], groups: [], groupRules: [] }),
  steps: z.array(StepSchema).min(1),
});

export type Scenario = z.infer<typeof ScenarioSchema>;
export type ScenarioInput = z.input<typeof ScenarioSchema>;
export type ScenarioStep = z.infer<typeof StepSchema>;
export type Expectation = z.infer<typeof ExpectationSchema>;
export type ScenarioPerson = z.infer<typeof PersonSchema>;
export type ScenarioAttribute = z.infer<typeof AttributeSchema>;
