import { RequireRole } from '../../../features/backoffice/components/require-role';
import { UsersAdmin } from '../../../features/users/components/users-admin';

/** /gestione/utenti: admins only. */
export function UsersPage() {
  return (
    <RequireRole roles={[]}>
      <UsersAdmin />
    </RequireRole>
  );
}
