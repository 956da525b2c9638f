import { RequireRole } from '../../../features/backoffice/components/require-role';
import { SourcesList } from '../../../features/sources/components/sources-list';

/** /gestione/fonti: analysts and admins. */
export function SourcesPage() {
  return (
    <RequireRole roles={['analyst']}>
      <SourcesList />
    </RequireRole>
  );
}
