import { MyActions } from '../../../features/action-status/components/my-actions';
import { RequireRole } from '../../../features/backoffice/components/require-role';

/** /gestione/azioni: managers (and admins). */
export function MyActionsPage() {
  return (
    <RequireRole roles={['manager']}>
      <MyActions />
    </RequireRole>
  );
}
