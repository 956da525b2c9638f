import { RequireRole } from '../../../features/backoffice/components/require-role';
import { ReportsList } from '../../../features/reports/components/reports-list';

/** /gestione/rapporti: analysts and admins. */
export function ReportsPage() {
  return (
    <RequireRole roles={['analyst']}>
      <ReportsList />
    </RequireRole>
  );
}
