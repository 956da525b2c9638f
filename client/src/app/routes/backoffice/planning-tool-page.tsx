import { useParams } from 'react-router-dom';
import { RequireRole } from '../../../features/backoffice/components/require-role';
import { ToolEditor } from '../../../features/planning-tools/components/tool-editor';

/** /gestione/strumenti/:code: admins only. */
export function PlanningToolPage() {
  const { code = '' } = useParams();
  return (
    <RequireRole roles={[]}>
      <ToolEditor key={code} code={code} />
    </RequireRole>
  );
}
