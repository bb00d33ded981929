import type { IdpState, ImportReport } from '../../engine/index.ts';

/** The first rows of a long import; the counts cover all of them. */
const SHOWN_ROWS = 200;

/** The last import: when, the counts, and row by row what matched. */
export function ImportReportTable({ state, report }: { state: IdpState; report: ImportReport }) {
  const title = report.kind === 'users' ? 'Last user import' : 'Last group import';
  const counts = Object.entries(report.counts)
    .map(([outcome, count]) => `${count} ${outcome}`)
    .join(', ');
  const matchName = (id: string | undefined) =>
    id === undefined
      ? '—'
      : report.kind === 'users'
        ? (state.people[id]?.profile.login ?? id)
        : (state.groups[id]?.name ?? id);
  return (
    <div className="panel">
      <h2>{title}</h2>
      <p>
        {new Date(report.at).toLocaleString()}: scanned {report.scanned}
        {counts ? `; ${counts}` : ''}.
      </p>
      <div className="table-scroll" role="region" aria-label={title} tabIndex={0}>
        <table className="list compact">
          <thead>
            <tr>
              <th scope="col">{report.kind === 'users' ? 'userName' : 'displayName'}</th>
              <th scope="col">Outcome</th>
              <th scope="col">Matched</th>
            </tr>
          </thead>
          <tbody>
            {report.rows.slice(0, SHOWN_ROWS).map((row) => (
              <tr key={row.scimId}>
                <td className="mono">{row.name}</td>
                <td>{row.outcome}</td>
                <td>{matchName(row.matchId)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {report.rows.length > SHOWN_ROWS && (
        <p className="hint">
          Showing {SHOWN_ROWS} of {report.rows.length} rows.
        </p>
      )}
    </div>
  );
}
