import { Link, useLocation } from 'wouter';

export interface TabLink {
  label: string;
  href: string;
  /** The tab is current on every page under this path (default: only on `href`). */
  area?: string;
}

/** Okta's page tabs, as links: each tab is a page of its own, so it survives a reload. */
export function TabLinks({ label, tabs }: { label: string; tabs: TabLink[] }) {
  const [location] = useLocation();
  return (
    <nav className="tabs" aria-label={label}>
      <ul>
        {tabs.map((tab) => (
          <li key={tab.href}>
            <Link
              href={tab.href}
              aria-current={
                location === tab.href || (tab.area && location.startsWith(tab.area))
                  ? 'page'
                  : undefined
              }
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
