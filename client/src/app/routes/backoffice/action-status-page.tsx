import { useParams } from 'react-router-dom';
import { ActionStatusView } from '../../../features/action-status/components/action-status-view';
import { RequireRole } from '../../../features/backoffice/components/require-role';

/** /gestione/piani/:plan/azioni/:code/stato: managers of the action (the server checks the assignment) and admins. */
export function ActionStatusPage() {
  const { plan = '', code = '' } = useParams();
  return (
    <RequireRole roles={['manager']}>
      <ActionStatusView key={`${plan}/${code}`} plan={plan} code={code} />
    </RequireRole>
  );
}
