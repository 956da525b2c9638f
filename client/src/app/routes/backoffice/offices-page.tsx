import { RequireRole } from '../../../features/backoffice/components/require-role';
import { OfficesAdmin } from '../../../features/offices/components/offices-admin';

/** /gestione/uffici: admins only. */
export function OfficesPage() {
  return (
    <RequireRole roles={[]}>
      <OfficesAdmin />
    </RequireRole>
  );
}
