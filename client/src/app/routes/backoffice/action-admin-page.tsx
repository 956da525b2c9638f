import { ActionAdminList } from '../../../features/action-admin/components/action-admin-list';
import { RequireRole } from '../../../features/backoffice/components/require-role';

/** /gestione/dettagli-azioni: admins' list of a plan's actions. */
export function ActionAdminPage() {
  return (
    <RequireRole roles={[]}>
      <ActionAdminList />
    </RequireRole>
  );
}
