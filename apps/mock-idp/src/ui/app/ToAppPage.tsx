import { useId, useState } from 'react';
import type { ToAppSwitches } from '../../engine/index.ts';
import { ErrorText } from '../common/ErrorText.tsx';
import { useActionForm } from '../common/use-action-form.ts';
import { useIdpState } from '../console/use-idp-state.ts';
import { AppPageFrame } from './AppPageFrame.tsx';

const SWITCHES: { name: keyof ToAppSwitches; label: string; hint: string }[] = [
  {
    name: 'createUsers',
    label: 'Create Users',
    hint: 'Create an app account for every assigned person.',
  },
  {
    name: 'updateUserAttributes',
    label: 'Update User Attributes',
    hint: 'Send profile and mapping changes to the app.',
  },
  {
    name: 'deactivateUsers',
    label: 'Deactivate Users',
    hint: 'Deactivate the app account when a person is unassigned or deactivated.',
  },
  {
    name: 'syncPassword',
    label: 'Sync Password',
    hint: "Send the person's password instead of a random one.",
  },
];

function SwitchField({
  label,
  hint,
  checked,
  onChange,
}: {
  label: string;
  hint: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const id = useId();
  const hintId = useId();
  return (
    <div className="check-field">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        aria-describedby={hintId}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      <p id={hintId} className="hint">
        {hint}
      </p>
    </div>
  );
}

/** Provisioning › To App: which provisioning tasks the app runs. */
export function ToAppPage() {
  const { app } = useIdpState();
  const [draft, setDraft] = useState(app.switches);
  const { busy, error, submit } = useActionForm();
  return (
    <AppPageFrame title="To App">
      <form
        className="panel"
        aria-labelledby="to-app-title"
        onSubmit={(event) => {
          event.preventDefault();
          void submit({ type: 'setSwitches', switches: draft });
        }}
      >
        <h2 id="to-app-title">Provisioning to App</h2>
        {SWITCHES.map((entry) => (
          <SwitchField
            key={entry.name}
            label={entry.label}
            hint={entry.hint}
            checked={draft[entry.name]}
            onChange={(checked) => setDraft({ ...draft, [entry.name]: checked })}
          />
        ))}
        <ErrorText error={error} />
        <div className="actions">
          <button type="submit" className="button-primary" disabled={busy}>
            Save
          </button>
        </div>
      </form>
    </AppPageFrame>
  );
}
