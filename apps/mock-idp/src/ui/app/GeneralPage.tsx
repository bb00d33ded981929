import { Link } from 'wouter';
import { requestProfile } from '../../engine/index.ts';
import { useIdpState } from '../console/use-idp-state.ts';
import { paths } from '../paths.ts';
import { AppPageFrame } from './AppPageFrame.tsx';

/** Applications › app › General: what the app is and how it talks. */
export function GeneralPage() {
  const { app, org } = useIdpState();
  const profile = requestProfile(app.requestProfile);
  return (
    <AppPageFrame title="General">
      <div className="panel">
        <h2>App Settings</h2>
        <dl className="facts">
          <dt>Application label</dt>
          <dd>{app.label}</dd>
          <dt>Instance name</dt>
          <dd className="mono">{app.name}</dd>
          <dt>Organisation</dt>
          <dd>{org.name}</dd>
          <dt>SCIM connector base URL</dt>
          <dd className="mono">{app.connection.baseUrl}</dd>
          <dt>IdP profile</dt>
          <dd>
            {profile.label}: {profile.summary}
          </dd>
          <dt>Assignments</dt>
          <dd>
            {app.userAssignments.length} people and {app.groupAssignments.length} groups (
            <Link href={paths.assignments}>Assignments</Link>)
          </dd>
        </dl>
      </div>
    </AppPageFrame>
  );
}
