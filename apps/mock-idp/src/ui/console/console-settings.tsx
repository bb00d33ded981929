import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { defaultAdminToken } from './defaults.ts';
import { loadSavedSettings, saveSettings, type ConsoleSettings } from './persistence.ts';

interface SettingsContextValue {
  settings: ConsoleSettings;
  update: (settings: ConsoleSettings) => void;
}

const SettingsContext = createContext<SettingsContextValue | null>(null);

/** The console's own settings (not the IdP's): kept across reloads and resets. */
export function SettingsProvider({ children }: { children: ReactNode }) {
  const [settings, setSettings] = useState<ConsoleSettings>(() => ({
    adminToken: defaultAdminToken,
    ...loadSavedSettings(),
  }));
  const update = useCallback((next: ConsoleSettings) => {
    setSettings(next);
    saveSettings(next);
  }, []);
  const value = useMemo(() => ({ settings, update }), [settings, update]);
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}

export function useSettings(): SettingsContextValue {
  const value = useContext(SettingsContext);
  if (!value) throw new Error('useSettings outside <SettingsProvider>');
  return value;
}
