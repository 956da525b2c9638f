import { useParams } from 'react-router-dom';
import { ActionDetailsView } from '../../../features/action-admin/components/action-details-view';
import { RequireRole } from '../../../features/backoffice/components/require-role';

/** /gestione/piani/:plan/azioni/:code/dettagli: admins edit an action's monitoring data. */
export function ActionDetailsPage() {
  const { plan = '', code = '' } = useParams();
  return (
    <RequireRole roles={[]}>
      <ActionDetailsView key={`${plan}/${code}`} plan={plan} code={code} />
    </RequireRole>
  );
}
