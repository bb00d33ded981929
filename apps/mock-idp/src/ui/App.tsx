import { ActionsProvider } from './console/activity.tsx';
import { SettingsProvider } from './console/console-settings.tsx';
import { IdpProvider } from './console/idp-context.tsx';
import { ConsoleFrame } from './layout/ConsoleFrame.tsx';
import { ConsoleRoutes } from './routes.tsx';

/** The mock IdP's admin console: one engine, its activity, the console's settings, the pages. */
export function App() {
  return (
    <IdpProvider>
      <ActionsProvider>
        <SettingsProvider>
          <ConsoleFrame>
            <ConsoleRoutes />
          </ConsoleFrame>
        </SettingsProvider>
      </ActionsProvider>
    </IdpProvider>
  );
}
