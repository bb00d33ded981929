import { useIdpState } from '../console/use-idp-state.ts';
import { PageHeader } from '../layout/PageHeader.tsx';
import { paths } from '../paths.ts';
import { TargetGroupPane } from '../target/TargetGroupPane.tsx';
import { GroupMembers } from './GroupMembers.tsx';
import { RenameGroupForm } from './RenameGroupForm.tsx';

/** Directory › Groups › one group: name, members, and what the app holds if it is pushed. */
export function GroupPage({ groupId }: { groupId: string }) {
  const state = useIdpState();
  const group = state.groups[groupId];
  const trail = [{ label: 'Directory' }, { label: 'Groups', href: paths.groups }];
  if (!group) {
    return (
      <section aria-labelledby="page-title">
        <PageHeader title="Group not found" trail={trail} />
        <p>There is no group with the id {groupId}.</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="page-title">
      <PageHeader title={group.name} trail={trail}>
        {group.description && <p className="page-subtitle">{group.description}</p>}
      </PageHeader>
      <div className="with-aside">
        <div className="main-column">
          <GroupMembers state={state} group={group} />
          <RenameGroupForm key={group.name} group={group} />
        </div>
        <TargetGroupPane groupId={group.id} />
      </div>
    </section>
  );
}
