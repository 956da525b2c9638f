import { useParams, useSearchParams } from 'react-router-dom';
import { RequireRole } from '../../../features/backoffice/components/require-role';
import { RoundDetailView } from '../../../features/rounds/components/round-detail';
import { NotFoundPage } from '../not-found-page';

/** /gestione/rilevazioni/:id?piano=psm-2024-2026: one round's progress, admins only. */
export function RoundPage() {
  const id = Number(useParams().id);
  const plan = useSearchParams()[0].get('piano');
  if (!Number.isInteger(id) || id < 1 || !plan) return <NotFoundPage />;
  return (
    <RequireRole roles={[]}>
      <RoundDetailView key={`${plan}-${id}`} plan={plan} id={id} />
    </RequireRole>
  );
}
