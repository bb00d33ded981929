import { PageHeader } from '../layout/PageHeader.tsx';
import { AdminTokenForm } from './AdminTokenForm.tsx';
import { ResetOrg } from './ResetOrg.tsx';
import { ScenarioTransfer } from './ScenarioTransfer.tsx';

/** The console's own settings: the admin token, scenario files, and Reset. */
export function SettingsPage() {
  return (
    <section aria-labelledby="page-title">
      <PageHeader title="Console settings" trail={[{ label: 'Settings' }]} />
      <AdminTokenForm />
      <ScenarioTransfer />
      <ResetOrg />
    </section>
  );
}
