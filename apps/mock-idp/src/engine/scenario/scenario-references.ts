/**
 * Checks a parsed scenario for what zod cannot see: keys that name no person or group at that
 * point of the timeline, attributes the app does not have, values outside an enum, and
 * expressions or external names that do not parse (with the column).
 */
import { externalNameProblem } from '../app-profile/external-name.ts';
import { templateAttributes } from '../app-profile/okta-scim-template.ts';
import { checkExpression } from '../expression/index.ts';
import type { AppAttribute } from '../model/app.ts';
import { closestName } from './closest-name.ts';
import { groupKey, personKey } from './scenario-keys.ts';
import type { Expectation, Scenario, ScenarioStep } from './scenario-schema.ts';
import { scenarioAttributes } from './scenario-state.ts';

interface Known {
  people: Set<string>;
  groups: Set<string>;
  /** Keys of ids that raw requests remember (`remember: "user:new"`), usable in expectations. */
  remembered: { user: Set<string>; group: Set<string> };
  attributes: AppAttribute[];
}

export function scenarioReferenceErrors(scenario: Scenario): string[] {
  const errors: string[] = [];
  const known: Known = {
    people: new Set(),
    groups: new Set(),
    remembered: { user: new Set(), group: new Set() },
    attributes: scenarioAttributes(scenario, templateAttributes()),
  };
  const appName = scenario.app.name ?? 'scim_app';

  scenario.app.attributes.forEach((attribute, index) => {
    const problem = externalNameProblem(attribute.externalName);
    if (problem) errors.push(`app.attributes[${index}].externalName: ${problem}`);
  });
  for (const [name, mapping] of Object.entries(scenario.app.mappings)) {
    const where = `app.mappings.${name}`;
    if (!known.attributes.some((a) => a.variableName === name)) {
      errors.push(`${where}: ${unknownAttribute(name, known)}`);
    }
    if (mapping === null) continue;
    const expression = typeof mapping === 'string' ? mapping : mapping.expression;
    const check = checkExpression(expression, { apps: [appName] });
    if (!check.ok) errors.push(`${where}: ${check.message}`);
  }

  scenario.directory.people.forEach((person, index) => {
    const key = personKey(person);
    if (known.people.has(key))
      errors.push(`directory.people[${index}]: the key ${key} is used twice`);
    known.people.add(key);
  });
  scenario.directory.groups.forEach((group, index) => {
    const where = `directory.groups[${index}]`;
    const key = groupKey(group);
    if (known.groups.has(key)) errors.push(`${where}: the key ${key} is used twice`);
    known.groups.add(key);
    group.members?.forEach((member, i) =>
      personRef(errors, `${where}.members[${i}]`, member, known),
    );
  });
  scenario.directory.groupRules.forEach((rule, index) => {
    const where = `directory.groupRules[${index}]`;
    rule.assignTo.forEach((group, i) => groupRef(errors, `${where}.assignTo[${i}]`, group, known));
    const check = checkExpression(rule.expression, { groupRule: true });
    if (!check.ok) errors.push(`${where}.expression: ${check.message}`);
  });

  scenario.steps.forEach((step, index) => {
    stepErrors(errors, `steps[${index}] (${step.do})`, step, known, appName);
  });
  return errors;
}

function unknownAttribute(name: string, known: Known): string {
  const names = known.attributes.map((a) => a.variableName);
  const near = closestName(name, names);
  return `the app has no attribute ${name}${near ? ` (did you mean ${near}?)` : ''}`;
}

function personRef(errors: string[], where: string, key: string, known: Known): void {
  if (known.people.has(key)) return;
  const near = closestName(key, [...known.people]);
  errors.push(`${where}: no person ${key} at this point${near ? ` (did you mean ${near}?)` : ''}`);
}

function groupRef(errors: string[], where: string, key: string, known: Known): void {
  if (known.groups.has(key)) return;
  const near = closestName(key, [...known.groups]);
  errors.push(`${where}: no group ${key} at this point${near ? ` (did you mean ${near}?)` : ''}`);
}

