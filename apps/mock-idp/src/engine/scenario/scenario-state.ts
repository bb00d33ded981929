/**
 * A scenario's setup as engine state: the app (template, role attributes, attributes,
 * mappings, switches) and the directory. Setup sends nothing; the timeline does.
 */
import { tectonRoleAttributes } from '../app-profile/tecton-role-attributes.ts';
import type { AppAttribute, AttributeMapping } from '../model/app.ts';
import { addGroup, addGroupRule, addPerson } from '../model/directory-changes.ts';
import type { PersonProfile } from '../model/directory.ts';
import { createState } from '../model/new-state.ts';
import type { IdpState } from '../model/state.ts';
import type { Authentication } from '../scim-client/authentication.ts';
import { emptyKeys, groupKey, personKey, type ScenarioKeys } from './scenario-keys.ts';
import type { Scenario, ScenarioAttribute, ScenarioPerson } from './scenario-schema.ts';

export interface Connection {
  baseUrl: string;
  auth: Authentication;
}

export function attributeFrom(input: ScenarioAttribute): AppAttribute {
  return {
    variableName: input.variableName,
    displayName: input.displayName ?? input.variableName,
    dataType: input.dataType,
    externalName: input.externalName,
    externalNamespace: input.externalNamespace,
    scope: input.scope,
    ...(input.description === undefined ? {} : { description: input.description }),
    ...(input.enum === undefined ? {} : { enum: input.enum }),
    ...(input.primary === undefined ? {} : { primary: input.primary }),
  };
}

export function mappingFrom(
  input: string | { expression: string; apply: AttributeMapping['apply'] },
): AttributeMapping {
  return typeof input === 'string' ? { expression: input, apply: 'createAndUpdate' } : input;
}

/** Splits a scenario person into the Okta profile and the rest. */
export function personFrom(input: ScenarioPerson): {
  profile: PersonProfile;
  password?: string;
  status?: 'ACTIVE' | 'SUSPENDED' | 'DEACTIVATED';
} {
  const { key: _key, password, status, ...profile } = input;
  return {
    profile,
    ...(password === undefined ? {} : { password }),
    ...(status === undefined ? {} : { status }),
  };
}

/** The app's attributes as the scenario sets them up, template first. */
export function scenarioAttributes(scenario: Scenario, template: AppAttribute[]): AppAttribute[] {
  const { app } = scenario;
  return [
    ...(app.template === 'none' ? [] : template),
    ...(app.roleAttributes ? tectonRoleAttributes(app.roleAttributes) : []),
    ...app.attributes.map(attributeFrom),
  ];
}

export function stateFromScenario(
  scenario: Scenario,
  connection: Connection,
  idSeed?: string,
): { state: IdpState; keys: ScenarioKeys } {
  const { app } = scenario;
  let state = createState({
    baseUrl: connection.baseUrl,
    auth: connection.auth,
    requestProfile: scenario.profile,
    ...(app.name ? { appName: app.name } : {}),
    ...(app.label ? { appLabel: app.label } : {}),
    ...(app.switches ? { switches: app.switches } : {}),
    ...(app.pushSettings ? { pushSettings: app.pushSettings } : {}),
    ...(idSeed ? { idSeed } : {}),
  });
  const mappings: Record<string, AttributeMapping> =
    app.template === 'none' ? {} : { ...state.app.mappings };
  for (const [name, mapping] of Object.entries(app.mappings)) {
    if (mapping === null) delete mappings[name];
    else mappings[name] = mappingFrom(mapping);
  }
  state = {
    ...state,
    app: { ...state.app, attributes: scenarioAttributes(scenario, state.app.attributes), mappings },
  };

  const keys = emptyKeys();
  for (const person of scenario.directory.people) {
    const added = addPerson(state, personFrom(person));
    state = added.state;
    keys.people.set(personKey(person), added.personId);
  }
  for (const group of scenario.directory.groups) {
    const members = (group.members ?? []).flatMap((member) => keys.people.get(member) ?? []);
    const added = addGroup(state, {
      name: group.name,
      ...(group.description === undefined ? {} : { description: group.description }),
      members,
    });
    state = added.state;
    keys.groups.set(groupKey(group), added.groupId);
  }
  for (const rule of scenario.directory.groupRules) {
    const assignTo = rule.assignTo.flatMap((group) => keys.groups.get(group) ?? []);
    state = addGroupRule(state, { name: rule.name, expression: rule.expression, assignTo }).state;
  }
  return { state, keys };
}
