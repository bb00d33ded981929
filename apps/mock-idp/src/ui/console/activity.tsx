/**
 * Everything the console asks the engine to do goes through here: each run is an activity with
 * its progress and a Cancel, and its outcome is announced. Forms still get the result back, to
 * show a refusal next to the field it is about.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { ReactNode } from 'react';
import {
  describeAction,
  type ActionResult,
  type IdpAction,
  type Progress,
  type RunOptions,
} from '../../engine/index.ts';
import { useIdp } from './idp-context.tsx';
import { flushThrottled } from './throttled.ts';

export interface Activity {
  id: number;
  label: string;
  progress?: Progress;
  cancel: () => void;
}

export interface Outcome {
  id: number;
  label: string;
  ok: boolean;
  cancelled: boolean;
  /** The refusal or first failure. */
  error?: string;
  /** How many SCIM requests it sent. */
  requests: number;
}

interface TaskSummary {
  ok: boolean;
  cancelled?: boolean;
  error?: string;
  requests: number;
}

export interface Actions {
  /** Runs an engine action as an activity; never rejects. */
  run: (action: IdpAction) => Promise<ActionResult>;
  /** Runs any long piece of work (a scenario import) as an activity. */
  runTask: <T>(
    label: string,
    work: (options: RunOptions) => Promise<T>,
    summarise: (value: T) => TaskSummary,
  ) => Promise<T>;
}

const ActionsContext = createContext<Actions | null>(null);
const ActivityContext = createContext<{ activities: Activity[]; outcome?: Outcome }>({
  activities: [],
});

export function ActionsProvider({ children }: { children: ReactNode }) {
  const idp = useIdp();
  const [activities, setActivities] = useState<Activity[]>([]);
  const [outcome, setOutcome] = useState<Outcome>();
  const nextId = useRef(1);
  const controllers = useRef(new Set<AbortController>());

  // A new engine (Reset) cancels whatever the old one was doing.
  useEffect(() => {
    const running = controllers.current;
    return () => {
      for (const controller of running) controller.abort();
      running.clear();
      setActivities([]);
      setOutcome(undefined);
    };
  }, [idp]);

  const runTask = useCallback(
    async <T,>(
      label: string,
      work: (options: RunOptions) => Promise<T>,
      summarise: (value: T) => TaskSummary,
    ): Promise<T> => {
      const id = nextId.current++;
      const controller = new AbortController();
      controllers.current.add(controller);
      const activity: Activity = { id, label, cancel: () => controller.abort() };
      setActivities((list) => [...list, activity]);
      const onProgress = (progress: Progress): void =>
        setActivities((list) => list.map((a) => (a.id === id ? { ...a, progress } : a)));
      try {
        const value = await work({ signal: controller.signal, onProgress });
        // The run's last state is drawn in the same render as its outcome.
        flushThrottled();
        const summary = summarise(value);
        setOutcome({
          id,
          label,
          ok: summary.ok,
          cancelled: summary.cancelled ?? false,
          requests: summary.requests,
          ...(summary.error === undefined ? {} : { error: summary.error }),
        });
        return value;
      } finally {
        controllers.current.delete(controller);
        setActivities((list) => list.filter((a) => a.id !== id));
      }
    },
    [],
  );

  const run = useCallback(
    (action: IdpAction) =>
      runTask(
        describeAction(idp.getState(), action),
        (options) => idp.run(action, options),
        (result) => ({
          ok: result.ok,
          cancelled: result.cancelled ?? false,
          requests: result.requests.length,
          ...(result.error === undefined ? {} : { error: result.error }),
        }),
      ),
    [idp, runTask],
  );

  const actions = useMemo(() => ({ run, runTask }), [run, runTask]);
  const activity = useMemo(
    () => ({ activities, ...(outcome ? { outcome } : {}) }),
    [activities, outcome],
  );
  return (
    <ActionsContext.Provider value={actions}>
      <ActivityContext.Provider value={activity}>{children}</ActivityContext.Provider>
    </ActionsContext.Provider>
  );
}

export function useActions(): Actions {
  const actions = useContext(ActionsContext);
  if (!actions) throw new Error('useActions outside <ActionsProvider>');
  return actions;
}

export function useActivity(): { activities: Activity[]; outcome?: Outcome } {
  return useContext(ActivityContext);
}
