import type { ReactNode } from 'react';
import { useLocation } from 'wouter';
import { TabLinks } from '../common/TabLinks.tsx';
import { useIdpState } from '../console/use-idp-state.ts';
import { PageHeader } from '../layout/PageHeader.tsx';
import { paths } from '../paths.ts';

const PROVISIONING_AREA = '/app/provisioning/';

/** An app page: Applications › app › tab, the app's tabs, and Provisioning's own settings menu. */
export function AppPageFrame({ title, children }: { title: string; children: ReactNode }) {
  const { app } = useIdpState();
  const [location] = useLocation();
  return (
    <section aria-labelledby="page-title">
      <PageHeader
        title={title}
        trail={[{ label: 'Applications' }, { label: app.label, href: paths.general }]}
      />
      <TabLinks
        label={`${app.label} tabs`}
        tabs={[
          { label: 'General', href: paths.general },
          { label: 'Provisioning', href: paths.integration, area: PROVISIONING_AREA },
          { label: 'Import', href: paths.import },
          { label: 'Assignments', href: paths.assignments },
          { label: 'Push Groups', href: paths.pushGroups },
        ]}
      />
      {location.startsWith(PROVISIONING_AREA) && (
        <TabLinks
          label="Provisioning settings"
          tabs={[
            { label: 'Integration', href: paths.integration },
            { label: 'To App', href: paths.toApp },
            { label: 'Profile Editor', href: paths.profileEditor },
            { label: 'Mappings', href: paths.mappings },
          ]}
        />
      )}
      {children}
    </section>
  );
}
