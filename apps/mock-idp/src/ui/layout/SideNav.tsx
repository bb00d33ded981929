import { Link, useLocation } from 'wouter';
import { useIdpState } from '../console/use-idp-state.ts';
import { paths } from '../paths.ts';

interface NavItem {
  label: string;
  href: string;
}

interface NavSection {
  label: string;
  items: NavItem[];
}

function sections(appLabel: string): NavSection[] {
  return [
    { label: 'Dashboard', items: [{ label: 'Overview', href: paths.dashboard }] },
    {
      label: 'Directory',
      items: [
        { label: 'People', href: paths.people },
        { label: 'Groups', href: paths.groups },
      ],
    },
    { label: 'Applications', items: [{ label: appLabel, href: paths.general }] },
    { label: 'Reports', items: [{ label: 'System Log', href: paths.systemLog }] },
    { label: 'Settings', items: [{ label: 'Console settings', href: paths.settings }] },
  ];
}

/** The page an item stands for: exactly the dashboard, or anything under the item's area. */
function isCurrent(href: string, location: string): boolean {
  if (href === paths.dashboard) return location === href;
  const area = href.startsWith('/app/') ? '/app/' : href;
  return location === href || location.startsWith(area === href ? `${href}/` : area);
}

/** Okta's left navigation, reduced to the areas provisioning needs. */
export function SideNav({ onNavigate }: { onNavigate?: () => void }) {
  const [location] = useLocation();
  const { app } = useIdpState();
  return (
    <nav className="side-nav" aria-label="Admin console">
      <ul>
        {sections(app.label).map((section) => (
          <li key={section.label}>
            <span className="nav-section">{section.label}</span>
            <ul>
              {section.items.map((item) => (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    className="nav-link"
                    aria-current={isCurrent(item.href, location) ? 'page' : undefined}
                    onClick={onNavigate}
                  >
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </nav>
  );
}
