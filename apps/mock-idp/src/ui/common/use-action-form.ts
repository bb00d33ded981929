import { useState } from 'react';
import type { ActionResult, IdpAction } from '../../engine/index.ts';
import { useActions } from '../console/activity.tsx';

/**
 * A form that runs engine actions: whether one is running, and the last refusal to show next to
 * the form. `submit` resolves to the result so the form can reset itself on success.
 */
export function useActionForm(): {
  busy: boolean;
  error: string | undefined;
  submit: (action: IdpAction) => Promise<ActionResult>;
  clearError: () => void;
} {
  const { run } = useActions();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  return {
    busy,
    error,
    clearError: () => setError(undefined),
    async submit(action) {
      setBusy(true);
      setError(undefined);
      try {
        const result = await run(action);
        if (!result.ok) setError(result.error);
        return result;
      } finally {
        setBusy(false);
      }
    },
  };
}
