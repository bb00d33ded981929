import { Link } from 'wouter';
import { useActivity, type Activity, type Outcome } from '../console/activity.tsx';
import { paths } from '../paths.ts';

function ActivityRow({ activity }: { activity: Activity }) {
  const { progress } = activity;
  const total = progress?.total;
  return (
    <li className="activity">
      <span className="activity-label">
        {progress ? `${activity.label}: ${progress.label}` : activity.label}
      </span>
      {progress && (
        <>
          <progress
            max={total ?? undefined}
            value={total === undefined ? undefined : progress.done}
            aria-label={`Progress of ${activity.label}`}
          />
          <span className="activity-count">
            {total === undefined ? progress.done : `${progress.done} / ${total}`}
          </span>
        </>
      )}
      <button type="button" className="button-secondary button-small" onClick={activity.cancel}>
        Cancel
      </button>
    </li>
  );
}

function outcomeText(outcome: Outcome): string {
  const sent = `${outcome.requests} ${outcome.requests === 1 ? 'request' : 'requests'}`;
  if (outcome.cancelled) return `Cancelled: ${outcome.label} (${sent} sent)`;
  if (!outcome.ok) return `Failed: ${outcome.label}: ${outcome.error ?? 'unknown error'}`;
  return `Done: ${outcome.label} (${sent})`;
}

/** What the engine is doing now (with progress and Cancel), or what it did last. */
export function ActivityBar() {
  const { activities, outcome } = useActivity();
  return (
    <section className="activity-bar" aria-label="Activity">
      {activities.length > 0 && (
        <ul className="activities" aria-label="Running">
          {activities.map((activity) => (
            <ActivityRow key={activity.id} activity={activity} />
          ))}
        </ul>
      )}
      {/* data-outcome: which run the line reports on, so tests can wait for the next one. */}
      <p
        role="status"
        data-outcome={outcome && activities.length === 0 ? outcome.id : undefined}
        className={
          outcome && !outcome.ok && !outcome.cancelled ? 'outcome outcome-failed' : 'outcome'
        }
      >
        {outcome && activities.length === 0 && (
          <>
            {outcomeText(outcome)} <Link href={paths.systemLog}>System Log</Link>
          </>
        )}
      </p>
    </section>
  );
}
