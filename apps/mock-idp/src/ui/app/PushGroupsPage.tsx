import { useIdpState } from '../console/use-idp-state.ts';
import { AppPageFrame } from './AppPageFrame.tsx';
import { PushedGroupRow } from './PushedGroupRow.tsx';
import { PushGroupForm } from './PushGroupForm.tsx';
import { PushRuleForm } from './PushRuleForm.tsx';
import { PushSettingsForm } from './PushSettingsForm.tsx';

/** Applications › app › Push Groups: Okta groups and their memberships, mirrored into the app. */
export function PushGroupsPage() {
  const state = useIdpState();
  const pushed = Object.values(state.pushedGroups);
  return (
    <AppPageFrame title="Push Groups">
      <h2>Pushed groups</h2>
      {pushed.length === 0 ? (
        <p>No group is pushed yet.</p>
      ) : (
        <div className="table-scroll" role="region" aria-label="Pushed groups" tabIndex={0}>
          <table className="list">
            <thead>
              <tr>
                <th scope="col">Group in {state.org.name}</th>
                <th scope="col">Group in {state.app.label}</th>
                <th scope="col">Push</th>
                <th scope="col">Status</th>
                <th scope="col">Members pushed</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {pushed.map((entry) => (
                <PushedGroupRow key={entry.groupId} state={state} pushed={entry} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <PushGroupForm state={state} />
      <PushRuleForm state={state} />
      <PushSettingsForm state={state} />
    </AppPageFrame>
  );
}
