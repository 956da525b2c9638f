import { useParams } from 'react-router-dom';
import { ActionRegister } from '../../../features/action-admin/components/action-register';
import { RequireRole } from '../../../features/backoffice/components/require-role';

/** /gestione/piani/:plan/azioni/registro: admins load the action register of a plan. */
export function ActionRegisterPage() {
  const { plan = '' } = useParams();
  return (
    <RequireRole roles={[]}>
      <ActionRegister key={plan} plan={plan} />
    </RequireRole>
  );
}
