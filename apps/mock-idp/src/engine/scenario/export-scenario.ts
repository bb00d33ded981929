/**
 * The engine's state as a scenario file: the directory and the app's set-up, then the steps
 * that rebuild its assignments and pushes. The connection is left out (the runner takes the
 * URL and token, so no secret is ever written), and so is provisioning state, which replaying
 * the steps recreates.
 */
import type { AppAttribute } from '../model/app.ts';
import type { Person } from '../model/directory.ts';
import type { IdpState } from '../model/state.ts';
import type { ScenarioInput } from './scenario-schema.ts';

type StepInput = ScenarioInput['steps'][number];
type PersonInput = NonNullable<NonNullable<ScenarioInput['directory']>['people']>[number];
type AttributeInput = NonNullable<NonNullable<ScenarioInput['app']>['attributes']>[number];

function attributeInput(attribute: AppAttribute): AttributeInput {
  return {
    variableName: attribute.variableName,
    displayName: attribute.displayName,
    dataType: attribute.dataType,
    externalName: attribute.externalName,
    externalNamespace: attribute.externalNamespace,
    scope: attribute.scope,
    ...(attribute.description === undefined ? {} : { description: attribute.description }),
    ...(attribute.enum === undefined ? {} : { enum: attribute.enum }),
    ...(attribute.primary === undefined ? {} : { primary: attribute.primary }),
  };
}

type Values = Record<string, string | number | boolean | null | string[]>;

function values(raw: Record<string, unknown>): Values {
  return Object.fromEntries(
    Object.entries(raw).filter(
      (entry): entry is [string, Values[string]] =>
        entry[1] === null ||
        ['string', 'number', 'boolean'].includes(typeof entry[1]) ||
        Array.isArray(entry[1]),
    ),
  );
}

function personInput(entry: Person): PersonInput {
  const { login, firstName, lastName, email, displayName, ...custom } = entry.profile;
  return {
    ...values(custom),
    login,
    firstName,
    lastName,
    email,
    ...(typeof displayName === 'string' ? { displayName } : {}),
    ...(entry.password === undefined ? {} : { password: entry.password }),
    ...(entry.status === 'ACTIVE' ? {} : { status: entry.status }),
  };
}

export function exportScenario(state: IdpState, name = `${state.app.label} set-up`): ScenarioInput {
  const person = (id: string) => state.people[id]?.profile.login ?? id;
  const group = (id: string) => state.groups[id]?.name ?? id;
  const { app } = state;
  const steps: StepInput[] = [
    ...app.userAssignments
      .filter((assignment) => state.people[assignment.personId])
      .map((assignment): StepInput => ({
        do: 'assign user',
        user: person(assignment.personId),
        values: values(assignment.values),
      })),
    ...app.groupAssignments.map((assignment): StepInput => ({
      do: 'assign group',
      group: group(assignment.groupId),
      values: values(assignment.values),
    })),
    ...Object.values(state.pushedGroups)
      .filter((pushed) => pushed.targetId && !pushed.ruleId)
      .map((pushed): StepInput => ({
        do: 'push group',
        group: group(pushed.groupId),
        mode: pushed.mode,
        ...(pushed.mode === 'link' ? { target: pushed.targetName } : {}),
      })),
    ...Object.values(state.pushRules)
      .filter((rule) => rule.active)
      .map((rule): StepInput => ({
        do: 'push groups by rule',
        rule: {
          name: rule.name,
          ...(rule.nameStartsWith === undefined ? {} : { nameStartsWith: rule.nameStartsWith }),
          ...(rule.nameContains === undefined ? {} : { nameContains: rule.nameContains }),
        },
      })),
  ];
  return {
    name,
    profile: app.requestProfile,
    app: {
      name: app.name,
      label: app.label,
      template: 'none',
      switches: app.switches,
      attributes: app.attributes.map(attributeInput),
      mappings: Object.fromEntries(
        Object.entries(app.mappings).map(([key, mapping]) => [key, { ...mapping }]),
      ),
      pushSettings: app.pushSettings,
    },
    directory: {
      people: Object.values(state.people).map(personInput),
      groups: Object.values(state.groups).map((entry) => ({
        name: entry.name,
        ...(entry.description === undefined ? {} : { description: entry.description }),
        members: entry.members.map(person),
      })),
      groupRules: Object.values(state.groupRules)
        .filter((rule) => rule.active)
        .map((rule) => ({
          name: rule.name,
          expression: rule.expression,
          assignTo: rule.assignTo.map(group),
        })),
    },
    steps: steps.length > 0 ? steps : [{ do: 'test connection' }],
  };
}
