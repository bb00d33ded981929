import { Link } from 'wouter';
import {
  buildDirectoryIndex,
  personStatus,
  type IdpState,
  type Person,
} from '../../engine/index.ts';
import { StatusBadge } from '../common/StatusBadge.tsx';
import { useIdpState } from '../console/use-idp-state.ts';
import { PageHeader } from '../layout/PageHeader.tsx';
import { paths } from '../paths.ts';
import { TargetUserPane } from '../target/TargetUserPane.tsx';
import { fullName } from './person-name.ts';
import { PersonProfileForm } from './PersonProfileForm.tsx';
import { PersonStatusActions } from './PersonStatusActions.tsx';

function PersonGroups({ state, person }: { state: IdpState; person: Person }) {
  const groupIds = buildDirectoryIndex(state).groupIdsOf(person.id);
  return (
    <div className="panel">
      <h2>Groups</h2>
      {groupIds.length === 0 ? (
        <p>Not in any group.</p>
      ) : (
        <ul className="inline-list">
          {groupIds.map((groupId) => (
            <li key={groupId}>
              <Link href={paths.group(groupId)}>{state.groups[groupId]?.name ?? groupId}</Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function PersonApp({ state, person }: { state: IdpState; person: Person }) {
  const appUser = state.appUsers[person.id];
  return (
    <div className="panel">
      <h2>App: {state.app.label}</h2>
      <p>
        Provisioning status: <StatusBadge status={personStatus(state, person.id)} />
      </p>
      {appUser?.scimId && (
        <p>
          SCIM id: <span className="mono">{appUser.scimId}</span>
        </p>
      )}
      {appUser?.error && <p className="error-text">{appUser.error.detail}</p>}
      <p>
        <Link href={paths.assignments}>Assignments</Link>
      </p>
    </div>
  );
}

/** Directory › People › one person: profile, status, groups, and what the app holds. */
export function PersonPage({ personId }: { personId: string }) {
  const state = useIdpState();
  const person = state.people[personId];
  const trail = [{ label: 'Directory' }, { label: 'People', href: paths.people }];
  if (!person) {
    return (
      <section aria-labelledby="page-title">
        <PageHeader title="Person not found" trail={trail} />
        <p>There is no person with the id {personId} (any more).</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="page-title">
      <PageHeader title={fullName(person)} trail={trail}>
        <p className="page-subtitle">
          {person.profile.login} · <StatusBadge status={person.status} />
        </p>
      </PageHeader>
      <div className="with-aside">
        <div className="main-column">
          <PersonStatusActions person={person} />
          <PersonProfileForm key={person.id} person={person} />
          <PersonGroups state={state} person={person} />
          <PersonApp state={state} person={person} />
        </div>
        <TargetUserPane personId={person.id} />
      </div>
    </section>
  );
}
