/**
 * Pure changes to the directory. Each returns a new state and never sends anything: the
 * provisioner works out afterwards what Okta would send because of it.
 */
import { checkExpression } from '../expression/index.ts';
import { IdpActionError } from './action-error.ts';
import type { Group, GroupRule, Person, PersonProfile } from './directory.ts';
import { nextOktaId } from './okta-ids.ts';
import type { IdpState } from './state.ts';

export interface NewPerson {
  profile: PersonProfile;
  password?: string;
  status?: Person['status'];
}

const REQUIRED_PROFILE = ['login', 'firstName', 'lastName', 'email'] as const;

export function personOrThrow(state: IdpState, personId: string): Person {
  const person = state.people[personId];
  if (!person) throw new IdpActionError(`No person with id ${personId}`);
  return person;
}

export function groupOrThrow(state: IdpState, groupId: string): Group {
  const group = state.groups[groupId];
  if (!group) throw new IdpActionError(`No group with id ${groupId}`);
  return group;
}

export function findPersonByLogin(state: IdpState, login: string): Person | undefined {
  const wanted = login.toLowerCase();
  return Object.values(state.people).find(
    (person) => person.profile.login.toLowerCase() === wanted,
  );
}

export function findGroupByName(state: IdpState, name: string): Group | undefined {
  const wanted = name.toLowerCase();
  return Object.values(state.groups).find((group) => group.name.toLowerCase() === wanted);
}

function checkProfile(profile: PersonProfile, self?: string, state?: IdpState): void {
  for (const key of REQUIRED_PROFILE) {
    if (typeof profile[key] !== 'string' || profile[key].trim() === '') {
      throw new IdpActionError(`A person needs a ${key}`);
    }
  }
  const clash = state ? findPersonByLogin(state, profile.login) : undefined;
  if (clash && clash.id !== self) {
    throw new IdpActionError(`Another person already has the login ${profile.login}`);
  }
}

export function addPerson(
  state: IdpState,
  input: NewPerson,
): { state: IdpState; personId: string } {
  checkProfile(input.profile, undefined, state);
  const { id, state: next } = nextOktaId(state, 'user');
  const person: Person = {
    id,
    status: input.status ?? 'ACTIVE',
    profile: { ...input.profile },
    ...(input.password === undefined ? {} : { password: input.password }),
  };
  return { state: { ...next, people: { ...next.people, [id]: person } }, personId: id };
}

/** Adds people one after the other, so a clash within the list is refused like any other. */
export function addPeople(
  state: IdpState,
  inputs: readonly NewPerson[],
): { state: IdpState; personIds: string[] } {
  const personIds: string[] = [];
  let next = state;
  for (const input of inputs) {
    const added = addPerson(next, input);
    next = added.state;
    personIds.push(added.personId);
  }
  return { state: next, personIds };
}

export function updatePerson(
  state: IdpState,
  personId: string,
  changes: Partial<PersonProfile>,
): IdpState {
  const person = personOrThrow(state, personId);
  const profile: PersonProfile = { ...person.profile, ...changes };
  checkProfile(profile, personId, state);
  return { ...state, people: { ...state.people, [personId]: { ...person, profile } } };
}

/**
 * Deactivating a person also removes their direct assignment: after reactivation only group
 * assignments come back by themselves (idp-wire-behavior §1.2 O-8, QA C9293).
 */
export function setPersonStatus(
  state: IdpState,
  personId: string,
  status: Person['status'],
): IdpState {
  const person = personOrThrow(state, personId);
  const people = { ...state.people, [personId]: { ...person, status } };
  if (status !== 'DEACTIVATED') return { ...state, people };
  const userAssignments = state.app.userAssignments.filter((a) => a.personId !== personId);
  return { ...state, people, app: { ...state.app, userAssignments } };
}

/** Okta offers Suspend only for active people, and Unsuspend only for suspended ones. */
export function suspendPerson(state: IdpState, personId: string, suspend: boolean): IdpState {
  const person = personOrThrow(state, personId);
  const from = suspend ? 'ACTIVE' : 'SUSPENDED';
  if (person.status !== from) {
    throw new IdpActionError(
      `${person.profile.login} is ${person.status.toLowerCase()}, not ${from.toLowerCase()}`,
    );
  }
  return setPersonStatus(state, personId, suspend ? 'SUSPENDED' : 'ACTIVE');
}

