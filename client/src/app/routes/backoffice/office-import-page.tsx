import { RequireRole } from '../../../features/backoffice/components/require-role';
import { OfficeImport } from '../../../features/offices/components/office-import';

/** /gestione/uffici/carica: admins only. */
export function OfficeImportPage() {
  return (
    <RequireRole roles={[]}>
      <OfficeImport />
    </RequireRole>
  );
}
