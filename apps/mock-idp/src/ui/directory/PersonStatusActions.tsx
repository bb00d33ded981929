import { useLocation } from 'wouter';
import type { IdpAction, Person } from '../../engine/index.ts';
import { ErrorText } from '../common/ErrorText.tsx';
import { useActionForm } from '../common/use-action-form.ts';
import { paths } from '../paths.ts';

interface StatusAction {
  label: string;
  action: IdpAction;
  /** Asked before it runs. */
  confirm?: string;
}

/** Okta's "More actions" for a person's status, as Okta offers them for each status. */
function actionsFor(person: Person): StatusAction[] {
  const personId = person.id;
  switch (person.status) {
    case 'ACTIVE':
      return [
        { label: 'Suspend', action: { type: 'suspendPerson', personId } },
        {
          label: 'Deactivate',
          action: { type: 'deactivatePerson', personId },
          confirm: `Deactivate ${person.profile.login}? Their app accounts are deactivated too.`,
        },
      ];
    case 'SUSPENDED':
      return [
        { label: 'Unsuspend', action: { type: 'unsuspendPerson', personId } },
        { label: 'Deactivate', action: { type: 'deactivatePerson', personId } },
      ];
    case 'DEACTIVATED':
      return [
        { label: 'Reactivate', action: { type: 'reactivatePerson', personId } },
        {
          label: 'Delete',
          action: { type: 'deletePerson', personId },
          confirm: `Delete ${person.profile.login} for good?`,
        },
      ];
  }
}

export function PersonStatusActions({ person }: { person: Person }) {
  const { busy, error, submit } = useActionForm();
  const [, navigate] = useLocation();
  return (
    <div className="panel">
      <h2>Status</h2>
      <div className="button-row">
        {actionsFor(person).map(({ label, action, confirm }) => (
          <button
            key={label}
            type="button"
            className="button-secondary"
            disabled={busy}
            onClick={() => {
              if (confirm && !window.confirm(confirm)) return;
              void submit(action).then((result) => {
                if (result.ok && action.type === 'deletePerson') navigate(paths.people);
              });
            }}
          >
            {label}
          </button>
        ))}
      </div>
      <ErrorText error={error} />
    </div>
  );
}
