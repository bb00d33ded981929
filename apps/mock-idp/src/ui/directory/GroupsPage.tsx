import { Link } from 'wouter';
import { buildDirectoryIndex, pushStatus } from '../../engine/index.ts';
import { StatusBadge } from '../common/StatusBadge.tsx';
import { useIdpState } from '../console/use-idp-state.ts';
import { PageHeader } from '../layout/PageHeader.tsx';
import { paths } from '../paths.ts';
import { AddGroupForm } from './AddGroupForm.tsx';
import { GroupTabs } from './GroupTabs.tsx';

/** Directory › Groups. */
export function GroupsPage() {
  const state = useIdpState();
  const index = buildDirectoryIndex(state);
  const assigned = new Set(state.app.groupAssignments.map((a) => a.groupId));
  return (
    <section aria-labelledby="page-title">
      <PageHeader title="Groups" trail={[{ label: 'Directory' }]} />
      <GroupTabs />
      <div className="table-scroll" role="region" aria-label="Groups" tabIndex={0}>
        <table className="list">
          <thead>
            <tr>
              <th scope="col">Group</th>
              <th scope="col">Members</th>
              <th scope="col">Assigned to {state.app.label}</th>
              <th scope="col">Push</th>
            </tr>
          </thead>
          <tbody>
            {Object.values(state.groups).map((group) => (
              <tr key={group.id}>
                <td>
                  <Link href={paths.group(group.id)}>{group.name}</Link>
                  {group.description && <div className="hint">{group.description}</div>}
                </td>
                <td className="numeric">{index.membersOf(group.id).length}</td>
                <td>{assigned.has(group.id) ? 'Yes' : 'No'}</td>
                <td>
                  <StatusBadge status={pushStatus(state, group.id)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <AddGroupForm />
    </section>
  );
}
