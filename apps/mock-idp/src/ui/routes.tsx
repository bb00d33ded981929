import { Route, Switch } from 'wouter';
import { AssignmentsPage } from './app/AssignmentsPage.tsx';
import { GeneralPage } from './app/GeneralPage.tsx';
import { ImportPage } from './app/ImportPage.tsx';
import { IntegrationPage } from './app/IntegrationPage.tsx';
import { MappingsPage } from './app/MappingsPage.tsx';
import { ProfileEditorPage } from './app/ProfileEditorPage.tsx';
import { PushGroupsPage } from './app/PushGroupsPage.tsx';
import { ToAppPage } from './app/ToAppPage.tsx';
import { DashboardPage } from './dashboard/DashboardPage.tsx';
import { GroupPage } from './directory/GroupPage.tsx';
import { GroupRulesPage } from './directory/GroupRulesPage.tsx';
import { GroupsPage } from './directory/GroupsPage.tsx';
import { PeoplePage } from './directory/PeoplePage.tsx';
import { PersonPage } from './directory/PersonPage.tsx';
import { PageHeader } from './layout/PageHeader.tsx';
import { paths } from './paths.ts';
import { SystemLogPage } from './reports/SystemLogPage.tsx';
import { SettingsPage } from './settings/SettingsPage.tsx';

function NotFound() {
  return (
    <section aria-labelledby="page-title">
      <PageHeader title="Page not found" trail={[]} />
      <p>There is no such page in this console.</p>
    </section>
  );
}

export function ConsoleRoutes() {
  return (
    <Switch>
      <Route path={paths.dashboard} component={DashboardPage} />
      <Route path={paths.people} component={PeoplePage} />
      <Route path="/people/:id">{(params) => <PersonPage personId={params.id} />}</Route>
      <Route path={paths.groups} component={GroupsPage} />
      <Route path={paths.groupRules} component={GroupRulesPage} />
      <Route path="/groups/:id">{(params) => <GroupPage groupId={params.id} />}</Route>
      <Route path={paths.general} component={GeneralPage} />
      <Route path={paths.integration} component={IntegrationPage} />
      <Route path={paths.toApp} component={ToAppPage} />
      <Route path={paths.profileEditor} component={ProfileEditorPage} />
      <Route path={paths.mappings} component={MappingsPage} />
      <Route path={paths.assignments} component={AssignmentsPage} />
      <Route path={paths.pushGroups} component={PushGroupsPage} />
      <Route path={paths.import} component={ImportPage} />
      <Route path={paths.systemLog} component={SystemLogPage} />
      <Route path={paths.settings} component={SettingsPage} />
      <Route component={NotFound} />
    </Switch>
  );
}
