import { useId } from 'react';
import type { LogFilter, StatusFilter } from './log-filter.ts';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
const STATUSES: StatusFilter[] = ['2xx', '3xx', '4xx', '5xx', 'no response'];

export function LogFilters({
  filter,
  onChange,
}: {
  filter: LogFilter;
  onChange: (filter: LogFilter) => void;
}) {
  const textId = useId();
  const methodId = useId();
  const statusId = useId();
  return (
    <form
      className="toolbar"
      role="search"
      aria-label="Filter the System Log"
      onSubmit={(e) => e.preventDefault()}
    >
      <div>
        <label htmlFor={textId}>Search</label>
        <input
          id={textId}
          type="search"
          placeholder="URL, action or request id"
          value={filter.text}
          onChange={(event) => onChange({ ...filter, text: event.target.value })}
        />
      </div>
      <div>
        <label htmlFor={methodId}>Method</label>
        <select
          id={methodId}
          value={filter.method}
          onChange={(event) => onChange({ ...filter, method: event.target.value })}
        >
          <option value="">Any</option>
          {METHODS.map((method) => (
            <option key={method}>{method}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={statusId}>Status</label>
        <select
          id={statusId}
          value={filter.status}
          onChange={(event) => onChange({ ...filter, status: event.target.value as StatusFilter })}
        >
          <option value="">Any</option>
          {STATUSES.map((status) => (
            <option key={status}>{status}</option>
          ))}
        </select>
      </div>
    </form>
  );
}
