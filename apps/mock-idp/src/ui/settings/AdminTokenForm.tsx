import { useId, useState } from 'react';
import { useSettings } from '../console/console-settings.tsx';

/** The admin API token the target pane reads with (pnpm dev's is prefilled). */
export function AdminTokenForm() {
  const { settings, update } = useSettings();
  const id = useId();
  const hintId = useId();
  const [token, setToken] = useState(settings.adminToken);
  const [shown, setShown] = useState(false);
  const [saved, setSaved] = useState(false);
  return (
    <form
      className="panel"
      aria-labelledby="admin-token-title"
      onSubmit={(event) => {
        event.preventDefault();
        update({ ...settings, adminToken: token });
        setSaved(true);
      }}
    >
      <h2 id="admin-token-title">Target app</h2>
      <div className="field">
        <label htmlFor={id}>Admin API token</label>
        <div className="input-row">
          <input
            id={id}
            type={shown ? 'text' : 'password'}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={hintId}
            value={token}
            onChange={(event) => {
              setToken(event.target.value);
              setSaved(false);
            }}
          />
          <button
            type="button"
            className="button-secondary"
            aria-pressed={shown}
            aria-controls={id}
            onClick={() => setShown(!shown)}
          >
            {shown ? 'Hide' : 'Show'}
          </button>
        </div>
        <p id={hintId} className="hint">
          The SCIM server&apos;s SCIM_ADMIN_TOKEN. The target app pane reads effective access and
          locks with it; <code>pnpm dev</code> uses demo-admin-token. Kept in this browser only.
        </p>
      </div>
      <div className="actions">
        <button type="submit" className="button-primary">
          Save
        </button>
        <span role="status">{saved ? 'Saved' : ''}</span>
      </div>
    </form>
  );
}
