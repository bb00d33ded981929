import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { useIdpState } from '../console/use-idp-state.ts';
import { useSettings } from '../console/console-settings.tsx';
import { paths } from '../paths.ts';
import { targetClients, type TargetClients } from './target-clients.ts';
import type { TargetRead } from './use-target-read.ts';

/** The frame of a target pane: heading, where it reads from, and a Refresh. */
export function TargetPaneFrame({
  tenant,
  read,
  onRefresh,
  children,
}: {
  tenant?: string;
  read?: TargetRead<unknown>;
  onRefresh?: () => void;
  children: ReactNode;
}) {
  return (
    <aside className="target-pane" aria-labelledby="target-title">
      <h2 id="target-title">In the target app</h2>
      {tenant && (
        <p className="hint">
          What tenant <span className="mono">{tenant}</span> on the SCIM server holds now, read
          through the SDK and the admin API.
        </p>
      )}
      {children}
      {onRefresh && (
        <p className="button-row">
          <button type="button" className="button-secondary button-small" onClick={onRefresh}>
            Refresh
          </button>
          {read && read.state !== 'loading' && (
            <span className="hint">Read at {read.at.toLocaleTimeString()}</span>
          )}
        </p>
      )}
    </aside>
  );
}

/** The SDK clients for the app's connection, or the reason the pane cannot read. */
export function WithTargetClients({
  children,
}: {
  children: (clients: TargetClients) => ReactNode;
}) {
  const { app } = useIdpState();
  const { settings } = useSettings();
  const result = targetClients(app.connection, settings.adminToken, window.location.origin);
  if (!result.ok) {
    return (
      <TargetPaneFrame>
        <p>{result.reason}</p>
        <p>
          <Link href={paths.integration}>Integration settings</Link>
        </p>
      </TargetPaneFrame>
    );
  }
  return children(result.clients);
}