function valueErrors(
  errors: string[],
  where: string,
  values: Record<string, unknown> | undefined,
  known: Known,
): void {
  for (const [name, value] of Object.entries(values ?? {})) {
    const attribute = known.attributes.find((a) => a.variableName === name);
    if (!attribute) {
      errors.push(`${where}.values.${name}: ${unknownAttribute(name, known)}`);
      continue;
    }
    const members = attribute.enum?.map((member) => member.value);
    if (members && value !== null && !(typeof value === 'string' && members.includes(value))) {
      errors.push(
        `${where}.values.${name}: ${JSON.stringify(value)} is not one of ${members.join(', ')}`,
      );
    }
  }
}

function stepErrors(
  errors: string[],
  where: string,
  step: ScenarioStep,
  known: Known,
  appName: string,
): void {
  const person = (key: string, field = 'user') =>
    personRef(errors, `${where}.${field}`, key, known);
  const group = (key: string, field = 'group') => groupRef(errors, `${where}.${field}`, key, known);
  switch (step.do) {
    case 'add person': {
      const key = personKey(step.person);
      if (known.people.has(key)) errors.push(`${where}.person: the key ${key} is already used`);
      known.people.add(key);
      break;
    }
    case 'add group': {
      const key = groupKey(step.group);
      if (known.groups.has(key)) errors.push(`${where}.group: the key ${key} is already used`);
      step.group.members?.forEach((member, i) => person(member, `group.members[${i}]`));
      known.groups.add(key);
      break;
    }
    case 'add group rule': {
      step.rule.assignTo.forEach((key, i) => group(key, `rule.assignTo[${i}]`));
      const check = checkExpression(step.rule.expression, { groupRule: true });
      if (!check.ok) errors.push(`${where}.rule.expression: ${check.message}`);
      break;
    }
    case 'update person':
    case 'deactivate person':
    case 'reactivate person':
    case 'delete person':
    case 'set password':
    case 'unassign user':
    case 'provision user':
      person(step.user);
      break;
    case 'assign user':
      person(step.user);
      valueErrors(errors, where, step.values, known);
      break;
    case 'assign group':
      group(step.group);
      valueErrors(errors, where, step.values, known);
      break;
    case 'set assignment values':
      if ((step.user === undefined) === (step.group === undefined)) {
        errors.push(`${where}: name either a user or a group`);
      }
      if (step.user !== undefined) person(step.user);
      if (step.group !== undefined) group(step.group);
      valueErrors(errors, where, step.values, known);
      break;
    case 'add to group':
    case 'remove from group':
      group(step.group);
      step.users.forEach((key, i) => person(key, `users[${i}]`));
      break;
    case 'rename group':
    case 'unassign group':
    case 'push group':
    case 'push now':
    case 'deactivate push':
    case 'activate push':
    case 'unlink pushed group':
      group(step.group);
      break;
    case 'add attribute': {
      const problem = externalNameProblem(step.attribute.externalName);
      if (problem) errors.push(`${where}.attribute.externalName: ${problem}`);
      known.attributes = [
        ...known.attributes,
        { ...step.attribute, displayName: step.attribute.variableName },
      ];
      break;
    }
    case 'change mapping': {
      if (!known.attributes.some((a) => a.variableName === step.attribute)) {
        errors.push(`${where}.attribute: ${unknownAttribute(step.attribute, known)}`);
      }
      if (step.expression !== null) {
        const check = checkExpression(step.expression, { apps: [appName] });
        if (!check.ok) errors.push(`${where}.expression: ${check.message}`);
      }
      break;
    }
    case 'request':
      if (step.remember) {
        const [kind, ...rest] = step.remember.split(':');
        known.remembered[kind === 'group' ? 'group' : 'user'].add(rest.join(':'));
      }
      break;
    default:
      break;
  }
  if (step.expect) expectationErrors(errors, `${where}.expect`, step.expect, known);
}

function expectationErrors(
  errors: string[],
  where: string,
  expect: Expectation,
  known: Known,
): void {
  for (const key of Object.keys(expect.users ?? {}))
    personRef(errors, `${where}.users.${key}`, key, known);
  for (const key of Object.keys(expect.groups ?? {}))
    groupRef(errors, `${where}.groups.${key}`, key, known);
  for (const key of Object.keys(expect.server?.users ?? {})) {
    if (!known.remembered.user.has(key))
      personRef(errors, `${where}.server.users.${key}`, key, known);
  }
  for (const key of Object.keys(expect.server?.groups ?? {})) {
    if (!known.remembered.group.has(key))
      groupRef(errors, `${where}.server.groups.${key}`, key, known);
  }
}
