/**
 * The mock IdP's headless engine: Okta's provisioning model and the request styles of Okta and
 * Entra, with no DOM and no Node dependency (fetch and the clock are injected). This is what a
 * UI imports; the scenario runner and its CLI are built on the same exports.
 */
export { createMockIdp, MockIdp, describeError } from './provisioning/mock-idp.ts';
export type {
  ActionResult,
  MockIdpOptions,
  RunOptions,
  StateListener,
} from './provisioning/mock-idp.ts';
export type {
  AssignmentTarget,
  IdpAction,
  IdpActionType,
  NewPushRule,
} from './provisioning/actions.ts';
export type { Progress } from './provisioning/provisioning-run.ts';
export { describeAction } from './provisioning/action-labels.ts';
export { previewAppUser, type AppUserPreview } from './provisioning/app-user-preview.ts';

export { createState, type NewStateOptions } from './model/new-state.ts';
export type { IdpState } from './model/state.ts';
export type * from './model/app.ts';
export type * from './model/directory.ts';
export type * from './model/provisioning-state.ts';
export type { NewGroup, NewGroupRule, NewPerson } from './model/directory-changes.ts';
export { buildDirectoryIndex, assignmentOf, type DirectoryIndex } from './model/directory-index.ts';
export { IdpActionError } from './model/action-error.ts';
export {
  groupAssignmentStatus,
  personStatus,
  pushStatus,
  type GroupAssignmentStatus,
  type PersonProvisioningStatus,
} from './model/provisioning-status.ts';

export { templateAttributes, templateMappings } from './app-profile/okta-scim-template.ts';
export { tectonRoleAttributes, type RoleCatalog } from './app-profile/tecton-role-attributes.ts';
export { externalNameProblem, parseExternalName } from './app-profile/external-name.ts';
export { checkExpression, type CheckOptions, type CheckResult } from './expression/index.ts';
export { scimAttributesOf, sentAttributes } from './app-profile/serialize-app-user.ts';

export {
  ProvisioningLog,
  type LoggedExchange,
  type RequestOrigin,
} from './log/provisioning-log.ts';
export { createVirtualClock, systemClock, type Clock, type VirtualClock } from './clock.ts';
export type { Authentication } from './scim-client/authentication.ts';
export {
  isRequestProfileName,
  REQUEST_PROFILE_NAMES,
  type RequestProfileName,
} from './profiles/profile-names.ts';
export { allRequestProfiles, requestProfile } from './profiles/request-profiles.ts';
export type { RequestProfile } from './profiles/request-profile.ts';

export { parseScenarioText, validateScenario, type LoadResult } from './scenario/load-scenario.ts';
export {
  ScenarioSchema,
  type Scenario,
  type ScenarioInput,
  type ScenarioStep,
} from './scenario/scenario-schema.ts';
export { stateFromScenario } from './scenario/scenario-state.ts';
export { exportScenario } from './scenario/export-scenario.ts';
export {
  importScenario,
  type ImportedStep,
  type ImportScenarioOptions,
} from './scenario/import-scenario.ts';
export {
  runScenario,
  type RunScenarioOptions,
  type ScenarioReport,
  type StepReport,
} from './scenario/run-scenario.ts';
export { randomRunId } from './scenario/run-id.ts';
export { requestLine } from './scenario/request-lines.ts';
