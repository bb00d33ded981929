import {
  evaluateAst,
  parseExpression,
  type ExpressionAst,
  type ExpressionGroup,
} from '../expression/index.ts';
import type { GroupAssignment, UserAssignment } from './app.ts';
import type { IdpState } from './state.ts';

/**
 * Group membership with group rules applied, computed once per state: static members plus
 * everyone an active rule's expression is true for (idp-wire-behavior §2). A rule that cannot be
 * evaluated for a person simply does not add them, as Okta skips users a rule errors on.
 */
export interface DirectoryIndex {
  groupIdsOf(personId: string): readonly string[];
  membersOf(groupId: string): readonly string[];
  /** The person's groups as the expression language sees them (isMemberOfGroupName…). */
  expressionGroupsOf(personId: string): ExpressionGroup[];
}

export function buildDirectoryIndex(state: IdpState): DirectoryIndex {
  const groupsOfPerson = new Map<string, Set<string>>();
  const membersOfGroup = new Map<string, Set<string>>();
  const add = (personId: string, groupId: string): void => {
    if (!state.people[personId] || !state.groups[groupId]) return;
    let groups = groupsOfPerson.get(personId);
    if (!groups) groupsOfPerson.set(personId, (groups = new Set()));
    groups.add(groupId);
    let members = membersOfGroup.get(groupId);
    if (!members) membersOfGroup.set(groupId, (members = new Set()));
    members.add(personId);
  };
  for (const group of Object.values(state.groups)) {
    for (const personId of group.members) add(personId, group.id);
  }
  const rules = Object.values(state.groupRules)
    .filter((rule) => rule.active)
    .flatMap((rule) => {
      const ast = parsedOrUndefined(rule.expression);
      return ast ? [{ ast, assignTo: rule.assignTo }] : [];
    });
  if (rules.length > 0) {
    for (const person of Object.values(state.people)) {
      for (const rule of rules) {
        if (ruleMatches(rule.ast, person.profile)) {
          for (const groupId of rule.assignTo) add(person.id, groupId);
        }
      }
    }
  }
  const sortedGroupIds = (personId: string): string[] => {
    // Directory order, so "the first group" is stable.
    const mine = groupsOfPerson.get(personId);
    return mine ? Object.keys(state.groups).filter((id) => mine.has(id)) : [];
  };
  return {
    groupIdsOf: sortedGroupIds,
    membersOf: (groupId) => {
      const members = membersOfGroup.get(groupId);
      return members ? Object.keys(state.people).filter((id) => members.has(id)) : [];
    },
    expressionGroupsOf: (personId) =>
      sortedGroupIds(personId).flatMap((id) => {
        const group = state.groups[id];
        return group ? [{ id: group.id, name: group.name }] : [];
      }),
  };
}

function parsedOrUndefined(expression: string): ExpressionAst | undefined {
  try {
    return parseExpression(expression);
  } catch {
    return undefined;
  }
}

function ruleMatches(ast: ExpressionAst, profile: Record<string, unknown>): boolean {
  try {
    return evaluateAst(ast, { user: profile, groups: [] }) === true;
  } catch {
    return false;
  }
}

/** How a person is assigned to the app: directly, through groups (in priority order), or not. */
export interface EffectiveAssignment {
  direct?: UserAssignment;
  viaGroups: GroupAssignment[];
  assigned: boolean;
}

export function assignmentOf(
  state: IdpState,
  index: DirectoryIndex,
  personId: string,
): EffectiveAssignment {
  const direct = state.app.userAssignments.find((assignment) => assignment.personId === personId);
  const mine = new Set(index.groupIdsOf(personId));
  const viaGroups = state.app.groupAssignments.filter((assignment) => mine.has(assignment.groupId));
  return {
    ...(direct ? { direct } : {}),
    viaGroups,
    assigned: direct !== undefined || viaGroups.length > 0,
  };
}
