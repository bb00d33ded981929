interface NavItem {
  label: string;
  /** Only pages that exist get an href; the rest render disabled. */
  href?: string;
  current?: boolean;
  children?: NavItem[];
}

// Mirrors Okta's admin nav so the path to the provisioning page looks familiar.
const NAV: NavItem[] = [
  { label: 'Dashboard' },
  { label: 'Directory', children: [{ label: 'People' }, { label: 'Groups' }] },
  {
    label: 'Applications',
    children: [
      {
        label: 'SCIM app',
        children: [
          { label: 'General' },
          { label: 'Provisioning', href: '#provisioning', current: true },
          { label: 'Assignments' },
          { label: 'Push Groups' },
        ],
      },
    ],
  },
  { label: 'Reports' },
  { label: 'Settings' },
];

/** True when the item or any descendant is a working page. */
function isEnabled(item: NavItem): boolean {
  return item.href !== undefined || (item.children ?? []).some(isEnabled);
}

function NavEntry({ item }: { item: NavItem }) {
  const enabled = isEnabled(item);
  let label;
  if (item.href) {
    label = (
      <a className="nav-link" href={item.href} aria-current={item.current ? 'page' : undefined}>
        {item.label}
      </a>
    );
  } else if (enabled) {
    // A section heading on the way to a working page.
    label = <span className="nav-section">{item.label}</span>;
  } else {
    label = (
      <span className="nav-link nav-disabled" aria-disabled="true" title="Coming soon">
        {item.label}
      </span>
    );
  }
  return (
    <li>
      {label}
      {item.children && (
        <ul>
          {item.children.map((child) => (
            <NavEntry key={child.label} item={child} />
          ))}
        </ul>
      )}
    </li>
  );
}

export function SideNav() {
  return (
    <nav className="side-nav" aria-label="Admin console">
      <ul>
        {NAV.map((item) => (
          <NavEntry key={item.label} item={item} />
        ))}
      </ul>
    </nav>
  );
}
