import { RequireRole } from '../../../features/backoffice/components/require-role';
import { AuditLog } from '../../../features/audit/components/audit-log';

/** /gestione/registro: admins only. */
export function AuditPage() {
  return (
    <RequireRole roles={[]}>
      <AuditLog />
    </RequireRole>
  );
}
