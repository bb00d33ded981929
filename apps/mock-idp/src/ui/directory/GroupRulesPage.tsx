import type { GroupRule, IdpState } from '../../engine/index.ts';
import { ErrorText } from '../common/ErrorText.tsx';
import { useActionForm } from '../common/use-action-form.ts';
import { useIdpState } from '../console/use-idp-state.ts';
import { PageHeader } from '../layout/PageHeader.tsx';
import { paths } from '../paths.ts';
import { AddGroupRuleForm } from './AddGroupRuleForm.tsx';
import { GroupTabs } from './GroupTabs.tsx';

function RuleRow({ state, rule }: { state: IdpState; rule: GroupRule }) {
  const { busy, error, submit } = useActionForm();
  return (
    <tr>
      <td>{rule.name}</td>
      <td className="mono">{rule.expression}</td>
      <td>{rule.assignTo.map((id) => state.groups[id]?.name ?? id).join(', ')}</td>
      <td>{rule.active ? 'Active' : 'Inactive'}</td>
      <td>
        <button
          type="button"
          className="button-secondary button-small"
          disabled={busy}
          onClick={() =>
            void submit({ type: 'setGroupRuleActive', ruleId: rule.id, active: !rule.active })
          }
        >
          {rule.active ? 'Deactivate' : 'Activate'}
        </button>
        <ErrorText error={error} />
      </td>
    </tr>
  );
}

/** Directory › Groups › Rules: membership by expression over the person's profile. */
export function GroupRulesPage() {
  const state = useIdpState();
  return (
    <section aria-labelledby="page-title">
      <PageHeader
        title="Group rules"
        trail={[{ label: 'Directory' }, { label: 'Groups', href: paths.groups }]}
      />
      <GroupTabs />
      <div className="table-scroll" role="region" aria-label="Group rules" tabIndex={0}>
        <table className="list">
          <thead>
            <tr>
              <th scope="col">Rule</th>
              <th scope="col">If</th>
              <th scope="col">Assign to</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {Object.values(state.groupRules).map((rule) => (
              <RuleRow key={rule.id} state={state} rule={rule} />
            ))}
          </tbody>
        </table>
      </div>
      <AddGroupRuleForm state={state} />
    </section>
  );
}
