import type { ConnectionResult, RequestResult } from '../engine/connection.ts';

function RequestRow({ request }: { request: RequestResult }) {
  return (
    <tr>
      <td>{request.method}</td>
      <td className="mono">{request.url}</td>
      <td>{request.status ?? 'No response'}</td>
      <td className="numeric">{request.durationMs}</td>
      <td>
        <span className={request.ok ? 'result-ok' : 'result-failed'}>
          {request.ok ? 'OK' : request.error}
        </span>
        {request.body !== undefined && (
          <details>
            <summary>Response body</summary>
            <pre>{JSON.stringify(request.body, null, 2)}</pre>
          </details>
        )}
      </td>
    </tr>
  );
}

/** Outcome of "Test Connector Configuration": a banner plus every request that was sent. */
export function ConnectionReport({ result }: { result: ConnectionResult }) {
  return (
    <div className="panel">
      <p className={result.ok ? 'banner banner-success' : 'banner banner-failure'} role="status">
        {result.ok
          ? 'Connector configured successfully'
          : 'Connector configuration failed. Check the requests below.'}
      </p>
      <table className="requests">
        <caption>Requests sent</caption>
        <thead>
          <tr>
            <th scope="col">Method</th>
            <th scope="col">URL</th>
            <th scope="col">Status</th>
            <th scope="col" className="numeric">
              Time (ms)
            </th>
            <th scope="col">Result</th>
          </tr>
        </thead>
        <tbody>
          {result.requests.map((request) => (
            <RequestRow key={request.url} request={request} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
