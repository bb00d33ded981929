import type { IdpState } from '../model/state.ts';
import type { IdpAction } from './actions.ts';

/** A one-line description of an action for the provisioning log: `assign user ada@example.com`. */
export function describeAction(state: IdpState, action: IdpAction): string {
  const person = (id: string) => state.people[id]?.profile.login ?? id;
  const group = (id: string) => state.groups[id]?.name ?? id;
  switch (action.type) {
    case 'testConnection':
      return 'test connection';
    case 'addPerson':
      return `add person ${action.person.profile.login}`;
    case 'addPeople':
      return `add ${action.people.length} people`;
    case 'updatePerson':
      return `update person ${person(action.personId)} (${Object.keys(action.profile).join(', ')})`;
    case 'deactivatePerson':
      return `deactivate person ${person(action.personId)}`;
    case 'reactivatePerson':
      return `reactivate person ${person(action.personId)}`;
    case 'suspendPerson':
      return `suspend person ${person(action.personId)}`;
    case 'unsuspendPerson':
      return `unsuspend person ${person(action.personId)}`;
    case 'deletePerson':
      return `delete person ${person(action.personId)}`;
    case 'setPassword':
      return `set password of ${person(action.personId)}`;
    case 'addGroup':
      return `add group ${action.group.name}`;
    case 'renameGroup':
      return `rename group ${group(action.groupId)} to ${action.name}`;
    case 'addToGroup':
      return `add ${action.personIds.map(person).join(', ')} to ${group(action.groupId)}`;
    case 'removeFromGroup':
      return `remove ${action.personIds.map(person).join(', ')} from ${group(action.groupId)}`;
    case 'addGroupRule':
      return `add group rule ${action.rule.name}`;
    case 'setGroupRuleActive':
      return `${action.active ? 'activate' : 'deactivate'} group rule ${state.groupRules[action.ruleId]?.name ?? action.ruleId}`;
    case 'assignUser':
      return `assign user ${person(action.personId)}`;
    case 'unassignUser':
      return `unassign user ${person(action.personId)}`;
    case 'assignGroup':
      return `assign group ${group(action.groupId)}`;
    case 'unassignGroup':
      return `unassign group ${group(action.groupId)}`;
    case 'setAssignmentValues':
      return `set assignment values of ${
        'personId' in action.target ? person(action.target.personId) : group(action.target.groupId)
      }`;
    case 'addAttribute':
      return `add attribute ${action.attribute.variableName}`;
    case 'updateAttribute':
      return `update attribute ${action.attribute.variableName}`;
    case 'removeAttribute':
      return `remove attribute ${action.variableName}`;
    case 'setMapping':
      return action.mapping
        ? `map ${action.variableName} from ${action.mapping.expression}`
        : `unmap ${action.variableName}`;
    case 'applyMappings':
      return 'apply mappings';
    case 'setSwitches':
      return `set switches ${JSON.stringify(action.switches)}`;
    case 'setConnection':
      return `set connection ${action.connection.baseUrl}`;
    case 'setRequestProfile':
      return `set request profile ${action.profile}`;
    case 'setPushSettings':
      return `set push settings ${JSON.stringify(action.settings)}`;
    case 'pushGroup':
      return `push group ${group(action.groupId)} (${action.mode})`;
    case 'addPushRule':
      return `add push rule ${action.rule.name}`;
    case 'pushNow':
      return `push now ${group(action.groupId)}`;
    case 'setPushActive':
      return `${action.active ? 'activate' : 'deactivate'} push of ${group(action.groupId)}`;
    case 'unlinkPushedGroup':
      return `unlink ${group(action.groupId)} (${action.deleteInApp ? 'delete in app' : 'leave in app'})`;
    case 'importUsers':
      return 'import users';
    case 'importGroups':
      return 'import groups';
    case 'provisionUser':
      return `provision user ${person(action.personId)}`;
    case 'request':
      return `request ${action.method} ${action.path}${action.query ? `?${action.query}` : ''}`;
  }
}
