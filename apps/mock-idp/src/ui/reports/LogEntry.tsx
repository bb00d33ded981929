import type { LoggedExchange } from '../../engine/index.ts';
import { JsonBlock } from '../common/JsonBlock.tsx';
import { exchangeOutcome } from './exchange-outcome.ts';
import { decodedUrl } from './log-filter.ts';

function statusTone(entry: LoggedExchange): string {
  if (entry.status === null || entry.status >= 400) return 'badge-danger';
  return 'badge-success';
}

/** One request and its response; the summary line opens to the headers and bodies. */
export function LogEntry({ entry }: { entry: LoggedExchange }) {
  const outcome = exchangeOutcome(entry);
  const requestId = entry.responseHeaders['x-request-id'];
  return (
    <li className="log-entry">
      <details>
        <summary>
          <span className="log-time">{new Date(entry.startedAt).toLocaleTimeString()}</span>
          <span className="log-method">{entry.method}</span>
          <span className="log-path mono">
            {decodedUrl(entry.path + (entry.query ? `?${entry.query}` : ''))}
          </span>
          <span className={`badge ${statusTone(entry)}`}>{entry.status ?? 'no response'}</span>
          <span className="log-latency">{entry.latencyMs} ms</span>
          <span className="log-action">{entry.action}</span>
        </summary>
        <div className="log-details">
          <dl className="facts">
            <dt>URL</dt>
            <dd className="mono">{entry.url}</dd>
            <dt>Outcome</dt>
            <dd>{outcome.text}</dd>
            {requestId && (
              <>
                <dt>Request id</dt>
                <dd className="mono">{requestId}</dd>
              </>
            )}
            {entry.attempt > 1 && (
              <>
                <dt>Attempt</dt>
                <dd>{entry.attempt}</dd>
              </>
            )}
          </dl>
          <div className="log-bodies">
            <div>
              <h2 className="log-heading">Request</h2>
              <JsonBlock label="Headers" value={entry.requestHeaders} />
              {entry.requestBody !== undefined && (
                <JsonBlock label="Request body" value={entry.requestBody} />
              )}
            </div>
            <div>
              <h2 className="log-heading">Response</h2>
              <JsonBlock label="Headers" value={entry.responseHeaders} />
              {entry.responseBody !== undefined && (
                <JsonBlock label="Response body" value={entry.responseBody} />
              )}
            </div>
          </div>
        </div>
      </details>
    </li>
  );
}
