import { useId, useState } from 'react';
import { Link } from 'wouter';
import { buildDirectoryIndex, type Group, type IdpState } from '../../engine/index.ts';
import { ErrorText } from '../common/ErrorText.tsx';
import { StatusBadge } from '../common/StatusBadge.tsx';
import { useActionForm } from '../common/use-action-form.ts';
import { paths } from '../paths.ts';
import { fullName } from './person-name.ts';

function AddMemberForm({ state, group }: { state: IdpState; group: Group }) {
  const id = useId();
  const members = new Set(buildDirectoryIndex(state).membersOf(group.id));
  const candidates = Object.values(state.people).filter((person) => !members.has(person.id));
  const [personId, setPersonId] = useState('');
  const { busy, error, submit } = useActionForm();
  return (
    <form
      className="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (personId === '') return;
        void submit({ type: 'addToGroup', groupId: group.id, personIds: [personId] }).then(() =>
          setPersonId(''),
        );
      }}
    >
      <label htmlFor={id}>Add person</label>
      <select id={id} value={personId} onChange={(e) => setPersonId(e.target.value)} required>
        <option value="">Choose a person…</option>
        {candidates.map((person) => (
          <option key={person.id} value={person.id}>
            {fullName(person)} ({person.profile.login})
          </option>
        ))}
      </select>
      <button type="submit" className="button-primary" disabled={busy}>
        Add
      </button>
      <ErrorText error={error} />
    </form>
  );
}

function MemberRow({
  state,
  group,
  personId,
}: {
  state: IdpState;
  group: Group;
  personId: string;
}) {
  const { busy, error, submit } = useActionForm();
  const person = state.people[personId];
  if (!person) return null;
  const byRule = !group.members.includes(personId);
  return (
    <tr>
      <td>
        <Link href={paths.person(personId)}>{fullName(person)}</Link>
      </td>
      <td className="mono">{person.profile.login}</td>
      <td>
        <StatusBadge status={person.status} />
      </td>
      <td>
        {byRule ? (
          <span className="hint">By group rule</span>
        ) : (
          <button
            type="button"
            className="button-secondary button-small"
            disabled={busy}
            aria-label={`Remove ${fullName(person)} from ${group.name}`}
            onClick={() =>
              void submit({ type: 'removeFromGroup', groupId: group.id, personIds: [personId] })
            }
          >
            Remove
          </button>
        )}
        <ErrorText error={error} />
      </td>
    </tr>
  );
}

/** A group's members (static and by rule), adding and removing static ones. */
export function GroupMembers({ state, group }: { state: IdpState; group: Group }) {
  const members = buildDirectoryIndex(state).membersOf(group.id);
  return (
    <div className="panel">
      <h2>Members ({members.length})</h2>
      <AddMemberForm state={state} group={group} />
      <div className="table-scroll" role="region" aria-label="Members" tabIndex={0}>
        <table className="list">
          <thead>
            <tr>
              <th scope="col">Person</th>
              <th scope="col">Username</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {members.map((personId) => (
              <MemberRow key={personId} state={state} group={group} personId={personId} />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
