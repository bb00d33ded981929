/**
 * Pure changes to the app: assignments, Profile Editor attributes, mappings, switches and
 * push settings. Validation errors name the attribute and, for expressions, the column.
 */
import { coerceAttributeValue } from '../app-profile/attribute-values.ts';
import { externalNameProblem } from '../app-profile/external-name.ts';
import { checkExpression } from '../expression/index.ts';
import { IdpActionError } from './action-error.ts';
import { isRequestProfileName } from '../profiles/profile-names.ts';
import type {
  App,
  AppAttribute,
  AppConnection,
  AttributeMapping,
  PushSettings,
  ToAppSwitches,
} from './app.ts';
import { groupOrThrow, personOrThrow } from './directory-changes.ts';
import type { IdpState } from './state.ts';

function withApp(state: IdpState, app: App): IdpState {
  return { ...state, app };
}

export function attributeOrThrow(app: App, variableName: string): AppAttribute {
  const attribute = app.attributes.find((a) => a.variableName === variableName);
  if (!attribute) {
    const known = app.attributes.map((a) => a.variableName).join(', ');
    throw new IdpActionError(`The app has no attribute ${variableName} (it has ${known})`);
  }
  return attribute;
}

/** Assignment values must name app attributes, fit their type and be enum members. */
function checkValues(app: App, values: Record<string, unknown>): Record<string, unknown> {
  const checked: Record<string, unknown> = {};
  for (const [name, raw] of Object.entries(values)) {
    const attribute = attributeOrThrow(app, name);
    const coerced = coerceAttributeValue(attribute, raw);
    if (!coerced.ok) throw new IdpActionError(coerced.message);
    const members = attribute.enum;
    if (
      members &&
      coerced.value !== null &&
      !members.some((member) => member.value === coerced.value)
    ) {
      const allowed = members.map((member) => member.value).join(', ');
      throw new IdpActionError(
        `${name}: ${JSON.stringify(coerced.value)} is not one of ${allowed}`,
      );
    }
    checked[name] = coerced.value;
  }
  return checked;
}

export function assignUser(
  state: IdpState,
  personId: string,
  values: Record<string, unknown> = {},
): IdpState {
  personOrThrow(state, personId);
  const checked = checkValues(state.app, values);
  const others = state.app.userAssignments.filter((a) => a.personId !== personId);
  return withApp(state, {
    ...state.app,
    userAssignments: [...others, { personId, values: checked }],
  });
}

export function unassignUser(state: IdpState, personId: string): IdpState {
  if (!state.app.userAssignments.some((a) => a.personId === personId)) {
    throw new IdpActionError(`Person ${personId} is not assigned to the app directly`);
  }
  return withApp(state, {
    ...state.app,
    userAssignments: state.app.userAssignments.filter((a) => a.personId !== personId),
  });
}

/** A new group assignment goes last in priority, as in Okta. */
export function assignGroup(
  state: IdpState,
  groupId: string,
  values: Record<string, unknown> = {},
): IdpState {
  groupOrThrow(state, groupId);
  const checked = checkValues(state.app, values);
  const existing = state.app.groupAssignments;
  const groupAssignments = existing.some((a) => a.groupId === groupId)
    ? existing.map((a) => (a.groupId === groupId ? { groupId, values: checked } : a))
    : [...existing, { groupId, values: checked }];
  return withApp(state, { ...state.app, groupAssignments });
}

export function unassignGroup(state: IdpState, groupId: string): IdpState {
  if (!state.app.groupAssignments.some((a) => a.groupId === groupId)) {
    throw new IdpActionError(`Group ${groupId} is not assigned to the app`);
  }
  return withApp(state, {
    ...state.app,
    groupAssignments: state.app.groupAssignments.filter((a) => a.groupId !== groupId),
  });
}

/** Changes values on an existing assignment; null clears one. */
export function setAssignmentValues(
  state: IdpState,
  target: { personId: string } | { groupId: string },
  values: Record<string, unknown>,
): IdpState {
  const checked = checkValues(state.app, values);
  if ('personId' in target) {
    const current = state.app.userAssignments.find((a) => a.personId === target.personId);
    if (!current) throw new IdpActionError(`Person ${target.personId} is not assigned directly`);
    return assignUser(state, target.personId, { ...current.values, ...checked });
  }
  const current = state.app.groupAssignments.find((a) => a.groupId === target.groupId);
  if (!current) throw new IdpActionError(`Group ${target.groupId} is not assigned to the app`);
  return assignGroup(state, target.groupId, { ...current.values, ...checked });
}

