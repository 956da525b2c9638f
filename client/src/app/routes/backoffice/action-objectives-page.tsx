import { useParams } from 'react-router-dom';
import { RequireRole } from '../../../features/backoffice/components/require-role';
import { ActionObjectivesPanel } from '../../../features/planning-tools/components/action-objectives-panel';

/** /gestione/piani/:plan/azioni/:code/obiettivi: admins only. */
export function ActionObjectivesPage() {
  const { plan = '', code = '' } = useParams();
  return (
    <RequireRole roles={[]}>
      <ActionObjectivesPanel key={`${plan}/${code}`} plan={plan} code={code} />
    </RequireRole>
  );
}
