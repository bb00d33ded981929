import { useState } from 'react';
import { useActions } from '../console/activity.tsx';
import { useIdpState } from '../console/use-idp-state.ts';
import { ErrorText } from '../common/ErrorText.tsx';
import { AppPageFrame } from './AppPageFrame.tsx';
import { ConnectionReport, type ConnectionTest } from './ConnectionReport.tsx';
import { IntegrationForm, type IntegrationSettings } from './IntegrationForm.tsx';

/**
 * Applications › app › Provisioning › Integration. Testing saves the form first, so the test
 * exercises exactly the connection the app will use.
 */
export function IntegrationPage() {
  const { app } = useIdpState();
  const { run } = useActions();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [test, setTest] = useState<ConnectionTest>();

  async function save(settings: IntegrationSettings): Promise<boolean> {
    const saved = await run({ type: 'setConnection', connection: settings });
    setError(saved.error);
    return saved.ok;
  }

  async function saveAndTest(settings: IntegrationSettings) {
    setBusy(true);
    setTest(undefined);
    try {
      if (!(await save(settings))) return;
      const result = await run({ type: 'testConnection' });
      setTest({ ok: result.ok, requests: result.requests });
    } finally {
      setBusy(false);
    }
  }

  return (
    <AppPageFrame title="Integration">
      <div className="panel">
        <h2>SCIM Connection</h2>
        <IntegrationForm
          initial={app.connection}
          busy={busy}
          onSave={(settings) => void save(settings)}
          onTest={(settings) => void saveAndTest(settings)}
        />
        <ErrorText error={error} />
      </div>
      {/* Announced to screen readers when a test finishes. */}
      <div aria-live="polite">{test && !busy && <ConnectionReport result={test} />}</div>
    </AppPageFrame>
  );
}
