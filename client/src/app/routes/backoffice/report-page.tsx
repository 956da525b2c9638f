import { useParams } from 'react-router-dom';
import { RequireRole } from '../../../features/backoffice/components/require-role';
import { ReportComposer } from '../../../features/reports/components/report-composer';
import { NotFoundPage } from '../not-found-page';

/** /gestione/rapporti/:id: the composer, analysts and admins. */
export function ReportPage() {
  const id = Number(useParams().id);
  if (!Number.isInteger(id) || id < 1) return <NotFoundPage />;
  return (
    <RequireRole roles={['analyst']}>
      <ReportComposer key={id} id={id} />
    </RequireRole>
  );
}
