import { useState } from 'react';
import { Link } from 'wouter';
import {
  assignmentOf,
  personStatus,
  type DirectoryIndex,
  type IdpState,
  type Person,
} from '../../engine/index.ts';
import { valuesSummary } from '../common/assignment-values.ts';
import { assignedStatus } from '../common/assigned-status.ts';
import { ErrorText } from '../common/ErrorText.tsx';
import { StatusBadge } from '../common/StatusBadge.tsx';
import { useActionForm } from '../common/use-action-form.ts';
import { fullName } from '../directory/person-name.ts';
import { paths } from '../paths.ts';
import { AssignmentValuesEditor } from './AssignmentValuesEditor.tsx';

/** A long list stays fast: the first rows are drawn; the People page finds anyone. */
const SHOWN = 200;

function PersonAssignmentRow({
  state,
  index,
  person,
}: {
  state: IdpState;
  index: DirectoryIndex;
  person: Person;
}) {
  const [editing, setEditing] = useState(false);
  const { busy, error, submit } = useActionForm();
  const assignment = assignmentOf(state, index, person.id);
  const via = assignment.viaGroups.map(
    (group) => state.groups[group.groupId]?.name ?? group.groupId,
  );
  const status = personStatus(state, person.id);
  const appUser = state.appUsers[person.id];
  const name = fullName(person);
  return (
    <tr>
      <td>
        <Link href={paths.person(person.id)}>{name}</Link>
        <div className="mono hint">{person.profile.login}</div>
      </td>
      <td>
        {[...(assignment.direct ? ['Individual'] : []), ...via.map((g) => `Group ${g}`)].join(', ')}
      </td>
      <td>
        {editing && assignment.direct ? (
          <AssignmentValuesEditor
            state={state}
            target={{ personId: person.id }}
            values={assignment.direct.values}
            label={name}
            onDone={() => setEditing(false)}
          />
        ) : (
          <span className="mono">
            {assignment.direct ? valuesSummary(assignment.direct.values) : '—'}
          </span>
        )}
      </td>
      <td>
        <StatusBadge status={status} label={assignedStatus(status)} />
        {appUser?.error && <p className="error-text">{appUser.error.detail}</p>}
      </td>
      <td>
        <div className="button-row">
          {assignment.direct && (
            <>
              <button
                type="button"
                className="button-secondary button-small"
                aria-label={`Edit values of ${name}`}
                onClick={() => setEditing(true)}
              >
                Edit
              </button>
              <button
                type="button"
                className="button-secondary button-small"
                aria-label={`Unassign ${name}`}
                disabled={busy}
                onClick={() => void submit({ type: 'unassignUser', personId: person.id })}
              >
                Unassign
              </button>
            </>
          )}
          {(status === 'error' || status === 'pending' || status === 'not assigned') && (
            <button
              type="button"
              className="button-secondary button-small"
              aria-label={`Provision ${name} again`}
              disabled={busy}
              onClick={() => void submit({ type: 'provisionUser', personId: person.id })}
            >
              Provision User
            </button>
          )}
        </div>
        <ErrorText error={error} />
      </td>
    </tr>
  );
}

/** Everyone assigned, directly or through groups, with their provisioning status. */
export function PeopleAssignmentsTable({
  state,
  index,
}: {
  state: IdpState;
  index: DirectoryIndex;
}) {
  const assigned = Object.values(state.people).filter(
    (person) => assignmentOf(state, index, person.id).assigned || state.appUsers[person.id],
  );
  if (assigned.length === 0) return <p>Nobody is assigned to {state.app.label} yet.</p>;
  return (
    <>
      {assigned.length > SHOWN && (
        <p className="hint">
          Showing {SHOWN} of {assigned.length} people.
        </p>
      )}
      <div className="table-scroll" role="region" aria-label="Assigned people" tabIndex={0}>
        <table className="list">
          <thead>
            <tr>
              <th scope="col">Person</th>
              <th scope="col">Assigned</th>
              <th scope="col">Values</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {assigned.slice(0, SHOWN).map((person) => (
              <PersonAssignmentRow key={person.id} state={state} index={index} person={person} />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
