/**
 * A scenario step as an engine action: keys become engine ids, and a `request` step's path is
 * split and its query encoded (authors write `filter=userName eq "x"`; Okta sends `%20`).
 */
import type { IdpAction } from '../provisioning/actions.ts';
import { attributeFrom, personFrom } from './scenario-state.ts';
import { groupKey, personKey, type ScenarioKeys } from './scenario-keys.ts';
import type { ScenarioStep } from './scenario-schema.ts';

export class ScenarioStepError extends Error {
  override readonly name = 'ScenarioStepError';
}

export interface StepContext {
  keys: ScenarioKeys;
  /** `{user:key}` and `{group:key}` → SCIM ids, for raw requests. */
  resolve(text: string): string;
}

function person(context: StepContext, key: string): string {
  const id = context.keys.people.get(key);
  if (!id) throw new ScenarioStepError(`No person ${key}`);
  return id;
}

function group(context: StepContext, key: string): string {
  const id = context.keys.groups.get(key);
  if (!id) throw new ScenarioStepError(`No group ${key}`);
  return id;
}

/** Encodes each query value unless the author already did (it contains `%`). */
export function encodeQuery(query: string): string {
  if (query.includes('%')) return query;
  return query
    .split('&')
    .map((pair) => {
      const at = pair.indexOf('=');
      return at < 0
        ? encodeURIComponent(pair)
        : `${pair.slice(0, at)}=${encodeURIComponent(pair.slice(at + 1))}`;
    })
    .join('&');
}

export function actionOfStep(step: ScenarioStep, context: StepContext): IdpAction {
  switch (step.do) {
    case 'test connection':
      return { type: 'testConnection' };
    case 'add person':
      return { type: 'addPerson', person: personFrom(step.person) };
    case 'update person':
      return { type: 'updatePerson', personId: person(context, step.user), profile: step.set };
    case 'deactivate person':
      return { type: 'deactivatePerson', personId: person(context, step.user) };
    case 'reactivate person':
      return { type: 'reactivatePerson', personId: person(context, step.user) };
    case 'delete person':
      return { type: 'deletePerson', personId: person(context, step.user) };
    case 'set password':
      return { type: 'setPassword', personId: person(context, step.user), password: step.password };
    case 'add group':
      return {
        type: 'addGroup',
        group: {
          name: step.group.name,
          ...(step.group.description === undefined ? {} : { description: step.group.description }),
          members: (step.group.members ?? []).map((key) => person(context, key)),
        },
      };
    case 'rename group':
      return { type: 'renameGroup', groupId: group(context, step.group), name: step.name };
    case 'add to group':
    case 'remove from group':
      return {
        type: step.do === 'add to group' ? 'addToGroup' : 'removeFromGroup',
        groupId: group(context, step.group),
        personIds: step.users.map((key) => person(context, key)),
      };
    case 'add group rule':
      return {
        type: 'addGroupRule',
        rule: {
          name: step.rule.name,
          expression: step.rule.expression,
          assignTo: step.rule.assignTo.map((key) => group(context, key)),
        },
      };
    case 'assign user':
      return {
        type: 'assignUser',
        personId: person(context, step.user),
        values: step.values ?? {},
      };
    case 'unassign user':
      return { type: 'unassignUser', personId: person(context, step.user) };
    case 'assign group':
      return {
        type: 'assignGroup',
        groupId: group(context, step.group),
        values: step.values ?? {},
      };
    case 'unassign group':
      return { type: 'unassignGroup', groupId: group(context, step.group) };
    case 'set assignment values':
      return {
        type: 'setAssignmentValues',
        target:
          step.user !== undefined
            ? { personId: person(context, step.user) }
            : { groupId: group(context, step.group ?? '') },
        values: step.values,
      };
    case 'add attribute':
      return { type: 'addAttribute', attribute: attributeFrom(step.attribute) };
    case 'change mapping':
      return {
        type: 'setMapping',
        variableName: step.attribute,
        mapping:
          step.expression === null
            ? null
            : { expression: step.expression, apply: step.apply ?? 'createAndUpdate' },
      };
    case 'apply mappings':
      return { type: 'applyMappings' };
    case 'set switches':
      return { type: 'setSwitches', switches: step.switches };
    case 'push group':
      return {
        type: 'pushGroup',
        groupId: group(context, step.group),
        mode: step.mode,
        ...(step.target === undefined ? {} : { targetName: step.target }),
        ...(step.pushMemberships === undefined ? {} : { pushMemberships: step.pushMemberships }),
      };
    case 'push groups by rule':
      return { type: 'addPushRule', rule: step.rule };
    case 'push now':
      return { type: 'pushNow', groupId: group(context, step.group) };
    case 'deactivate push':
    case 'activate push':
      return {
        type: 'setPushActive',
        groupId: group(context, step.group),
        active: step.do === 'activate push',
      };
    case 'unlink pushed group':
      return {
        type: 'unlinkPushedGroup',
        groupId: group(context, step.group),
        deleteInApp: step.deleteInApp,
      };
    case 'import users':
      return {
        type: 'importUsers',
        ...(step.confirmMatches === undefined ? {} : { confirmMatches: step.confirmMatches }),
      };
    case 'import groups':
      return { type: 'importGroups' };
    case 'provision user':
      return { type: 'provisionUser', personId: person(context, step.user) };
    case 'request': {
      const target = context.resolve(step.path);
      const at = target.indexOf('?');
      return {
        type: 'request',
        method: step.method,
        path: at < 0 ? target : target.slice(0, at),
        ...(at < 0 ? {} : { query: encodeQuery(target.slice(at + 1)) }),
        ...(step.body === undefined ? {} : { body: step.body }),
        ...(step.auth === undefined
          ? {}
          : { authorization: step.auth === 'none' ? null : step.auth }),
      };
    }
    case 'check':
      throw new ScenarioStepError('A check step has no action');
  }
}

/** Records the keys of what an add step created, so later steps can name it. */
export function rememberCreated(
  step: ScenarioStep,
  created: { personId?: string; groupId?: string } | undefined,
  keys: ScenarioKeys,
): void {
  if (step.do === 'add person' && created?.personId)
    keys.people.set(personKey(step.person), created.personId);
  if (step.do === 'add group' && created?.groupId)
    keys.groups.set(groupKey(step.group), created.groupId);
}
