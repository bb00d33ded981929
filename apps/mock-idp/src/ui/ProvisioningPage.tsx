import { useState } from 'react';
import { testConnection } from '../engine/connection.ts';
import type { ConnectionResult } from '../engine/connection.ts';
import { ConnectionReport } from './ConnectionReport.tsx';
import { defaultBaseUrl, defaultToken } from './defaults.ts';
import { IntegrationForm } from './IntegrationForm.tsx';
import type { IntegrationSettings } from './IntegrationForm.tsx';

/** Applications › SCIM app › Provisioning: where Okta keeps the SCIM connector settings. */
export function ProvisioningPage() {
  const [settings, setSettings] = useState<IntegrationSettings>({
    baseUrl: defaultBaseUrl,
    token: defaultToken,
  });
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<ConnectionResult | undefined>();

  async function runTest() {
    setRunning(true);
    try {
      setResult(await testConnection(settings));
    } finally {
      setRunning(false);
    }
  }

  return (
    <section id="provisioning" aria-labelledby="provisioning-title">
      <nav aria-label="Breadcrumb">
        <ol className="breadcrumb">
          <li>Applications</li>
          <li>SCIM app</li>
          <li aria-current="page">Provisioning</li>
        </ol>
      </nav>
      <h1 id="provisioning-title">Provisioning</h1>
      <div className="panel">
        <h2>Integration</h2>
        <IntegrationForm
          settings={settings}
          running={running}
          onChange={setSettings}
          onTest={() => void runTest()}
        />
      </div>
      {/* Announced to screen readers when a test finishes. */}
      <div aria-live="polite">{result && !running && <ConnectionReport result={result} />}</div>
    </section>
  );
}
