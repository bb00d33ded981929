import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useLocation } from 'wouter';
import { ActivityBar } from './ActivityBar.tsx';
import { Header } from './Header.tsx';
import { SideNav } from './SideNav.tsx';

/** Header, left navigation, the activity bar and one page. */
export function ConsoleFrame({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const main = useRef<HTMLElement>(null);
  const shownLocation = useRef(location);

  // After navigating, focus goes to the new page, as it would after a full page load.
  useEffect(() => {
    if (location === shownLocation.current) return;
    shownLocation.current = location;
    main.current?.focus();
  }, [location]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <Header menuOpen={menuOpen} onToggleMenu={() => setMenuOpen(!menuOpen)} />
      <div className="app-body">
        <div id="side-nav" className={menuOpen ? 'side-nav-wrap open' : 'side-nav-wrap'}>
          <SideNav onNavigate={() => setMenuOpen(false)} />
        </div>
        <main id="main" className="app-main" tabIndex={-1} ref={main}>
          <ActivityBar />
          {children}
        </main>
      </div>
    </div>
  );
}