/** Sets (or with null removes) the Okta → app mapping of one attribute. */
export function setMapping(
  state: IdpState,
  variableName: string,
  mapping: AttributeMapping | null,
): IdpState {
  attributeOrThrow(state.app, variableName);
  const { [variableName]: _old, ...others } = state.app.mappings;
  if (mapping === null) return withApp(state, { ...state.app, mappings: others });
  const check = checkExpression(mapping.expression, { apps: [state.app.name] });
  if (!check.ok) {
    throw new IdpActionError(`Mapping of ${variableName}: ${check.message}`, check.column);
  }
  return withApp(state, { ...state.app, mappings: { ...others, [variableName]: mapping } });
}

function checkAttribute(attribute: AppAttribute): void {
  if (!/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(attribute.variableName)) {
    throw new IdpActionError(`${attribute.variableName} is not a valid variable name`);
  }
  const problem = externalNameProblem(attribute.externalName);
  if (problem) {
    throw new IdpActionError(`External name of ${attribute.variableName}: ${problem}`);
  }
  const values = (attribute.enum ?? []).map((member) => member.value);
  const repeated = values.find((value, index) => values.indexOf(value) !== index);
  if (repeated !== undefined) {
    throw new IdpActionError(`${attribute.variableName}: the enum lists ${repeated} twice`);
  }
}

export function addAttribute(state: IdpState, attribute: AppAttribute): IdpState {
  if (state.app.attributes.some((a) => a.variableName === attribute.variableName)) {
    throw new IdpActionError(`The app already has an attribute ${attribute.variableName}`);
  }
  checkAttribute(attribute);
  return withApp(state, { ...state.app, attributes: [...state.app.attributes, attribute] });
}

/** Replaces an attribute in place (its variable name is its identity, as in Okta). */
export function updateAttribute(state: IdpState, attribute: AppAttribute): IdpState {
  attributeOrThrow(state.app, attribute.variableName);
  checkAttribute(attribute);
  const attributes = state.app.attributes.map((a) =>
    a.variableName === attribute.variableName ? attribute : a,
  );
  return withApp(state, { ...state.app, attributes });
}

/** Removes an attribute with everything that names it: its mapping and assignment values. */
export function removeAttribute(state: IdpState, variableName: string): IdpState {
  attributeOrThrow(state.app, variableName);
  const without = <T extends { values: Record<string, unknown> }>(assignment: T): T => {
    const { [variableName]: _gone, ...values } = assignment.values;
    return { ...assignment, values };
  };
  const { [variableName]: _mapping, ...mappings } = state.app.mappings;
  return withApp(state, {
    ...state.app,
    attributes: state.app.attributes.filter((a) => a.variableName !== variableName),
    mappings,
    userAssignments: state.app.userAssignments.map(without),
    groupAssignments: state.app.groupAssignments.map(without),
  });
}

export function setConnection(
  state: IdpState,
  connection: Pick<AppConnection, 'baseUrl' | 'auth'>,
): IdpState {
  if (connection.baseUrl.trim() === '') throw new IdpActionError('The base URL is empty');
  const auth = connection.auth;
  if (auth.type === 'bearer' ? auth.token === '' : auth.username === '') {
    throw new IdpActionError('The credentials are empty');
  }
  return withApp(state, {
    ...state.app,
    connection: { ...state.app.connection, baseUrl: connection.baseUrl.trim(), auth },
  });
}

export function setRequestProfile(state: IdpState, profile: string): IdpState {
  if (!isRequestProfileName(profile)) throw new IdpActionError(`No request profile ${profile}`);
  return withApp(state, { ...state.app, requestProfile: profile });
}

export function setSwitches(state: IdpState, switches: Partial<ToAppSwitches>): IdpState {
  return withApp(state, { ...state.app, switches: { ...state.app.switches, ...switches } });
}

export function setPushSettings(state: IdpState, settings: Partial<PushSettings>): IdpState {
  return withApp(state, { ...state.app, pushSettings: { ...state.app.pushSettings, ...settings } });
}
