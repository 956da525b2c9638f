import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, LoadingState } from '../../components/query-states';
import { Navigate } from '../../i18n/link';
import { usePlans } from '../../lib/api/get-plans';
import { paths } from '../../lib/paths';

/** "/" opens the newest plan edition. */
export function HomeRedirect() {
  const { t } = useTranslation();
  const plans = usePlans();
  if (plans.isPending) return <LoadingState />;
  if (plans.isError) return <ErrorState error={plans.error} onRetry={() => void plans.refetch()} />;
  const newest = [...plans.data.items].sort((a, b) => (b.periodStart ?? 0) - (a.periodStart ?? 0))[0];
  if (!newest) return <EmptyState title={t('states.noPlans')} />;
  return <Navigate to={paths.plan(newest.code)} replace />;
}
