import { ProvisioningPage } from './ProvisioningPage.tsx';
import { SideNav } from './SideNav.tsx';

/** Admin-console frame: header, left nav, one page. A router comes with the second page. */
export function App() {
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="app-header">
        <span className="app-title">Mock IdP</span>
        <span className="app-subtitle">Admin Console</span>
      </header>
      <div className="app-body">
        <SideNav />
        <main id="main" className="app-main" tabIndex={-1}>
          <ProvisioningPage />
        </main>
      </div>
    </div>
  );
}
