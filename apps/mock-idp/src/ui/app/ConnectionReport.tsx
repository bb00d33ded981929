import { Fragment, useId } from 'react';
import type { LoggedExchange } from '../../engine/index.ts';
import { exchangeOutcome } from '../reports/exchange-outcome.ts';

/** The URL with line-break opportunities before `?` and `&`, so narrow columns wrap at query parameters. */
function BreakableUrl({ url }: { url: string }) {
  const parts = url.split(/(?=[?&])/);
  return parts.map((part, index) => (
    <Fragment key={index}>
      {index > 0 && <wbr />}
      {part}
    </Fragment>
  ));
}

function RequestRow({ request }: { request: LoggedExchange }) {
  const outcome = exchangeOutcome(request);
  return (
    <tr>
      <td>{request.method}</td>
      <td className="mono">
        <BreakableUrl url={request.url} />
      </td>
      <td>{request.status ?? 'No response'}</td>
      <td className="numeric">{request.latencyMs}</td>
      <td>
        <span className={outcome.ok ? 'result-ok' : 'result-failed'}>{outcome.text}</span>
        {request.responseBody !== undefined && (
          <details>
            <summary>Response body</summary>
            <pre tabIndex={0}>{JSON.stringify(request.responseBody, null, 2)}</pre>
          </details>
        )}
      </td>
    </tr>
  );
}

export interface ConnectionTest {
  ok: boolean;
  requests: LoggedExchange[];
}

/** Outcome of "Test Connector Configuration": a banner plus every request that was sent. */
export function ConnectionReport({ result }: { result: ConnectionTest }) {
  const captionId = useId();
  return (
    <div className="panel">
      <p className={result.ok ? 'banner banner-success' : 'banner banner-failure'}>
        {result.ok
          ? 'Connector configured successfully'
          : 'Connector configuration failed. Check the requests below.'}
      </p>
      {/* Scrolls sideways on narrow screens; focusable so keyboard users can scroll it too. */}
      <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="requests">
          <caption id={captionId}>Requests sent</caption>
          <thead>
            <tr>
              <th scope="col" className="col-method">
                Method
              </th>
              <th scope="col" className="col-url">
                URL
              </th>
              <th scope="col" className="col-status">
                Status
              </th>
              <th scope="col" className="col-time numeric">
                Time (ms)
              </th>
              <th scope="col">Result</th>
            </tr>
          </thead>
          <tbody>
            {result.requests.map((request) => (
              <RequestRow key={request.id} request={request} />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
