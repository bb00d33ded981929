import { useDeferredValue, useState } from 'react';
import { useProvisioningLog } from '../console/use-idp-state.ts';
import { PageHeader } from '../layout/PageHeader.tsx';
import { filterLog, NO_FILTER } from './log-filter.ts';
import { LogEntry } from './LogEntry.tsx';
import { LogFilters } from './LogFilters.tsx';

const PAGE = 200;

/** Reports › System Log: every SCIM request the IdP sent, newest first, with both bodies. */
export function SystemLogPage() {
  const entries = useProvisioningLog();
  const [filter, setFilter] = useState(NO_FILTER);
  const [shown, setShown] = useState(PAGE);
  // Typing stays responsive while a long log is filtered.
  const deferred = useDeferredValue(filter);
  const found = filterLog(entries, deferred);
  return (
    <section aria-labelledby="page-title">
      <PageHeader title="System Log" trail={[{ label: 'Reports' }]} />
      <LogFilters
        filter={filter}
        onChange={(next) => {
          setFilter(next);
          setShown(PAGE);
        }}
      />
      <p className="hint" aria-live="polite">
        {found.length} of {entries.length} requests
      </p>
      <ol className="log" aria-label="Requests, newest first">
        {found.slice(0, shown).map((entry) => (
          <LogEntry key={entry.id} entry={entry} />
        ))}
      </ol>
      {found.length > shown && (
        <button type="button" className="button-secondary" onClick={() => setShown(shown + PAGE)}>
          Show {Math.min(PAGE, found.length - shown)} more
        </button>
      )}
    </section>
  );
}
