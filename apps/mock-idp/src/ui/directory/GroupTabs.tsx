import { TabLinks } from '../common/TabLinks.tsx';
import { paths } from '../paths.ts';

export function GroupTabs() {
  return (
    <TabLinks
      label="Groups"
      tabs={[
        { label: 'Groups', href: paths.groups },
        { label: 'Rules', href: paths.groupRules },
      ]}
    />
  );
}
