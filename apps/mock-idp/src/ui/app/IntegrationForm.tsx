import { useId, useState } from 'react';
import type { Authentication } from '../../engine/index.ts';

export interface IntegrationSettings {
  baseUrl: string;
  auth: Authentication;
}

interface IntegrationFormProps {
  initial: IntegrationSettings;
  busy: boolean;
  onSave: (settings: IntegrationSettings) => void;
  onTest: (settings: IntegrationSettings) => void;
}

function SecretInput({
  id,
  value,
  onChange,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const [shown, setShown] = useState(false);
  return (
    <div className="input-row">
      <input
        id={id}
        type={shown ? 'text' : 'password'}
        spellCheck={false}
        autoComplete="off"
        value={value}
        onChange={(event) => onChange(event.target.value)}
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
  );
}

/** Okta's "Integration" panel: connector base URL, then HTTP Header (Bearer) or Basic Auth. */
export function IntegrationForm({ initial, busy, onSave, onTest }: IntegrationFormProps) {
  const baseUrlId = useId();
  const baseUrlHintId = useId();
  const modeId = useId();
  const tokenId = useId();
  const usernameId = useId();
  const passwordId = useId();
  const [baseUrl, setBaseUrl] = useState(initial.baseUrl);
  const [mode, setMode] = useState(initial.auth.type);
  const [token, setToken] = useState(initial.auth.type === 'bearer' ? initial.auth.token : '');
  const [username, setUsername] = useState(
    initial.auth.type === 'basic' ? initial.auth.username : '',
  );
  const [password, setPassword] = useState(
    initial.auth.type === 'basic' ? initial.auth.password : '',
  );

  const settings = (): IntegrationSettings => ({
    baseUrl,
    auth: mode === 'bearer' ? { type: 'bearer', token } : { type: 'basic', username, password },
  });

  return (
    <form
      className="form"
      onSubmit={(event) => {
        // Enter in any field tests, as the primary button does.
        event.preventDefault();
        onTest(settings());
      }}
    >
      <div className="field">
        <label htmlFor={baseUrlId}>SCIM connector base URL</label>
        <input
          id={baseUrlId}
          type="text"
          required
          spellCheck={false}
          autoComplete="off"
          aria-describedby={baseUrlHintId}
          value={baseUrl}
          onChange={(event) => setBaseUrl(event.target.value)}
        />
        <p id={baseUrlHintId} className="hint">
          Relative URLs go through this console&apos;s proxy to the SCIM server.
        </p>
      </div>
      <div className="field">
        <label htmlFor={modeId}>Authentication Mode</label>
        <select
          id={modeId}
          value={mode}
          onChange={(event) => setMode(event.target.value === 'basic' ? 'basic' : 'bearer')}
        >
          <option value="bearer">HTTP Header (Bearer token)</option>
          <option value="basic">Basic Auth</option>
        </select>
      </div>
      {mode === 'bearer' ? (
        <div className="field">
          <label htmlFor={tokenId}>API token</label>
          <SecretInput id={tokenId} value={token} onChange={setToken} />
        </div>
      ) : (
        <>
          <div className="field">
            <label htmlFor={usernameId}>Username</label>
            <input
              id={usernameId}
              type="text"
              autoComplete="off"
              value={username}
              onChange={(event) => setUsername(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={passwordId}>Password</label>
            <SecretInput id={passwordId} value={password} onChange={setPassword} />
          </div>
        </>
      )}
      <div className="actions">
        <button type="submit" className="button-primary" disabled={busy} aria-busy={busy}>
          {busy ? 'Testing…' : 'Test Connector Configuration'}
        </button>
        <button
          type="button"
          className="button-secondary"
          disabled={busy}
          onClick={() => onSave(settings())}
        >
          Save
        </button>
      </div>
    </form>
  );
}
