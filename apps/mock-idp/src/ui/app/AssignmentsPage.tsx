import { buildDirectoryIndex } from '../../engine/index.ts';
import { useIdpState } from '../console/use-idp-state.ts';
import { fullName } from '../directory/person-name.ts';
import { AppPageFrame } from './AppPageFrame.tsx';
import { AssignForm } from './AssignForm.tsx';
import { GroupAssignmentsTable } from './GroupAssignmentsTable.tsx';
import { PeopleAssignmentsTable } from './PeopleAssignmentsTable.tsx';

/** Applications › app › Assignments: who gets an app account, with which values, and how it went. */
export function AssignmentsPage() {
  const state = useIdpState();
  const index = buildDirectoryIndex(state);
  const directly = new Set(state.app.userAssignments.map((a) => a.personId));
  const groupsAssigned = new Set(state.app.groupAssignments.map((a) => a.groupId));
  return (
    <AppPageFrame title="Assignments">
      <div className="two-forms">
        <AssignForm
          state={state}
          kind="group"
          choices={Object.values(state.groups)
            .filter((group) => !groupsAssigned.has(group.id))
            .map((group) => ({ id: group.id, label: group.name }))}
        />
        <AssignForm
          state={state}
          kind="person"
          choices={Object.values(state.people)
            .filter((person) => !directly.has(person.id) && person.status !== 'DEACTIVATED')
            .map((person) => ({
              id: person.id,
              label: `${fullName(person)} (${person.profile.login})`,
            }))}
        />
      </div>
      <h2>Assigned groups</h2>
      <GroupAssignmentsTable state={state} index={index} />
      <h2>Assigned people</h2>
      <PeopleAssignmentsTable state={state} index={index} />
    </AppPageFrame>
  );
}
