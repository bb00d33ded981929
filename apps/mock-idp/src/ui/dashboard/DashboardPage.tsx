import { Link } from 'wouter';
import { personStatus } from '../../engine/index.ts';
import { useIdpState } from '../console/use-idp-state.ts';
import { PageHeader } from '../layout/PageHeader.tsx';
import { paths } from '../paths.ts';

/** The org at a glance, and where a demo starts. */
export function DashboardPage() {
  const state = useIdpState();
  const people = Object.keys(state.people);
  const provisioned = people.filter((id) => personStatus(state, id) === 'provisioned').length;
  const pushed = Object.keys(state.pushedGroups).length;
  return (
    <section aria-labelledby="page-title">
      <PageHeader title="Overview" trail={[{ label: 'Dashboard' }]} />
      <dl className="stats">
        <div>
          <dt>People</dt>
          <dd>{people.length}</dd>
        </div>
        <div>
          <dt>Groups</dt>
          <dd>{Object.keys(state.groups).length}</dd>
        </div>
        <div>
          <dt>Provisioned to {state.app.label}</dt>
          <dd>{provisioned}</dd>
        </div>
        <div>
          <dt>Pushed groups</dt>
          <dd>{pushed}</dd>
        </div>
      </dl>
      <div className="panel">
        <h2>Try provisioning</h2>
        <p>
          {state.app.label} sends its SCIM requests to <code>{state.app.connection.baseUrl}</code>.
        </p>
        <ol className="steps">
          <li>
            <Link href={paths.integration}>Test the connector configuration</Link>.
          </li>
          <li>
            <Link href={paths.assignments}>Assign a group</Link> and watch its members get created
            with their roles.
          </li>
          <li>
            <Link href={paths.mappings}>Change a role mapping</Link> and see the roles change on the
            server.
          </li>
          <li>
            <Link href={paths.pushGroups}>Push a group</Link>, then change its members in{' '}
            <Link href={paths.groups}>Groups</Link>.
          </li>
          <li>
            Deactivate someone in <Link href={paths.people}>People</Link>: the server locks them.
          </li>
          <li>
            Read every request and response in the <Link href={paths.systemLog}>System Log</Link>.
          </li>
        </ol>
      </div>
    </section>
  );
}
