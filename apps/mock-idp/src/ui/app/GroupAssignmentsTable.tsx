import { useState } from 'react';
import { Link } from 'wouter';
import {
  groupAssignmentStatus,
  type DirectoryIndex,
  type GroupAssignment,
  type IdpState,
  type PersonProvisioningStatus,
} from '../../engine/index.ts';
import { valuesSummary } from '../common/assignment-values.ts';
import { assignedStatus } from '../common/assigned-status.ts';
import { ErrorText } from '../common/ErrorText.tsx';
import { useActionForm } from '../common/use-action-form.ts';
import { paths } from '../paths.ts';
import { AssignmentValuesEditor } from './AssignmentValuesEditor.tsx';

/** `10 provisioned, 1 error`: how the group's members stand in the app. */
function statusSummary(counts: Record<string, number | undefined>): string {
  const parts = Object.entries(counts)
    .filter(([, count]) => (count ?? 0) > 0)
    .map(
      ([status, count]) => `${count ?? 0} ${assignedStatus(status as PersonProvisioningStatus)}`,
    );
  return parts.length === 0 ? 'no members' : parts.join(', ');
}

function GroupAssignmentRow({
  state,
  index,
  assignment,
  priority,
}: {
  state: IdpState;
  index: DirectoryIndex;
  assignment: GroupAssignment;
  priority: number;
}) {
  const [editing, setEditing] = useState(false);
  const { busy, error, submit } = useActionForm();
  const name = state.groups[assignment.groupId]?.name ?? assignment.groupId;
  const status = groupAssignmentStatus(state, index, assignment.groupId);
  return (
    <tr>
      <td className="numeric">{priority}</td>
      <td>
        <Link href={paths.group(assignment.groupId)}>{name}</Link>
      </td>
      <td>
        {editing ? (
          <AssignmentValuesEditor
            state={state}
            target={{ groupId: assignment.groupId }}
            values={assignment.values}
            label={name}
            onDone={() => setEditing(false)}
          />
        ) : (
          <span className="mono">{valuesSummary(assignment.values)}</span>
        )}
      </td>
      <td>
        {statusSummary(status.counts)}
        {status.errors.map(({ personId, error: problem }) => (
          <p key={personId} className="error-text">
            {state.people[personId]?.profile.login}: {problem.detail}
          </p>
        ))}
      </td>
      <td>
        <div className="button-row">
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
            onClick={() => void submit({ type: 'unassignGroup', groupId: assignment.groupId })}
          >
            Unassign
          </button>
        </div>
        <ErrorText error={error} />
      </td>
    </tr>
  );
}

export function GroupAssignmentsTable({
  state,
  index,
}: {
  state: IdpState;
  index: DirectoryIndex;
}) {
  const assignments = state.app.groupAssignments;
  if (assignments.length === 0) return <p>No group is assigned to {state.app.label} yet.</p>;
  return (
    <div className="table-scroll" role="region" aria-label="Assigned groups" tabIndex={0}>
      <table className="list">
        <thead>
          <tr>
            <th scope="col">Priority</th>
            <th scope="col">Group</th>
            <th scope="col">Values</th>
            <th scope="col">Members in the app</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {assignments.map((assignment, position) => (
            <GroupAssignmentRow
              key={assignment.groupId}
              state={state}
              index={index}
              assignment={assignment}
              priority={position + 1}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