export function setPassword(state: IdpState, personId: string, password: string): IdpState {
  const person = personOrThrow(state, personId);
  return { ...state, people: { ...state.people, [personId]: { ...person, password } } };
}

/** Removes the person and everything that refers to them. */
export function removePerson(state: IdpState, personId: string): IdpState {
  personOrThrow(state, personId);
  const { [personId]: _person, ...people } = state.people;
  const { [personId]: _appUser, ...appUsers } = state.appUsers;
  const groups = Object.fromEntries(
    Object.entries(state.groups).map(([id, group]) => [
      id,
      group.members.includes(personId)
        ? { ...group, members: group.members.filter((member) => member !== personId) }
        : group,
    ]),
  );
  const userAssignments = state.app.userAssignments.filter((a) => a.personId !== personId);
  // The app account is gone or orphaned: no membership of it is pushed or removed any more.
  const scimId = state.appUsers[personId]?.scimId;
  const pushedGroups = scimId
    ? Object.fromEntries(
        Object.entries(state.pushedGroups).map(([id, pushed]) => [
          id,
          pushed.members?.includes(scimId)
            ? { ...pushed, members: pushed.members.filter((member) => member !== scimId) }
            : pushed,
        ]),
      )
    : state.pushedGroups;
  return {
    ...state,
    people,
    appUsers,
    groups,
    pushedGroups,
    app: { ...state.app, userAssignments },
  };
}

export interface NewGroup {
  name: string;
  description?: string;
  members?: string[];
}

export function addGroup(state: IdpState, input: NewGroup): { state: IdpState; groupId: string } {
  if (input.name.trim() === '') throw new IdpActionError('A group needs a name');
  if (findGroupByName(state, input.name)) {
    throw new IdpActionError(`A group named ${input.name} already exists`);
  }
  for (const member of input.members ?? []) personOrThrow(state, member);
  const { id, state: next } = nextOktaId(state, 'group');
  const group: Group = {
    id,
    name: input.name,
    ...(input.description === undefined ? {} : { description: input.description }),
    members: [...new Set(input.members ?? [])],
  };
  return { state: { ...next, groups: { ...next.groups, [id]: group } }, groupId: id };
}

export function renameGroup(state: IdpState, groupId: string, name: string): IdpState {
  const group = groupOrThrow(state, groupId);
  const clash = findGroupByName(state, name);
  if (clash && clash.id !== groupId)
    throw new IdpActionError(`A group named ${name} already exists`);
  return { ...state, groups: { ...state.groups, [groupId]: { ...group, name } } };
}

export function changeGroupMembers(
  state: IdpState,
  groupId: string,
  change: { add?: string[]; remove?: string[] },
): IdpState {
  const group = groupOrThrow(state, groupId);
  for (const personId of change.add ?? []) personOrThrow(state, personId);
  const removed = new Set(change.remove ?? []);
  const members = [
    ...new Set([...group.members.filter((id) => !removed.has(id)), ...(change.add ?? [])]),
  ];
  return { ...state, groups: { ...state.groups, [groupId]: { ...group, members } } };
}

export interface NewGroupRule {
  name: string;
  expression: string;
  assignTo: string[];
}

/** Group rules may only use `user.*`, and no Convert or Time functions (okta-expression-language §1). */
export function addGroupRule(
  state: IdpState,
  input: NewGroupRule,
): { state: IdpState; ruleId: string } {
  const check = checkExpression(input.expression, { groupRule: true });
  if (!check.ok) {
    throw new IdpActionError(`Group rule ${input.name}: ${check.message}`, check.column);
  }
  for (const groupId of input.assignTo) groupOrThrow(state, groupId);
  const { id, state: next } = nextOktaId(state, 'groupRule');
  const rule: GroupRule = { id, ...input, active: true };
  return { state: { ...next, groupRules: { ...next.groupRules, [id]: rule } }, ruleId: id };
}

export function setGroupRuleActive(state: IdpState, ruleId: string, active: boolean): IdpState {
  const rule = state.groupRules[ruleId];
  if (!rule) throw new IdpActionError(`No group rule with id ${ruleId}`);
  return { ...state, groupRules: { ...state.groupRules, [ruleId]: { ...rule, active } } };
}
