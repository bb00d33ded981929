import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { MockIdp } from '../../engine/index.ts';
import { autosave, createConsoleIdp } from './console-idp.ts';
import { forgetOrg } from './persistence.ts';

interface IdpContextValue {
  idp: MockIdp;
  /** Forgets the org and its log and starts again from the demo org. */
  reset: () => void;
}

const IdpContext = createContext<IdpContextValue | null>(null);

/** Holds the one engine the whole console drives, saved as it changes. */
export function IdpProvider({ children }: { children: ReactNode }) {
  const [idp, setIdp] = useState(createConsoleIdp);
  const stopSaving = useRef<() => void>(() => undefined);

  useEffect(() => {
    const stop = autosave(idp);
    stopSaving.current = stop;
    return stop;
  }, [idp]);

  const reset = useCallback(() => {
    stopSaving.current();
    forgetOrg();
    setIdp(createConsoleIdp());
  }, []);

  return <IdpContext.Provider value={{ idp, reset }}>{children}</IdpContext.Provider>;
}

function useIdpContext(): IdpContextValue {
  const value = useContext(IdpContext);
  if (!value) throw new Error('useIdp outside <IdpProvider>');
  return value;
}

export function useIdp(): MockIdp {
  return useIdpContext().idp;
}

export function useResetOrg(): () => void {
  return useIdpContext().reset;
}
