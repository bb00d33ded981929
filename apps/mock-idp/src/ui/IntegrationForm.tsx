import { useId, useState } from 'react';

export interface IntegrationSettings {
  baseUrl: string;
  token: string;
}

interface IntegrationFormProps {
  settings: IntegrationSettings;
  running: boolean;
  onChange: (settings: IntegrationSettings) => void;
  onTest: () => void;
}

/** Okta's "Integration" panel: connector base URL plus HTTP Header (Bearer) auth. */
export function IntegrationForm({ settings, running, onChange, onTest }: IntegrationFormProps) {
  const baseUrlId = useId();
  const baseUrlHintId = useId();
  const tokenId = useId();
  const [showToken, setShowToken] = useState(false);

  return (
    <form
      className="form"
      onSubmit={(event) => {
        // A form submit keeps Enter in any field working as "test".
        event.preventDefault();
        onTest();
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
          value={settings.baseUrl}
          onChange={(event) => onChange({ ...settings, baseUrl: event.target.value })}
        />
        <p id={baseUrlHintId} className="hint">
          Relative URLs go through the dev-server proxy to the SCIM server.
        </p>
      </div>
      <div className="field">
        <span className="field-static-label">Authentication Mode</span>
        <span className="field-static">HTTP Header (Bearer token)</span>
      </div>
      <div className="field">
        <label htmlFor={tokenId}>API token</label>
        <div className="input-row">
          <input
            id={tokenId}
            type={showToken ? 'text' : 'password'}
            spellCheck={false}
            autoComplete="off"
            value={settings.token}
            onChange={(event) => onChange({ ...settings, token: event.target.value })}
          />
          <button
            type="button"
            className="button-secondary"
            aria-pressed={showToken}
            aria-controls={tokenId}
            onClick={() => setShowToken(!showToken)}
          >
            {showToken ? 'Hide' : 'Show'}
          </button>
        </div>
      </div>
      <div className="actions">
        <button type="submit" className="button-primary" disabled={running} aria-busy={running}>
          {running ? 'Testing…' : 'Test Connector Configuration'}
        </button>
      </div>
    </form>
  );
}
