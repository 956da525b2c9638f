import { RequireRole } from '../../../features/backoffice/components/require-role';
import { RoundsList } from '../../../features/rounds/components/rounds-list';

/** /gestione/rilevazioni: admins only. */
export function RoundsPage() {
  return (
    <RequireRole roles={[]}>
      <RoundsList />
    </RequireRole>
  );
}
