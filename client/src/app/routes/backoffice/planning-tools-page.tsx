import { RequireRole } from '../../../features/backoffice/components/require-role';
import { ToolsAdmin } from '../../../features/planning-tools/components/tools-admin';

/** /gestione/strumenti: admins only. */
export function PlanningToolsPage() {
  return (
    <RequireRole roles={[]}>
      <ToolsAdmin />
    </RequireRole>
  );
}
